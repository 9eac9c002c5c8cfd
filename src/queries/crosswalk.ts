/**
 * Regional crosswalk: framework × UN norm links (ASEAN, OAS, ARF, AU from regional_norm_links;
 * OSCE from the shipped norm_cbm_links), and the regional commitments a state holds through its
 * current memberships (memberships.is_current, data README rule 5).
 */
import { withScope, type StateFilter } from './filter';
import { inMask, type ScopeMask, type StateFacts } from './scope-facts';
import { lit } from './sql';

/** OSCE links carry the editorial crosswalk's basis; the OSCE CBMs have their own source. */
const OSCE_LINKS = `SELECT 'OSCE' AS framework, 'OSCE-CBM-' || l.cbm_no AS item_id, 'OSCE CBM ' || l.cbm_no || ': ' || c.short_title AS item_title,
  l.norm_id, l.relation, l.basis, 'editorial' AS basis_type, NULL AS source_url, l.source_id
FROM norm_cbm_links l JOIN cbms c USING (cbm_no)`;

/** Every link, regional and OSCE, with the measure's title and the source's strength. */
export function regionalLinksSql(): string {
  return `WITH links AS (
  SELECT l.framework, l.item_id, m.title AS item_title, l.norm_id, l.relation, l.basis, l.basis_type, l.source_url, l.source_id
  FROM regional_norm_links l JOIN regional_measures m USING (framework, item_id)
  UNION ALL ${OSCE_LINKS})
SELECT k.*, n.short_title AS norm_title, s.strength AS source_strength
FROM links k JOIN norms n USING (norm_id) LEFT JOIN sources s ON s.source_id = k.source_id
ORDER BY k.framework, k.item_id, k.norm_id`;
}

/** Row type of `regionalLinksSql`. */
export interface RegionalLinkRow {
  framework: string;
  item_id: string;
  item_title: string;
  norm_id: string;
  relation: string;
  basis: string;
  basis_type: 'stated_in_source' | 'editorial' | 'title_only';
  source_url: string | null;
  source_id: string;
  norm_title: string;
  source_strength: string | null;
}

/** The regional measures (ASEAN, OAS, ARF, AU) with their adoption text and source. */
export function regionalMeasuresSql(): string {
  return `SELECT framework, item_id, title, summary_own_words, adopted, source_url, source_id FROM regional_measures ORDER BY framework, item_id`;
}

/** Row type of `regionalMeasuresSql`. */
export interface RegionalMeasureRow {
  framework: string;
  item_id: string;
  title: string;
  summary_own_words: string;
  adopted: string | null;
  source_url: string;
  source_id: string;
}

const CURRENT_FRAMEWORK_MEMBERS = `FROM memberships m WHERE m.is_current AND m.in_states AND m.org_id IN ('ASEAN', 'OAS', 'ARF', 'AU', 'OSCE')`;

/** Frameworks with their current members in scope and in total (the crosswalk follows the filter). */
export function frameworkMembersSql(f: StateFilter): string {
  return withScope(
    f,
    `SELECT m.org_id AS framework, count(*)::INTEGER AS members,
  count(*) FILTER (WHERE m.iso3 IN (SELECT iso3 FROM scope))::INTEGER AS in_scope
${CURRENT_FRAMEWORK_MEMBERS}
GROUP BY 1 ORDER BY 1`,
  );
}

/**
 * Every current membership row of the five frameworks, with no scope: read once, then
 * {@link frameworkMembersFromFacts} counts them under the scope mask, so a filter change needs
 * no engine round trip (and works before DuckDB is ready).
 */
export function frameworkMemberFactsSql(): string {
  return `SELECT m.org_id AS framework, m.iso3 ${CURRENT_FRAMEWORK_MEMBERS} ORDER BY 1, 2`;
}

/** Row type of `frameworkMemberFactsSql`. */
export interface FrameworkMemberFactRow {
  framework: string;
  iso3: string;
}

/**
 * The rows of {@link frameworkMembersSql} from the membership facts: rows counted per framework,
 * and those whose state is in the mask (test/sql/crosswalk-facts.test.ts compares the two paths).
 */
export function frameworkMembersFromFacts(
  rows: readonly FrameworkMemberFactRow[],
  facts: StateFacts,
  mask: ScopeMask,
): FrameworkMembersRow[] {
  const out = new Map<string, FrameworkMembersRow>();
  for (const r of rows) {
    let f = out.get(r.framework);
    if (!f) out.set(r.framework, (f = { framework: r.framework, members: 0, in_scope: 0 }));
    f.members++;
    if (inMask(facts, mask, r.iso3)) f.in_scope++;
  }
  return [...out.values()].sort((a, b) => (a.framework < b.framework ? -1 : a.framework > b.framework ? 1 : 0));
}

/** Row type of `frameworkMembersSql`. */
export interface FrameworkMembersRow {
  framework: string;
  members: number;
  in_scope: number;
}

/**
 * The norms one state is linked to through the frameworks it currently belongs to: one row per
 * framework × norm with the number of links and the strongest basis (stated beats editorial
 * beats title only).
 */
export function stateCommitmentsSql(iso3: string): string {
  return `WITH links AS (
  SELECT framework, item_id, norm_id, basis_type, source_id FROM regional_norm_links
  UNION ALL SELECT framework, item_id, norm_id, basis_type, source_id FROM (${OSCE_LINKS})),
mine AS (SELECT org_id AS framework, status, since FROM memberships WHERE iso3 = ${lit(iso3)} AND is_current)
SELECT l.framework, m.status, m.since, l.norm_id, n.short_title AS norm_title, count(*)::INTEGER AS links,
  CASE min(CASE l.basis_type WHEN 'stated_in_source' THEN 1 WHEN 'editorial' THEN 2 ELSE 3 END)
    WHEN 1 THEN 'stated_in_source' WHEN 2 THEN 'editorial' ELSE 'title_only' END AS best_basis,
  string_agg(DISTINCT l.item_id, ', ' ORDER BY l.item_id) AS items
FROM links l JOIN mine m USING (framework) JOIN norms n USING (norm_id)
GROUP BY l.framework, m.status, m.since, l.norm_id, n.short_title ORDER BY l.framework, l.norm_id`;
}

/** Row type of `stateCommitmentsSql`. */
export interface StateCommitmentRow {
  framework: string;
  status: string;
  since: number | null;
  norm_id: string;
  norm_title: string;
  links: number;
  best_basis: 'stated_in_source' | 'editorial' | 'title_only';
  items: string;
}
