import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import {
  capacityScopeSql,
  capacityScoresSql,
  capacitySourcesSql,
  type CapacityScoreRow,
  type CapacitySourceRow,
  type ScopeIso3Row,
} from '../../src/queries/capacity';
import { needOfferSql, type NeedOfferRow } from '../../src/queries/capacity-survey';
import { tableExistsSql, type TableExistsRow } from '../../src/queries/export';
import { buildCells, cellKey } from '../../src/views/capacity/model';
import { missingSummary } from '../../src/views/capacity/missing';
import { capacityParams } from '../../src/views/capacity/params';
import { gapSentence } from '../../src/views/capacity/words';

// Expectations come from the raw CSVs with this file's own arithmetic, not from the app's code.
// The CSVs in data/ are verbatim copies of the researched reference data.
const S = 'data';
const states = readCsv(`${S}/states/states.csv`);
const gci = readCsv(`${S}/norms-capacity/capacity.csv`);
const gciByIso = new Map(gci.map((r) => [r.iso3, r]));
const members = states.filter((s) => s.un_member === 'true');
const f = (over: Partial<StateFilter> = {}): StateFilter => ({ ...DEFAULT_FILTER, ...over });

/** Type-7 median written out again here: sort, interpolate between the two middle values. */
function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) / 2;
  return s[Math.floor(h)] + (h - Math.floor(h)) * (s[Math.ceil(h)] - s[Math.floor(h)]);
}
/** Scores of a pillar for some states, blanks (missing / withheld) dropped, as numbers. */
function scoresOf(isos: string[], pillar: string): number[] {
  return isos.flatMap((i) => {
    const v = gciByIso.get(i)?.[pillar];
    return v === undefined || v === '' ? [] : [Number(v)];
  });
}

async function model(flt: StateFilter, params: Record<string, string> = {}) {
  const all = await rows<CapacityScoreRow>(capacityScoresSql());
  const scope = new Set((await rows<ScopeIso3Row>(capacityScopeSql(flt))).map((r) => r.iso3));
  const p = capacityParams(params);
  return { all, scope, p, cells: buildCells(all, scope, p) };
}

