import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import { mulberry32 } from '../../src/analysis/random';
import { DEFAULT_FILTER, scopeCountSql, type StateFilter, type TriState } from '../../src/queries/filter';
import { headlineSql, mapIndicatorSql, mapValuesSql, type HeadlineRow, type MapIndicator, type MapIndicatorRow, type MapValueRow } from '../../src/queries/overview';
import { StateFacts, headlineFromFacts, mapRowsFromFacts, scopeCount, scopeIso3 } from '../../src/queries/scope-facts';
import { capacityScopeSql, type ScopeIso3Row } from '../../src/queries/capacity';
import { stateFactsSql, type StateFactRow } from '../../src/queries/state-facts';

// Every value a filter can name, read from the CSVs (plus a few that match nothing, as a
// hand-edited link may carry), so the sample reaches every dimension and edge.
const states = readCsv('data/states/states.csv');
const memberships = readCsv('data/states/memberships.csv');
const distinct = (xs: string[]) => [...new Set(xs.filter((x) => x !== ''))].sort();
const POOL = {
  groups: distinct(states.map((s) => s.un_regional_group)),
  regions: distinct(states.map((s) => s.m49_region)),
  subregions: [...distinct([...states.map((s) => s.m49_subregion), ...states.map((s) => s.m49_intermediate_region)]), 'Atlantis'],
  income: distinct(states.map((s) => s.income_group)),
  orgs: [...distinct(memberships.map((m) => m.org_id)), 'NOPE'],
};
const TRI: TriState[] = ['any', 'any', 'yes', 'no'];

/** A seeded random filter: each dimension is left open about half the time. */
function randomFilter(rand: () => number): StateFilter {
  const pick = (pool: string[]) => {
    if (rand() < 0.5) return [];
    const k = 1 + Math.floor(rand() * 3);
    return distinct(Array.from({ length: k }, () => pool[Math.floor(rand() * pool.length)]));
  };
  return {
    ...DEFAULT_FILTER,
    groups: pick(POOL.groups),
    regions: pick(POOL.regions),
    subregions: pick(POOL.subregions),
    orgs: pick(POOL.orgs),
    orgStatus: rand() < 0.5 ? 'current' : 'any',
    ldc: TRI[Math.floor(rand() * 4)],
    lldc: TRI[Math.floor(rand() * 4)],
    sids: TRI[Math.floor(rand() * 4)],
    income: pick(POOL.income),
    observers: rand() < 0.3,
  };
}

const INDICATORS: MapIndicator[] = [
  { kind: 'group' },
  { kind: 'gci', pillar: 'overall' },
  { kind: 'gci', pillar: 'technical' },
  { kind: 'vote', resolutionId: 'A/RES/77/37' },
  { kind: 'yes_share' },
  { kind: 'legal' },
  { kind: 'stance', questionId: 'sovereignty_rule' },
  { kind: 'debate', questionId: 'binding_instrument' },
  { kind: 'rung', normId: 'd' },
  { kind: 'cosponsor', resolutionId: 'A/RES/77/37' },
];

describe('per-state facts reduced in JS agree with the SQL path', () => {
  let facts: StateFacts;
  const values = new Map<MapIndicator, MapValueRow[]>();
  beforeAll(async () => {
    facts = new StateFacts(await rows<StateFactRow>(stateFactsSql()));
    for (const ind of INDICATORS) values.set(ind, await rows<MapValueRow>(mapValuesSql(ind)));
  });

  it('the facts hold one row per state in states.csv', () => {
    expect(facts.n).toBe(states.length);
    expect([...facts.iso3]).toEqual(states.map((s) => s.iso3).sort());
  });

  it('the default filter, by hand: 193 members', async () => {
    expect(scopeCount(facts.mask(DEFAULT_FILTER))).toBe(states.filter((s) => s.un_member === 'true').length);
  });

  // 5 edge filters and 120 from seed 15; each compared on scope, headline and one map indicator.
  const rand = mulberry32(15);
  // Hand-picked edges first: an intermediate region, former members, observers (NULL flags).
  const edges: StateFilter[] = [
    { ...DEFAULT_FILTER, subregions: ['Caribbean'] },
    { ...DEFAULT_FILTER, subregions: ['Eastern Africa', 'Melanesia'], sids: 'no' },
    { ...DEFAULT_FILTER, orgs: ['OAS'], orgStatus: 'any' },
    { ...DEFAULT_FILTER, observers: true, ldc: 'no' },
    { ...DEFAULT_FILTER, observers: true, orgs: ['EU', 'NATO'] },
  ];
  const sample = [...edges, ...Array.from({ length: 120 }, () => randomFilter(rand))];
  // In chunks of 25 so each test stays well inside the timeout on a busy machine.
  let nonEmpty = 0;
  for (let c = 0; c < sample.length; c += 25) {
    it(`filters ${c + 1}–${c + 25} of ${sample.length}: scope count, headline, map rows and capacity scope are identical`, async () => {
      for (const [j, f] of sample.slice(c, c + 25).entries()) {
        const mask = facts.mask(f);
        const label = JSON.stringify(f);
        const n = (await rows<{ n: number }>(scopeCountSql(f)))[0].n;
        expect(scopeCount(mask), label).toBe(n);
        if (n > 0) nonEmpty++;
        const sqlHead = (await rows<HeadlineRow>(headlineSql(f)))[0];
        expect(headlineFromFacts(facts, mask), label).toEqual(sqlHead);
        const ind = INDICATORS[(c + j) % INDICATORS.length];
        const sqlMap = await rows<MapIndicatorRow>(mapIndicatorSql(f, ind));
        expect(mapRowsFromFacts(values.get(ind)!, facts, mask), label).toEqual(sqlMap);
        const sqlIso3 = (await rows<ScopeIso3Row>(capacityScopeSql(f))).map((r) => r.iso3);
        expect(scopeIso3(facts, mask), label).toEqual(sqlIso3);
      }
    });
  }
  it('the sample exercises real scopes, not only empty ones', () => {
    expect(nonEmpty).toBeGreaterThan(30);
  });
});
