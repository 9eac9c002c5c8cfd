import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows, shippedDb } from './db';
import { DEFAULT_FILTER, scopeCountSql, type StateFilter } from '../../src/queries/filter';
import { filterOptionsSql, type FilterOptionRow } from '../../src/queries/options';
import {
  headlineSql,
  mapIndicatorSql,
  rollCallsSql,
  type HeadlineRow,
  type MapIndicatorRow,
  type RollCallRow,
} from '../../src/queries/overview';
import { sourcesSql, type SourceRow } from '../../src/queries/sources';

// The CSVs in data/ are verbatim copies of the researched reference data.
const S = 'data';
const states = readCsv(`${S}/states/states.csv`);
const members = states.filter((s) => s.un_member === 'true');
const f = (over: Partial<StateFilter>): StateFilter => ({ ...DEFAULT_FILTER, ...over });
const count = async (flt: StateFilter) => (await rows<{ n: number }>(scopeCountSql(flt)))[0].n;

describe('state filter on the shipped database', () => {
  it('counts UN members and the five regional groups', async () => {
    expect(await count(DEFAULT_FILTER)).toBe(193);
    expect(await count(f({ observers: true }))).toBe(195);
    for (const [g, n] of [
      ['African', 54],
      ['Asia-Pacific', 54],
      ['Eastern European', 23],
      ['GRULAC', 33],
      ['WEOG', 29],
    ] as const) {
      expect(await count(f({ groups: [g] }))).toBe(n);
    }
  });

  it('AU membership: 55 rows, 54 of them states in states.csv (ESH flagged outside)', async () => {
    const au = readCsv(`${S}/states/memberships.csv`).filter((m) => m.org_id === 'AU');
    expect(au.length).toBe(55);
    const iso = new Set(states.map((s) => s.iso3));
    expect(au.filter((m) => !iso.has(m.iso3)).map((m) => m.iso3)).toEqual(['ESH']);
    expect(await count(f({ orgs: ['AU'] }))).toBe(54);
    const flagged = await rows<{ iso3: string }>("SELECT iso3 FROM memberships WHERE org_id = 'AU' AND NOT in_states");
    expect(flagged.map((r) => r.iso3)).toEqual(['ESH']);
  });

  it('organisation status: OAS current members 32, any status 35', async () => {
    expect(await count(f({ orgs: ['OAS'] }))).toBe(32);
    expect(await count(f({ orgs: ['OAS'], orgStatus: 'any' }))).toBe(35);
  });

  it('development flags and income match the CSV', async () => {
    const n = (pred: (s: Record<string, string>) => boolean) => members.filter(pred).length;
    expect(await count(f({ ldc: 'yes' }))).toBe(n((s) => s.ldc === 'true'));
    expect(await count(f({ sids: 'yes', groups: ['African', 'GRULAC'] }))).toBe(22);
    expect(await count(f({ lldc: 'no' }))).toBe(n((s) => s.lldc !== 'true'));
    expect(await count(f({ income: ['Low income'] }))).toBe(n((s) => s.income_group === 'Low income'));
    expect(await count(f({ subregions: ['Caribbean'] }))).toBe(n((s) => s.m49_intermediate_region === 'Caribbean'));
    expect(await count(f({ regions: ['Oceania'], sids: 'yes' }))).toBe(
      n((s) => s.m49_region === 'Oceania' && s.sids === 'true'),
    );
  });

  it('filter options list every group with its size', async () => {
    const opts = await rows<FilterOptionRow>(filterOptionsSql());
    const groups = Object.fromEntries(opts.filter((o) => o.kind === 'group').map((o) => [o.value, o.n]));
    expect(groups).toEqual({ African: 54, 'Asia-Pacific': 54, 'Eastern European': 23, GRULAC: 33, WEOG: 29 });
    const au = opts.find((o) => o.kind === 'org' && o.value === 'AU');
    expect(au?.n).toBe(54);
  });
});

