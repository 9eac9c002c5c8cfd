import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import {
  rollCallCatalogSql,
  scopeStatesSql,
  stateVotesSql,
  type RollCallCatalogRow,
  type ScopeStateRow,
  type StateVotesRow,
} from '../../src/queries/alignment-votes';
import {
  opinionItemsSql,
  opinionValuesSql,
  surveyColumnsSql,
  surveyShape,
  type ColumnRow,
  type OpinionItemRow,
  type OpinionValueRow,
} from '../../src/queries/alignment-items';
import {
  agreementBase,
  chosenColumns,
  scopedAgreement,
  voteTable,
  voteTallies,
} from '../../src/views/alignment/votes-model';

const D = 'data';
const states = readCsv(`${D}/states/states.csv`);
const groupOf = new Map(states.map((s) => [s.iso3, s.un_regional_group]));
const votes = readCsv(`${D}/unga-votes/votes.csv`);
const f = (over: Partial<StateFilter>): StateFilter => ({ ...DEFAULT_FILTER, ...over });
/** The six 2018–2019 roll calls (confirmed in both the previous and the current data). */
const EARLY = ['73-27', '73-187', '73-266', '74-28', '74-29', '74-247'];

/** Y/N/A/X counts of one resolution over the states picked by `keep`, straight from the CSVs. */
function csvTally(resolution: string, keep: (iso3: string) => boolean) {
  const t = { y: 0, n: 0, a: 0, x: 0 };
  for (const v of votes)
    if (v.resolution_id === resolution && keep(v.iso3)) t[v.vote.toLowerCase() as 'y' | 'n' | 'a' | 'x'] += 1;
  return t;
}

describe('roll-call catalogue', () => {
  it('lists the 12 recorded roll calls oldest first, all confirmed', async () => {
    const cat = await rows<RollCallCatalogRow>(rollCallCatalogSql());
    const recorded = readCsv(`${D}/unga-votes/resolutions.csv`).filter((r) => r.adopted_without_vote === 'false');
    expect(cat.map((c) => c.resolution_id).sort()).toEqual(recorded.map((r) => r.resolution_id).sort());
    expect(cat.length).toBe(12);
    expect(cat.filter((c) => c.identification !== 'confirmed').length).toBe(0);
    expect(cat.find((c) => c.short_label === '78/237')?.token).toBe('78-237');
    expect(cat.find((c) => c.resolution_id === 'A/RES/78/237')?.sponsor_iso3).toBe('CHN, RUS');
    const poa = cat.find((c) => c.resolution_id === 'A/RES/77/37');
    expect([poa?.track, poa?.sponsor_lead, poa?.sponsor_iso3]).toEqual(['poa', 'France', 'FRA']);
    expect(cat.map((c) => c.date)).toEqual([...cat.map((c) => c.date)].sort());
  });
});

/** The Alignment view's path: states in scope (SQL) + every state's votes (SQL) → tallies in memory. */
async function tallies(filter: StateFilter) {
  const scope = new Set((await rows<ScopeStateRow>(scopeStatesSql(filter))).map((r) => r.iso3));
  const all = await rows<StateVotesRow>(stateVotesSql());
  const cat = await rows<RollCallCatalogRow>(rollCallCatalogSql());
  return { set: voteTallies(all, scope), col: cat.findIndex((c) => c.resolution_id === 'A/RES/77/37'), scope };
}

describe('A/RES/77/37 tallies for the states in scope', () => {
  const R = 'A/RES/77/37';

  it('all members: the published-or-computed totals 156–7–14, 16 not voting', async () => {
    const { set, col } = await tallies(DEFAULT_FILTER);
    expect(set.all[col]).toEqual({ y: 156, n: 7, a: 14, x: 16 });
  });

  it('African Group in scope: overall and per group equal the CSV count', async () => {
    const { set, col, scope } = await tallies(f({ groups: ['African'] }));
    expect(scope.size).toBe(54);
    const expected = csvTally(R, (iso3) => groupOf.get(iso3) === 'African');
    expect(set.all[col]).toEqual(expected);
    expect(set.groups.get('African')?.[col]).toEqual(expected);
    expect(set.groups.has('WEOG')).toBe(false);
    expect(expected.y + expected.n + expected.a + expected.x).toBe(54);
  });

  it('per group and per organisation (current members that are states) with all members in scope', async () => {
    const { set, col } = await tallies(DEFAULT_FILTER);
    for (const g of ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG']) {
      expect(set.groups.get(g)?.[col]).toEqual(csvTally(R, (iso3) => groupOf.get(iso3) === g));
    }
    const ended = ['withdrawn', 'withdrawn_contested', 'non_participating'];
    const stateIds = new Set(states.map((s) => s.iso3));
    for (const org of ['EU', 'AU', 'SCO']) {
      const members = new Set(
        readCsv(`${D}/states/memberships.csv`)
          .filter((m) => m.org_id === org && !ended.includes(m.status) && stateIds.has(m.iso3))
          .map((m) => m.iso3),
      );
      expect(set.orgs.get(org)?.[col]).toEqual(csvTally(R, (iso3) => members.has(iso3)));
    }
    // EU: all 27 members voted yes on the PoA text (checked against the CSV above)
    expect(set.orgs.get('EU')?.[col].y).toBe(27);
  });

  it('an organisation filter (OAS) keeps only its current members in scope', async () => {
    const { set, col, scope } = await tallies(f({ orgs: ['OAS'] }));
    expect(scope.size).toBe(32);
    expect(set.all[col]).toEqual(csvTally(R, (iso3) => scope.has(iso3)));
  });
});

