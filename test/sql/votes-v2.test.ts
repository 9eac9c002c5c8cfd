import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import {
  rollCallCatalogSql,
  stateVotesSql,
  type RollCallCatalogRow,
  type StateVotesRow,
} from '../../src/queries/alignment-votes';
import {
  committeeVotesSql,
  resolutionListSql,
  resolutionSponsorsSql,
  separateVotesSql,
  stateSponsorshipsSql,
  type CommitteeVoteRow,
  type ResolutionRow,
  type ResolutionSponsorRow,
  type SeparateVoteRow,
  type StateSponsorshipRow,
} from '../../src/queries/resolutions';
import { voteTallies } from '../../src/views/alignment/votes-model';
import { whoMoved } from '../../src/analysis/who-moved';
import { cosponsorAgreement, cosponsorPartners, sponsorSets } from '../../src/analysis/cosponsorship';

// Expected values are computed here from the CSVs in data/unga-votes/ (verbatim copies of the
// researched data) with the tests' own reader, or written down by hand from the issue / DATA.md.
const D = 'data/unga-votes';
const resolutions = readCsv(`${D}/resolutions.csv`);
const votes = readCsv(`${D}/votes.csv`);
const sponsors = readCsv(`${D}/sponsors.csv`).filter((s) => s.iso3_or_group !== '(none listed)');
const members = new Set(
  readCsv('data/states/states.csv')
    .filter((s) => s.un_member === 'true')
    .map((s) => s.iso3),
);

const csvTally = (id: string) => {
  const t = { y: 0, n: 0, a: 0, x: 0 };
  for (const v of votes) if (v.resolution_id === id) t[v.vote.toLowerCase() as 'y' | 'n' | 'a' | 'x'] += 1;
  return t;
};

describe('votes v2: roll calls and adoptions without a vote', () => {
  it('12 recorded roll calls, none inferred; 5 resolutions adopted without a vote and without a roll call', async () => {
    const list = await rows<ResolutionRow>(resolutionListSql());
    expect(list.length).toBe(resolutions.length);
    expect(list.length).toBe(17);
    const csvWithout = resolutions
      .filter((r) => r.adopted_without_vote === 'true')
      .map((r) => r.resolution_id)
      .sort();
    expect(csvWithout).toEqual(['A/RES/75/282', 'A/RES/76/19', 'A/RES/79/237', 'A/RES/79/243', 'A/RES/80/16']);
    const without = list.filter((r) => r.adopted_without_vote);
    expect(without.map((r) => r.resolution_id).sort()).toEqual(csvWithout);
    expect(without.every((r) => r.yes === null && r.counted_yes === null && r.counted_absent === null)).toBe(true);
    const cat = await rows<RollCallCatalogRow>(rollCallCatalogSql());
    expect(cat.length).toBe(12);
    expect(cat.some((c) => csvWithout.includes(c.resolution_id))).toBe(false);
    expect(new Set(votes.map((v) => v.resolution_id)).size).toBe(12);
    expect(cat.every((c) => c.identification === 'confirmed')).toBe(true);
  });

  it('A/RES/78/16 is 161–9–11 and A/RES/78/237 is 104–53–7 over all members (CSV roll call and published totals)', async () => {
    expect(csvTally('A/RES/78/16')).toMatchObject({ y: 161, n: 9, a: 11 });
    expect(csvTally('A/RES/78/237')).toMatchObject({ y: 104, n: 53, a: 7 });
    // Türkiye, Yemen, Zambia, Zimbabwe voted yes on 78/16; Türkiye no on 78/237 (DATA.md §6)
    for (const iso3 of ['TUR', 'YEM', 'ZMB', 'ZWE'])
      expect(votes.find((v) => v.resolution_id === 'A/RES/78/16' && v.iso3 === iso3)?.vote).toBe('Y');
    expect(votes.find((v) => v.resolution_id === 'A/RES/78/237' && v.iso3 === 'TUR')?.vote).toBe('N');
    // the Alignment path: every state's vote string → tallies over all members
    const cat = await rows<RollCallCatalogRow>(rollCallCatalogSql());
    const tallies = voteTallies(await rows<StateVotesRow>(stateVotesSql()), members);
    for (const [id, expected] of [
      ['A/RES/78/16', { y: 161, n: 9, a: 11, x: 12 }],
      ['A/RES/78/237', { y: 104, n: 53, a: 7, x: 29 }],
    ] as const) {
      expect(tallies.all[cat.findIndex((c) => c.resolution_id === id)]).toEqual(expected);
      expect(csvTally(id)).toEqual(expected);
    }
    const list = await rows<ResolutionRow>(resolutionListSql());
    const r237 = list.find((r) => r.resolution_id === 'A/RES/78/237')!;
    expect([r237.yes, r237.no, r237.abstain, r237.counted_yes, r237.counted_no, r237.counted_abstain]).toEqual([
      104, 53, 7, 104, 53, 7,
    ]);
  });

  it('every recorded roll call: published totals equal the counted tally', async () => {
    const list = await rows<ResolutionRow>(resolutionListSql());
    for (const r of resolutions.filter((x) => x.adopted_without_vote === 'false')) {
      const t = csvTally(r.resolution_id);
      expect([t.y, t.n, t.a, t.x], r.resolution_id).toEqual([
        Number(r.yes),
        Number(r.no),
        Number(r.abstain),
        Number(r.absent),
      ]);
      const built = list.find((x) => x.resolution_id === r.resolution_id)!;
      expect([built.counted_yes, built.counted_no, built.counted_abstain, built.counted_absent]).toEqual([
        t.y,
        t.n,
        t.a,
        t.x,
      ]);
    }
  });
});