describe('overview queries', () => {
  it('headline figures for all members, computed independently from the CSVs', async () => {
    const [h] = await rows<HeadlineRow>(headlineSql(DEFAULT_FILTER));
    const positions = readCsv(`${S}/il-positions/positions.csv`);
    const statePositions = positions.filter((p) => !['AU', 'EU', 'NATO'].includes(p.actor_iso3));
    const gci = readCsv(`${S}/norms-capacity/capacity.csv`).filter(
      (c) => c.overall !== '' && members.some((m) => m.iso3 === c.iso3),
    );
    expect(h.states).toBe(193);
    expect(h.il_positions).toBe(statePositions.length);
    expect(h.il_state_actors).toBe(new Set(statePositions.map((p) => p.actor_iso3)).size);
    expect(h.il_state_actors).toBe(48); // il-positions-2 DATA.md: 51 actors, 3 of them groups
    expect(h.il_group_actors).toBe(3);
    expect(h.roll_calls).toBe(12);
    const resolutions = readCsv(`${S}/unga-votes/resolutions.csv`);
    const recorded = resolutions.filter((r) => ['confirmed', 'inferred'].includes(r.per_state));
    const ict = recorded.filter((r) => r.track !== 'cybercrime');
    expect(h.ict_roll_calls).toBe(ict.length);
    expect(ict.length).toBe(10);
    expect(h.roll_calls_inferred).toBe(recorded.filter((r) => r.per_state === 'inferred').length);
    expect(h.roll_calls_inferred).toBe(0);
    expect(h.gci_states).toBe(gci.length);
  });

  it('headline for the African Group: AU is the only group actor with members in scope', async () => {
    const [h] = await rows<HeadlineRow>(headlineSql(f({ groups: ['African'] })));
    expect(h.states).toBe(54);
    expect(h.il_group_actors).toBe(1);
  });

  it('A/RES/73/27 tallies 119 yes, 46 no, 14 abstain', async () => {
    const r = await rows<MapIndicatorRow>(
      mapIndicatorSql(DEFAULT_FILTER, { kind: 'vote', resolutionId: 'A/RES/73/27' }),
    );
    const tally = (v: string) => r.filter((x) => x.in_scope && x.value_text === v).length;
    expect([tally('Y'), tally('N'), tally('A'), tally('X')]).toEqual([119, 46, 14, 14]);
    expect(r.every((x) => x.flag === null || !x.in_scope)).toBe(true); // confirmed roll call: no inferred flag
  });

  it('A/RES/78/237 (formerly an inferred roll call) maps 193 confirmed votes, tallied from votes.csv', async () => {
    const r = await rows<MapIndicatorRow>(
      mapIndicatorSql(DEFAULT_FILTER, { kind: 'vote', resolutionId: 'A/RES/78/237' }),
    );
    const csv = readCsv(`${S}/unga-votes/votes.csv`).filter((v) => v.resolution_id === 'A/RES/78/237');
    const voted = r.filter((x) => x.value_text !== null);
    expect(voted.length).toBe(193);
    for (const code of ['Y', 'N', 'A', 'X'])
      expect(voted.filter((x) => x.value_text === code).length, code).toBe(csv.filter((v) => v.vote === code).length);
    expect(voted.every((x) => x.flag === null)).toBe(true);
  });

  it('map rows cover all 195 states with in_scope following the filter', async () => {
    const r = await rows<MapIndicatorRow>(mapIndicatorSql(f({ groups: ['WEOG'] }), { kind: 'group' }));
    expect(r.length).toBe(195);
    expect(r.filter((x) => x.in_scope).length).toBe(29);
    expect(r.find((x) => x.iso3 === 'USA')?.value_text).toBe('WEOG');
  });

  it('GCI map keeps missing scores missing: SVK has no cooperation score, MOZ is withheld, YEM has no record', async () => {
    const r = await rows<MapIndicatorRow>(mapIndicatorSql(DEFAULT_FILTER, { kind: 'gci', pillar: 'cooperation' }));
    const by = Object.fromEntries(r.map((x) => [x.iso3, x]));
    expect(by.SVK.value_num).toBeNull();
    expect(by.MOZ.value_num).toBeNull();
    expect(by.MOZ.flag).toBe('score withheld');
    expect(by.YEM.flag).toBe('no GCI 2020 record');
    const alb = readCsv(`${S}/norms-capacity/capacity.csv`).find((c) => c.iso3 === 'ALB')!;
    expect(by.ALB.value_num).toBeCloseTo(Number(alb.cooperation), 6);
  });

  it('share of yes: a state that voted yes on every roll call it joined scores 1', async () => {
    const r = await rows<MapIndicatorRow>(mapIndicatorSql(DEFAULT_FILTER, { kind: 'yes_share' }));
    const votes = readCsv(`${S}/unga-votes/votes.csv`);
    for (const iso of ['FRA', 'RUS', 'IND']) {
      const cast = votes.filter((v) => v.iso3 === iso && v.vote !== 'X');
      const expected = cast.filter((v) => v.vote === 'Y').length / cast.length;
      expect(r.find((x) => x.iso3 === iso)?.value_num).toBeCloseTo(expected, 9);
    }
  });

  it('roll calls: 12 with per-country votes, none inferred', async () => {
    const r = await rows<RollCallRow>(rollCallsSql());
    const recorded = readCsv(`${S}/unga-votes/resolutions.csv`).filter((x) => x.adopted_without_vote === 'false');
    expect(r.length).toBe(recorded.length);
    expect(r.length).toBe(12);
    expect(r.filter((x) => x.identification !== 'confirmed').length).toBe(0);
  });

  it('every source is listed and every cited source exists', async () => {
    const r = await rows<SourceRow>(sourcesSql());
    expect(r.length).toBeGreaterThan(10);
    const db = await shippedDb();
    await expect(db.exec("INSERT INTO states (iso3) VALUES ('XXX')")).rejects.toThrow();
  });
});
