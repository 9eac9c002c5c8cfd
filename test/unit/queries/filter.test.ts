import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, isDefaultFilter, scopeSql, withScope, type StateFilter } from '../../../src/queries/filter';
import { lit, litList } from '../../../src/queries/sql';

const f = (over: Partial<StateFilter>): StateFilter => ({ ...DEFAULT_FILTER, ...over });

describe('scopeSql', () => {
  it('defaults to UN members only', () => {
    expect(scopeSql(DEFAULT_FILTER)).toBe('SELECT s.iso3 FROM states s WHERE s.un_member');
  });
  it('includes observers when asked', () => {
    expect(scopeSql(f({ observers: true }))).toContain('(s.un_member OR s.un_observer_state)');
  });
  it('ORs values within a dimension and ANDs dimensions', () => {
    const sql = scopeSql(f({ groups: ['African', 'GRULAC'], ldc: 'yes', sids: 'no' }));
    expect(sql).toBe(
      "SELECT s.iso3 FROM states s WHERE s.un_member AND s.un_regional_group IN ('African', 'GRULAC') AND s.ldc = true AND s.sids = false",
    );
  });
  it('matches sub-regions and intermediate regions with one list', () => {
    expect(scopeSql(f({ subregions: ['Caribbean'] }))).toContain(
      "(s.m49_subregion IN ('Caribbean') OR s.m49_intermediate_region IN ('Caribbean'))",
    );
  });
  it('filters organisations on current membership unless told otherwise', () => {
    expect(scopeSql(f({ orgs: ['AU'] }))).toContain("m.org_id IN ('AU') AND m.is_current)");
    expect(scopeSql(f({ orgs: ['OAS'], orgStatus: 'any' }))).toContain("m.org_id IN ('OAS'))");
  });
  it('escapes quotes so a value cannot break out of its literal', () => {
    expect(lit("Côte d'Ivoire")).toBe("'Côte d''Ivoire'");
    expect(litList(["a'); DROP TABLE states; --"])).toBe("('a''); DROP TABLE states; --')");
  });
  it('detects the default filter', () => {
    expect(isDefaultFilter(DEFAULT_FILTER)).toBe(true);
    expect(isDefaultFilter(f({ income: ['High income'] }))).toBe(false);
  });
});

describe('withScope', () => {
  it('prefixes a plain body with the scope CTE', () => {
    expect(withScope(DEFAULT_FILTER, 'SELECT 1')).toBe(
      'WITH scope AS (SELECT s.iso3 FROM states s WHERE s.un_member)\nSELECT 1',
    );
  });
  it('merges with a body that has its own CTEs', () => {
    expect(withScope(DEFAULT_FILTER, 'WITH x AS (SELECT 1) SELECT * FROM x')).toBe(
      'WITH scope AS (SELECT s.iso3 FROM states s WHERE s.un_member), x AS (SELECT 1) SELECT * FROM x',
    );
  });
});
