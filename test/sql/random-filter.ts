import { DEFAULT_FILTER, type StateFilter, type TriState } from '../../src/queries/filter';
import { readCsv } from './csv';

// Every value a filter can name, read from the CSVs (plus a few that match nothing, as a
// hand-edited link may carry), so the sample reaches every dimension and edge.
/** states.csv, as the tests read it. */
export const states = readCsv('data/states/states.csv');
const memberships = readCsv('data/states/memberships.csv');
const distinct = (xs: string[]) => [...new Set(xs.filter((x) => x !== ''))].sort();
const POOL = {
  groups: distinct(states.map((s) => s.un_regional_group)),
  regions: distinct(states.map((s) => s.m49_region)),
  subregions: [
    ...distinct([...states.map((s) => s.m49_subregion), ...states.map((s) => s.m49_intermediate_region)]),
    'Atlantis',
  ],
  income: distinct(states.map((s) => s.income_group)),
  orgs: [...distinct(memberships.map((m) => m.org_id)), 'NOPE'],
};
const TRI: TriState[] = ['any', 'any', 'yes', 'no'];

/** A seeded random filter: each dimension is left open about half the time. */
export function randomFilter(rand: () => number): StateFilter {
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