describe('capacity scores on the shipped database', () => {
  it('has every state × 6 pillars, and a GCI record for exactly the states in the CSV', async () => {
    const all = await rows<CapacityScoreRow>(capacityScoresSql());
    expect(all.length).toBe(states.length * 6);
    const withRecord = new Set(all.filter((r) => r.has_record).map((r) => r.iso3));
    expect(withRecord.size).toBe(gci.length); // 191 per DATA.md
    expect([...withRecord].sort()).toEqual(gci.map((r) => r.iso3).sort());
    // A blank CSV cell stays NULL: never a 0.
    const blanks = gci.flatMap((r) =>
      ['overall', 'legal', 'technical', 'organizational', 'capacity_development', 'cooperation']
        .filter((p) => r[p] === '')
        .map((p) => `${r.iso3}/${p}`),
    );
    const nulls = all.filter((r) => r.has_record && r.score === null).map((r) => `${r.iso3}/${r.pillar}`);
    expect(nulls.sort()).toEqual(blanks.sort());
  });

  it('median technical score of the African Group, with the missing state counted apart', async () => {
    const african = members.filter((s) => s.un_regional_group === 'African').map((s) => s.iso3);
    const tech = scoresOf(african, 'technical');
    const { cells } = await model(f({ groups: ['African'] }));
    const c = cells.cells.get(cellKey('technical', 'African'))!;
    expect(c.n).toBe(tech.length);
    expect(c.missing).toBe(african.length - tech.length);
    expect(c.median).toBeCloseTo(medianOf(tech), 10);
    expect(c.under).toBe(tech.filter((v) => v < 10).length);
    // The example sentence, from the shipped data: 54 members, Mozambique withheld.
    expect([african.length, tech.length, tech.filter((v) => v < 10).length]).toEqual([54, 53, 36]);
    expect(gapSentence(c, 'group')).toBe(
      'Technical: 36 of the 53 African Group states with a score are under 10 of 20 (1 has no score)',
    );
  });

  it('excludes a missing pillar from that pillar only (Slovakia, Slovenia in the Eastern European Group)', async () => {
    const eeg = members.filter((s) => s.un_regional_group === 'Eastern European').map((s) => s.iso3);
    const { cells } = await model(f());
    for (const pillar of ['legal', 'cooperation', 'capacity_development']) {
      const c = cells.cells.get(cellKey(pillar, 'Eastern European'))!;
      const present = scoresOf(eeg, pillar);
      expect({ n: c.n, missing: c.missing }).toEqual({ n: present.length, missing: eeg.length - present.length });
      expect(c.median).toBeCloseTo(medianOf(present), 10);
    }
    expect(cells.cells.get(cellKey('cooperation', 'Eastern European'))!.missing).toBe(2); // SVK and SVN
    expect(cells.cells.get(cellKey('legal', 'Eastern European'))!.missing).toBe(0);
  });

  it('threshold and grouping follow the URL parameters (income groups, threshold 5)', async () => {
    const low = members.filter((s) => s.income_group === 'Low income').map((s) => s.iso3);
    const { cells } = await model(f(), { by: 'income', threshold: '5' });
    const c = cells.cells.get(cellKey('legal', 'Low income'))!;
    const legal = scoresOf(low, 'legal');
    expect(c.n).toBe(legal.length);
    expect(c.under).toBe(legal.filter((v) => v < 5).length);
    // overall uses the same share of its maximum: 5 of 20 → 25 of 100
    const o = cells.cells.get(cellKey('overall', 'Low income'))!;
    expect(o.under).toBe(scoresOf(low, 'overall').filter((v) => v < 25).length);
  });

  it('global top-quartile benchmark over every scored state, unmoved by the filter', async () => {
    const tech = gci
      .filter((r) => r.technical !== '')
      .map((r) => Number(r.technical))
      .sort((a, b) => a - b);
    const h = (tech.length - 1) * 0.75;
    const q3 = tech[Math.floor(h)] + (h - Math.floor(h)) * (tech[Math.ceil(h)] - tech[Math.floor(h)]);
    const wide = await model(f(), { bench: 'q3' });
    const narrow = await model(f({ groups: ['WEOG'] }), { bench: 'q3' });
    expect(wide.cells.benchmarks.get('technical')).toBeCloseTo(q3, 10);
    expect(narrow.cells.benchmarks.get('technical')).toBeCloseTo(q3, 10);
  });

  it('names the states missing data among the 193 members', async () => {
    const { all, scope } = await model(f());
    const m = missingSummary(all, scope);
    const noRecord = members
      .filter((s) => !gciByIso.has(s.iso3))
      .map((s) => s.iso3)
      .sort();
    expect(noRecord).toEqual(['FSM', 'PLW', 'YEM']);
    expect(m.noRecord.map((s) => s.iso3).sort()).toEqual(noRecord);
    expect(m.withheld.map((s) => s.iso3)).toEqual(['MOZ']);
    expect(m.partial.map((s) => [s.iso3, s.pillars.sort()])).toEqual([
      ['SVK', ['capacity_development', 'cooperation']],
      ['SVN', ['cooperation']],
    ]);
    expect(m.complete).toBe(193 - 3 - 1 - 2);
  });

  it('lists the GCI sources with their non-commercial licence', async () => {
    const src = await rows<CapacitySourceRow>(capacitySourcesSql());
    // The GCI rows cite their own document: the Blavatnik extraction file the CSV names.
    const gciUrls = new Set(readCsv('data/norms-capacity/capacity.csv').map((c) => c.source_url));
    expect(src.filter((s) => s.url !== null && gciUrls.has(s.url)).length).toBe(gciUrls.size);
    expect(src.every((s) => /non-commercial/.test(s.licence ?? ''))).toBe(true);
  });
});

describe('need vs offer from the survey model', () => {
  const survey = readCsv('data/survey/survey_illustrative.csv').filter((r) => r.part === 'capacity_building');

  it('finds the survey table', async () => {
    expect((await rows<TableExistsRow>(tableExistsSql('survey_responses')))[0].n).toBe(1);
  });

  it('counts each state once per area with its latest answer (African Group, technical)', async () => {
    const african = new Set(members.filter((s) => s.un_regional_group === 'African').map((s) => s.iso3));
    const latest = new Map<string, Record<string, string>>();
    for (const r of survey) {
      if (r.item !== 'technical' || !african.has(r.iso3)) continue;
      const prev = latest.get(r.iso3);
      if (!prev || Number(r.year) > Number(prev.year)) latest.set(r.iso3, r);
    }
    const answers = [...latest.values()];
    // The shipped survey is generated: it is analysed only when asked for (issue 11).
    const got = await rows<NeedOfferRow>(needOfferSql(f({ groups: ['African'], illustrative: true }), 'group'));
    const cell = got.find((r) => r.grp === 'African' && r.area === 'technical')!;
    expect(cell).toMatchObject({
      states: answers.length,
      need: answers.filter((r) => r.capacity_need === 'yes').length,
      need_answered: answers.filter((r) => r.capacity_need !== '').length,
      offer: answers.filter((r) => r.capacity_offer === 'yes').length,
      offer_answered: answers.filter((r) => r.capacity_offer !== '').length,
      illustrative: answers.filter((r) => r.origin === 'illustrative').length,
    });
    expect(got.every((r) => r.grp === 'African')).toBe(true);
  });

  it('drops illustrative rows when the global switch hides them', async () => {
    const nonIllustrative = survey.filter((r) => r.origin !== 'illustrative').length;
    const got = await rows<NeedOfferRow>(needOfferSql(f({ illustrative: false }), 'group'));
    expect(got.reduce((n, r) => n + r.illustrative, 0)).toBe(0);
    if (nonIllustrative === 0) expect(got).toEqual([]);
  });
});