describe('vote strings and agreement over the 2018–2019 roll calls', () => {
  it('orders each state’s votes like the catalogue and leaves observers without votes', async () => {
    const r = await rows<StateVotesRow>(stateVotesSql());
    const cat = await rows<RollCallCatalogRow>(rollCallCatalogSql());
    expect(r.length).toBe(195);
    expect(r.filter((s) => s.votes === null).map((s) => s.iso3)).toEqual(['PSE', 'VAT']);
    for (const s of r.filter((x) => x.votes !== null)) {
      expect(s.votes).toBe(
        cat.map((c) => votes.find((v) => v.resolution_id === c.resolution_id && v.iso3 === s.iso3)?.vote).join(''),
      );
    }
    // the six confirmed roll calls in catalogue order: 73/27, 73/187, 73/266, 74/28, 74/29, 74/247 (by date)
    const cols = chosenColumns(
      cat.map((c) => c.token),
      EARLY,
    );
    expect(cols.map((c) => r.find((s) => s.iso3 === 'BRA')?.votes?.[c]).join('')).toBe('AYYYYA');
    expect(cols.map((c) => r.find((s) => s.iso3 === 'CHE')?.votes?.[c]).join('')).toBe('ANYYYN');
  });

  it('Brazil–Switzerland 0.75 and κ = 5/11; Nauru–Switzerland 0.25; Tonga–Switzerland 1 over 2 joint votes', async () => {
    // By hand from votes.csv (order 73/27, 73/187, 73/266, 74/28, 74/29, 74/247):
    //   BRA A Y Y Y Y A · CHE A N Y Y Y N → same 4 (A/A, Y/Y ×3), half 1 (A/N), joint 6 → 4.5 / 6
    //   κ: BRA Y4 A2, CHE Y3 A1 N2 → p_o 4/6, p_e (4·3 + 2·1) / 36 = 14/36 → (10/36) / (22/36) = 5/11
    //   NRU X X X X A Y: joint 2 with CHE (A/N half, Y/N 0) → 0.5 / 2; TON X … N N → 2 / 2
    const cat = await rows<RollCallCatalogRow>(rollCallCatalogSql());
    const all = await rows<StateVotesRow>(stateVotesSql());
    const scope = new Set(
      (await rows<ScopeStateRow>(scopeStatesSql(f({ groups: ['WEOG', 'GRULAC', 'Asia-Pacific'] })))).map((r) => r.iso3),
    );
    const table = voteTable(
      all,
      chosenColumns(
        cat.map((c) => c.token),
        EARLY,
      ),
    );
    const view = scopedAgreement(agreementBase(table, 'agreement'), scope, 'cluster');
    const n = view.states.length;
    expect(n).toBe(29 + 33 + 54);
    const at = (a: string, b: string) =>
      view.states.findIndex((s) => s.iso3 === a) * n + view.states.findIndex((s) => s.iso3 === b);
    expect(view.values[at('BRA', 'CHE')]).toBeCloseTo(0.75, 12);
    expect(view.joint[at('BRA', 'CHE')]).toBe(6);
    expect(view.values[at('NRU', 'CHE')]).toBeCloseTo(0.25, 12);
    expect(view.joint[at('NRU', 'CHE')]).toBe(2);
    expect(view.values[at('TON', 'CHE')]).toBe(1);
    const kappa = scopedAgreement(agreementBase(table, 'kappa'), scope, 'group');
    expect(kappa.values[at('BRA', 'CHE')]).toBeCloseTo(5 / 11, 12);
    expect([...view.order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });
});

describe('opinion-map items and scores', () => {
  it('offers 12 roll calls (none flagged inferred) and 14 legal questions, plus 11 survey norms when the table exists', async () => {
    const cols = (await rows<ColumnRow>(surveyColumnsSql())).map((c) => c.column_name);
    const shape = surveyShape(cols);
    const base = await rows<OpinionItemRow>(opinionItemsSql(null));
    expect(base.filter((i) => i.family === 'votes').length).toBe(12);
    expect(base.filter((i) => i.family === 'votes' && i.caveat === 'roll call identity inferred').length).toBe(0);
    expect(base.filter((i) => i.family === 'il').length).toBe(readCsv(`${D}/il-questions/il_questions.csv`).length);
    expect(shape).toEqual({ item: 'item', status: 'status', year: 'year', part: 'part', origin: 'origin' });
    if (shape) {
      const withSurvey = await rows<OpinionItemRow>(opinionItemsSql(shape));
      const survey = withSurvey.filter((i) => i.family === 'survey');
      expect(survey.map((i) => i.item)).toEqual('abcdefghijk'.split('').map((c) => `s:${c}`));
      expect(survey.every((i) => i.caveat === 'illustrative survey data')).toBe(true);
    }
  });

  it('scores votes Y 1 / A ½ / N 0 with absences left out, and legal stances of states only', async () => {
    const v = await rows<OpinionValueRow>(
      opinionValuesSql({ votes: ['77-37'], il: ['sovereignty_rule'], survey: [] }, null, true),
    );
    const csv = votes.filter((x) => x.resolution_id === 'A/RES/77/37' && x.vote !== 'X');
    const poa = v.filter((x) => x.item === 'v:77-37');
    expect(poa.length).toBe(csv.length);
    const score = { Y: 1, A: 0.5, N: 0 } as Record<string, number>;
    for (const x of csv) expect(poa.find((p) => p.iso3 === x.iso3)?.value).toBe(score[x.vote]);
    const positions = readCsv(`${D}/il-positions/positions.csv`).filter(
      (p) => p.question_id === 'sovereignty_rule' && !['AU', 'EU', 'NATO'].includes(p.actor_iso3),
    );
    const stance = { supports: 1, qualified: 0.5, opposes: 0 } as Record<string, number>;
    const sov = v.filter((x) => x.item === 'q:sovereignty_rule');
    expect(sov.map((x) => [x.iso3, x.value]).sort()).toEqual(
      positions.map((p) => [p.actor_iso3, stance[p.stance]]).sort(),
    );
  });

  it('takes each state’s latest answered survey status per norm, and none when illustrative data is off', async () => {
    const shape = surveyShape((await rows<ColumnRow>(surveyColumnsSql())).map((c) => c.column_name));
    expect(shape).not.toBeNull();
    if (!shape) return;
    const v = await rows<OpinionValueRow>(opinionValuesSql({ votes: [], il: [], survey: ['a'] }, shape, true));
    const raw = readCsv(`${D}/survey/survey_illustrative.csv`).filter(
      (r) => r.part === 'norms' && r.item === 'a' && r.status !== '',
    );
    const latest = new Map<string, { year: number; status: string }>();
    for (const r of raw)
      if (!latest.has(r.iso3) || Number(r.year) > (latest.get(r.iso3)?.year ?? 0))
        latest.set(r.iso3, { year: Number(r.year), status: r.status });
    const score = { implemented: 1, partial: 0.5, planned: 0, none: 0 } as Record<string, number>;
    expect(v.map((x) => [x.iso3, x.value]).sort()).toEqual(
      [...latest].map(([iso3, l]) => [iso3, score[l.status]]).sort(),
    );
    const off = await rows<OpinionValueRow>(opinionValuesSql({ votes: [], il: [], survey: ['a'] }, shape, false));
    expect(off).toEqual([]);
  });

  it('lists every state with its current organisations', async () => {
    const s = await rows<StateVotesRow>(stateVotesSql());
    const ended = ['withdrawn', 'withdrawn_contested', 'non_participating'];
    const ukr = readCsv(`${D}/states/memberships.csv`)
      .filter((m) => m.iso3 === 'UKR' && !ended.includes(m.status))
      .map((m) => m.org_id)
      .sort();
    expect(s.find((x) => x.iso3 === 'UKR')?.orgs).toBe([...new Set(ukr)].join('|'));
    expect(s.find((x) => x.iso3 === 'UKR')?.un_group).toBe('Eastern European');
  });
});