describe('sponsors', () => {
  it('sponsor counts per resolution equal sponsors.csv (original and additional apart)', async () => {
    const built = await rows<ResolutionSponsorRow>(resolutionSponsorsSql());
    expect(built.length).toBe(sponsors.length);
    expect(sponsors.length).toBe(522); // 523 rows less the "(none listed)" row of 79/243
    const count = (list: readonly { resolution_id?: string }[]) =>
      list.reduce(
        (m, r) => m.set(r.resolution_id ?? '', (m.get(r.resolution_id ?? '') ?? 0) + 1),
        new Map<string, number>(),
      );
    expect(Object.fromEntries(count(built))).toEqual(Object.fromEntries(count(sponsors)));
    expect(count(sponsors).get('A/RES/76/19')).toBe(108);
    expect(count(sponsors).get('A/RES/78/16')).toBe(67);
    const list = await rows<ResolutionRow>(resolutionListSql());
    for (const r of list) {
      const own = sponsors.filter((s) => s.resolution_id === r.resolution_id);
      expect(r.n_original, r.resolution_id).toBe(own.filter((s) => s.stage.startsWith('original')).length);
      expect(r.n_additional, r.resolution_id).toBe(own.filter((s) => s.stage.startsWith('additional')).length);
      expect(r.n_lead, r.resolution_id).toBe(own.filter((s) => s.role === 'lead').length);
    }
  });

  it('a state profile lists the resolutions it sponsored, with role, stage and record (France)', async () => {
    const built = await rows<StateSponsorshipRow>(stateSponsorshipsSql('FRA'));
    const csv = sponsors.filter((s) => s.iso3_or_group === 'FRA');
    expect(built.map((r) => [r.resolution_id, r.role, r.source_url]).sort()).toEqual(
      csv.map((s) => [s.resolution_id, s.role, s.source_url]).sort(),
    );
    // by hand from sponsors.csv: France led 77/37 and 78/16, joined 74/28 and 75/32 later, was on the 76/19 draft
    expect(built.filter((r) => r.role === 'lead').map((r) => r.resolution_id)).toEqual(['A/RES/77/37', 'A/RES/78/16']);
    expect(built.find((r) => r.resolution_id === 'A/RES/74/28')?.stage_kind).toBe('additional');
    expect(built.find((r) => r.resolution_id === 'A/RES/76/19')?.stage_kind).toBe('original');
  });

  it('co-sponsorship agreement: Jaccard over resolutions with full lists that either state sponsored', async () => {
    // by hand: A {r1 r2 r3}, B {r2 r3 r4} → 2 / 4; C (lead-only row, not counted) and D sponsored
    // nothing → 0 with A (3 decisions, none shared); D with E: nothing to compare → undefined
    const sets = sponsorSets([
      ...['r1', 'r2', 'r3'].map((r) => ({ resolution_id: r, iso3: 'AAA', complete_list: true })),
      ...['r2', 'r3', 'r4'].map((r) => ({ resolution_id: r, iso3: 'BBB', complete_list: true })),
      { resolution_id: 'r0', iso3: 'CCC', complete_list: false }, // lead only: not counted
    ]);
    expect(cosponsorAgreement(sets.get('AAA'), sets.get('BBB'))).toEqual({ both: 2, either: 4, value: 0.5 });
    expect(cosponsorAgreement(sets.get('AAA'), sets.get('CCC'))).toEqual({ both: 0, either: 3, value: 0 });
    expect(cosponsorAgreement(sets.get('DDD'), sets.get('EEE')).value).toBeNull();
    expect(cosponsorPartners('AAA', ['DDD', 'BBB', 'CCC', 'AAA'], sets).map((p) => [p.iso3, p.value])).toEqual([
      ['BBB', 0.5],
      ['CCC', 0],
      ['DDD', 0],
    ]);
    expect(cosponsorPartners('DDD', ['EEE'], sets)).toEqual([]);

    // real data: France and Germany, sets built here from sponsors.csv (sessions 74–80)
    const full = (iso3: string) =>
      new Set(
        sponsors
          .filter((s) => s.iso3_or_group === iso3 && !s.stage.startsWith('lead named'))
          .map((s) => s.resolution_id),
      );
    const fra = full('FRA');
    const deu = full('DEU');
    const both = [...fra].filter((r) => deu.has(r)).length;
    const either = new Set([...fra, ...deu]).size;
    const built = sponsorSets(await rows<ResolutionSponsorRow>(resolutionSponsorsSql()));
    expect(cosponsorAgreement(built.get('FRA'), built.get('DEU'))).toEqual({ both, either, value: both / either });
    expect(either).toBeGreaterThan(0);
  });
});

