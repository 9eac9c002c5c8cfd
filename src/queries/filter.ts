import { litList } from './sql';

/** Yes / no / either for the development flags (LDC, LLDC, SIDS). */
export type TriState = 'any' | 'yes' | 'no';

/** Whether an organisation filter counts only current members or every row ever recorded. */
export type OrgStatus = 'current' | 'any';

/**
 * The one global filter: which states are in scope. Within a dimension values are OR-ed
 * (African or GRULAC); dimensions are AND-ed (African and LDC).
 */
export interface StateFilter {
  groups: string[];
  regions: string[];
  subregions: string[];
  orgs: string[];
  orgStatus: OrgStatus;
  ldc: TriState;
  lldc: TriState;
  sids: TriState;
  income: string[];
  observers: boolean;
  /**
   * Whether generated (illustrative) rows are analysed. Not part of "which states": scopeSql
   * ignores it; queries on data that can be illustrative (the survey) read it.
   */
  illustrative: boolean;
}

/** All 193 UN members, observers (Holy See, State of Palestine) out; generated data off (shown only on request). */
export const DEFAULT_FILTER: StateFilter = Object.freeze({
  groups: [],
  regions: [],
  subregions: [],
  orgs: [],
  orgStatus: 'current',
  ldc: 'any',
  lldc: 'any',
  sids: 'any',
  income: [],
  observers: false,
  illustrative: false,
}) as StateFilter;

function flag(column: string, value: TriState): string | null {
  if (value === 'any') return null;
  return `s.${column} = ${value === 'yes' ? 'true' : 'false'}`;
}

/**
 * SQL selecting the `iso3` of every state in scope. The single definition of "in scope":
 * every query joins it through `withScope`, so all views agree on the same states.
 */
export function scopeSql(f: StateFilter): string {
  const where: string[] = [f.observers ? '(s.un_member OR s.un_observer_state)' : 's.un_member'];
  if (f.groups.length) where.push(`s.un_regional_group IN ${litList(f.groups)}`);
  if (f.regions.length) where.push(`s.m49_region IN ${litList(f.regions)}`);
  if (f.subregions.length) {
    // One list covers M49 sub-regions and intermediate regions (Caribbean, Eastern Africa …).
    const l = litList(f.subregions);
    where.push(`(s.m49_subregion IN ${l} OR s.m49_intermediate_region IN ${l})`);
  }
  for (const w of [flag('ldc', f.ldc), flag('lldc', f.lldc), flag('sids', f.sids)]) if (w) where.push(w);
  if (f.income.length) where.push(`s.income_group IN ${litList(f.income)}`);
  if (f.orgs.length) {
    const current = f.orgStatus === 'current' ? ' AND m.is_current' : '';
    where.push(`s.iso3 IN (SELECT m.iso3 FROM memberships m WHERE m.org_id IN ${litList(f.orgs)}${current})`);
  }
  return `SELECT s.iso3 FROM states s WHERE ${where.join(' AND ')}`;
}

/** Prefix `body` with the `scope(iso3)` CTE; `body` may add its own CTEs after a comma. */
export function withScope(f: StateFilter, body: string): string {
  const trimmed = body.trimStart();
  if (/^with\s/i.test(trimmed)) return `WITH scope AS (${scopeSql(f)}), ${trimmed.slice(5)}`;
  return `WITH scope AS (${scopeSql(f)})\n${body}`;
}

/** Count of states in scope, for the shell's status line. */
export function scopeCountSql(f: StateFilter): string {
  return withScope(f, 'SELECT count(*)::INTEGER AS n FROM scope');
}

/** Row type of `scopeCountSql`. */
export interface ScopeCountRow {
  n: number;
}

/** True when the filter narrows nothing (used to label "all UN members"). */
export function isDefaultFilter(f: StateFilter): boolean {
  return scopeSql(f) === scopeSql(DEFAULT_FILTER) && f.illustrative === DEFAULT_FILTER.illustrative;
}
