import { withScope, type StateFilter } from './filter';
import { NO_GROUP } from '../vocab/groups';
import type { SourceRow } from './sources';

/**
 * Capacity (ITU GCI 2020) queries. The scores of all 195 states change only when the data does,
 * so they are read once with every grouping label precomputed; a filter change re-runs only the
 * small scope query. Aggregation (medians, quartiles, gaps) is done by `analysis/` on these rows,
 * so the measures are defined once.
 */

/** GCI pillars in ITU's order (overall first), with their maximum score. */
export const GCI_PILLARS = [
  { id: 'overall', label: 'Overall', max: 100 },
  { id: 'legal', label: 'Legal', max: 20 },
  { id: 'technical', label: 'Technical', max: 20 },
  { id: 'organizational', label: 'Organisational', max: 20 },
  { id: 'capacity_development', label: 'Capacity development', max: 20 },
  { id: 'cooperation', label: 'Cooperation', max: 20 },
] as const;

/** A GCI pillar id as stored in `capacity_scores.pillar`. */
export type GciPillar = (typeof GCI_PILLARS)[number]['id'];

/** The dimensions states can be grouped by on the capacity view (URL `by=`). */
export type CapacityGrouping = 'group' | 'region' | 'ldc' | 'sids' | 'income';

/**
 * SQL label of a state's group under each grouping; `s` is the states table. Labels never NULL:
 * a state without a group (observers, one unclassified income) gets a named bucket so it is
 * counted, not dropped.
 */
export const GROUPING_SQL: Record<CapacityGrouping, string> = {
  group: `coalesce(s.un_regional_group, '${NO_GROUP}')`,
  region: 's.m49_region',
  ldc: "CASE WHEN s.ldc THEN 'LDC' ELSE 'Not LDC' END",
  sids: "CASE WHEN s.sids THEN 'SIDS' ELSE 'Not SIDS' END",
  income: "coalesce(s.income_group, 'Not classified')",
};

/**
 * Every state × every GCI 2020 pillar (195 × 6 rows), including states the index has no record
 * for (`has_record` false, score NULL) so they can be counted as missing rather than vanish.
 * Filter-independent: run once.
 */
export function capacityScoresSql(): string {
  return `SELECT s.iso3, s.m49::INTEGER AS m49, s.name AS name,
  ${GROUPING_SQL.group} AS g_group, ${GROUPING_SQL.region} AS g_region, ${GROUPING_SQL.ldc} AS g_ldc,
  ${GROUPING_SQL.sids} AS g_sids, ${GROUPING_SQL.income} AS g_income,
  p.pillar, c.score, p.max_score, coalesce(c.withheld, false) AS withheld, c.iso3 IS NOT NULL AS has_record,
  c.note, c.source_id
FROM states s
CROSS JOIN (SELECT DISTINCT pillar, max_score FROM capacity_scores WHERE edition = 2020) p
LEFT JOIN capacity_scores c ON c.iso3 = s.iso3 AND c.pillar = p.pillar AND c.edition = 2020
ORDER BY s.iso3, p.pillar`;
}

/** Row type of `capacityScoresSql`. */
export interface CapacityScoreRow {
  iso3: string;
  m49: number;
  name: string;
  g_group: string;
  g_region: string;
  g_ldc: string;
  g_sids: string;
  g_income: string;
  pillar: GciPillar;
  /** NULL = not assessed, withheld or pillar missing: never read as 0 */
  score: number | null;
  max_score: number;
  withheld: boolean;
  /** false when the GCI 2020 file has no row for the state at all */
  has_record: boolean;
  note: string | null;
  source_id: string | null;
}

/** The iso3 of every state in scope (the filter-dependent part of the capacity view). */
export function capacityScopeSql(f: StateFilter): string {
  return withScope(f, 'SELECT iso3 FROM scope ORDER BY iso3');
}

/** Row type of `capacityScopeSql`. */
export interface ScopeIso3Row {
  iso3: string;
}

/**
 * The sources behind the capacity scores, with their licence text, so the view can state the
 * terms of reuse next to the numbers (rows whose `supplies` names `capacity_scores`).
 */
export function capacitySourcesSql(): string {
  return `SELECT source_id, title, url, publisher, date, licence FROM sources
WHERE source_id IN (SELECT DISTINCT source_id FROM capacity_scores) OR supplies LIKE 'capacity_scores%'
ORDER BY strength_rank, source_id`;
}

/** Row type of `capacitySourcesSql`. */
export type CapacitySourceRow = Pick<SourceRow, 'source_id' | 'title' | 'url' | 'publisher' | 'date' | 'licence'>;

/** One state's ITU GCI 2020 score on one pillar, as the Compare and Profile views read it. */
export interface GciScoreRow {
  iso3: string;
  pillar: string;
  score: number | null;
  max_score: number;
  withheld: boolean;
  source_id: string;
}
