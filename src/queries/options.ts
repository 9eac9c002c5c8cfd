/** Values offered by the filter bar, read from the data so the bar never lists a dead option. */
export function filterOptionsSql(): string {
  return `
SELECT 'group' AS kind, un_regional_group AS value, un_regional_group AS label, count(*)::INTEGER AS n, NULL AS parent
  FROM states WHERE un_regional_group IS NOT NULL GROUP BY ALL
UNION ALL
SELECT 'region', m49_region, m49_region, count(*)::INTEGER, NULL FROM states GROUP BY ALL
UNION ALL
SELECT 'subregion', m49_subregion, m49_subregion, count(*)::INTEGER, m49_region FROM states GROUP BY ALL
UNION ALL
SELECT 'subregion', m49_intermediate_region, m49_intermediate_region, count(*)::INTEGER, m49_subregion
  FROM states WHERE m49_intermediate_region IS NOT NULL AND m49_intermediate_region <> '' GROUP BY ALL
UNION ALL
SELECT 'income', income_group, income_group, count(*)::INTEGER, NULL FROM states WHERE income_group IS NOT NULL GROUP BY ALL
UNION ALL
SELECT 'org', o.org_id, o.org_name, count(m.iso3) FILTER (WHERE m.is_current AND m.in_states)::INTEGER, o.completeness
  FROM organisations o LEFT JOIN memberships m USING (org_id) GROUP BY ALL
ORDER BY kind, value`;
}

/** Row type of `filterOptionsSql`; `parent` is the enclosing region for sub-regions, completeness for orgs. */
export interface FilterOptionRow {
  kind: 'group' | 'region' | 'subregion' | 'income' | 'org';
  value: string;
  label: string;
  n: number;
  parent: string | null;
}