describe('who moved', () => {
  it('OEWG track: every change between successive recorded roll calls, as computed from the CSVs', async () => {
    const oewg = resolutions
      .filter((r) => r.track === 'oewg' && r.adopted_without_vote === 'false')
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(oewg.map((r) => r.resolution_id)).toEqual([
      'A/RES/73/27',
      'A/RES/74/29',
      'A/RES/75/240',
      'A/RES/77/36',
      'A/RES/78/237',
    ]);
    const voteOf = new Map(votes.map((v) => [`${v.resolution_id} ${v.iso3}`, v.vote]));
    const expected: string[] = [];
    for (let i = 1; i < oewg.length; i++) {
      for (const iso3 of [...members].sort()) {
        const a = voteOf.get(`${oewg[i - 1].resolution_id} ${iso3}`);
        const b = voteOf.get(`${oewg[i].resolution_id} ${iso3}`);
        if (a && b && a !== 'X' && b !== 'X' && a !== b)
          expected.push(`${iso3} ${oewg[i - 1].resolution_id} ${a} → ${oewg[i].resolution_id} ${b}`);
      }
    }
    const cat = await rows<RollCallCatalogRow>(rollCallCatalogSql());
    const rollCalls = cat
      .map((c, col) => ({ resolution_id: c.resolution_id, track: c.track, date: c.date, col }))
      .filter((r) => r.track === 'oewg');
    const moves = whoMoved(rollCalls, await rows<StateVotesRow>(stateVotesSql()), members);
    expect(
      moves.map((m) => `${m.iso3} ${m.from.resolution_id} ${m.from.vote} → ${m.to.resolution_id} ${m.to.vote}`).sort(),
    ).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    // by hand from votes.csv: Albania No on 73/27 → Abstain on 74/29; Brazil Abstain → Yes
    expect(expected).toContain('ALB A/RES/73/27 N → A/RES/74/29 A');
    expect(expected).toContain('BRA A/RES/73/27 A → A/RES/74/29 Y');
    // the global filter: only states in scope move
    const weog = new Set(
      readCsv('data/states/states.csv')
        .filter((s) => s.un_regional_group === 'WEOG')
        .map((s) => s.iso3),
    );
    const scoped = whoMoved(rollCalls, await rows<StateVotesRow>(stateVotesSql()), weog);
    expect(scoped.length).toBe(expected.filter((e) => weog.has(e.slice(0, 3))).length);
  });
});

describe('committee and separate votes', () => {
  it('kept apart with their published totals', async () => {
    const fc = readCsv(`${D}/first_committee.csv`);
    const built = await rows<CommitteeVoteRow>(committeeVotesSql());
    expect(built.length).toBe(fc.length);
    const l73 = built.find((r) => r.draft_symbol === 'A/C.1/77/L.73')!;
    const csv = fc.find((r) => r.draft_symbol === 'A/C.1/77/L.73')!;
    expect([l73.yes, l73.no, l73.abstain]).toEqual([Number(csv.yes), Number(csv.no), Number(csv.abstain)]);
    expect(l73.plenary_resolution).toBe('A/RES/77/37');
    expect((await rows<SeparateVoteRow>(separateVotesSql())).length).toBe(readCsv(`${D}/separate_votes.csv`).length);
  });
});
