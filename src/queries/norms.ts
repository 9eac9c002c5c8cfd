import { withScope, type StateFilter } from './filter';
import { lit } from './sql';
import { answersSql, surveyRowsSql, type SurveySelection } from './survey-source';
import type { MeasureStatus } from '../analysis/ordinal';

/** The 11 norms with their own-words title and summary (norms table). */
export function normListSql(): string {
  return `SELECT norm_id, short_title, summary, gge2015_ref, theme, source_url, source_id FROM norms ORDER BY norm_id`;
}

/** Row type of `normListSql`. */
export interface NormRow {
  norm_id: string;
  short_title: string;
  summary: string;
  gge2015_ref: string;
  theme: string;
  source_url: string;
  source_id: string;
}

/** Name of the temp table holding every state's norm answers for one survey selection. */
export function normAnswersTable(sel: SurveySelection, importVersion: number): string {
  return `temp.main.norm_answers_${sel.year === null ? 'latest' : Math.trunc(sel.year)}_${sel.illustrative ? 1 : 0}_${sel.imported ? Math.trunc(importVersion) : 0}`;
}

const perNorm = (expr: string, sep = "''") => `string_agg(${expr}, ${sep} ORDER BY n.norm_id)`;

/**
 * Materialises each state's answers to the 11 norms as one compact row (decoded by
 * norm-wire.ts): answers depend on the survey selection, not on the filter, so they are
 * computed once per selection and a filter change only joins ≤ 195 small rows.
 */
export function createNormAnswersSql(sel: SurveySelection, table: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${table.replace(/^temp\.main\./, '')} AS
WITH answers AS (${answersSql(sel, 'norms')})
SELECT s.iso3,
  ${perNorm(`coalesce(a.status_level::VARCHAR, '.')`)} AS levels,
  ${perNorm(`coalesce(a.year::VARCHAR, '')`, "','")} AS years,
  ${perNorm(`coalesce(a.ch_mask::VARCHAR, '')`, "','")} AS masks,
  ${perNorm(`CASE a.capacity_need WHEN true THEN 'y' WHEN false THEN 'n' ELSE '.' END`)} AS needs,
  ${perNorm(`CASE a.capacity_offer WHEN true THEN 'y' WHEN false THEN 'n' ELSE '.' END`)} AS offers,
  ${perNorm(`CASE a.origin WHEN 'illustrative' THEN 'i' WHEN 'submitted' THEN 's' WHEN 'coded_from_document' THEN 'c' ELSE '.' END`)} AS origins,
  ${perNorm(`CASE a.dataset WHEN 'imported' THEN 'u' WHEN 'shipped' THEN 's' ELSE '.' END`)} AS datasets,
  count(a.status)::INTEGER AS answered
FROM states s CROSS JOIN norms n LEFT JOIN answers a ON a.iso3 = s.iso3 AND a.item = n.norm_id
GROUP BY s.iso3`;
}

/**
 * The states in scope with their compact norm answers (from `createNormAnswersSql`) and the
 * groupings the view compares: UN regional group, M49 region, membership of `org`. One small
 * query feeds the norms table, heat map, matrix and the detail's group charts.
 * @param table the materialised answers (normAnswersTable)
 * @param org organisation compared with the rest (`in_org`), or null
 */
export function normStatesSql(f: StateFilter, table: string, org: string | null): string {
  return withScope(f, normStatesBody(table, org, 'scope JOIN states s USING (iso3)'));
}

/**
 * The same rows as `normStatesSql` for every state (no filter): the per-state facts the Norms
 * view reduces in JS with the scope mask, read once per answers table and `org`.
 */
export function normStateFactsSql(table: string, org: string | null): string {
  return normStatesBody(table, org, 'states s');
}

function normStatesBody(table: string, org: string | null, from: string): string {
  const inOrg = org
    ? `s.iso3 IN (SELECT m.iso3 FROM memberships m WHERE m.org_id = ${lit(org)} AND m.is_current)`
    : 'false';
  return `SELECT s.iso3, s.name AS name, s.un_regional_group AS un_group, s.m49_region AS region, ${inOrg} AS in_org,
  w.levels, w.years, w.masks, w.needs, w.offers, w.origins, w.datasets, w.answered
FROM ${from} JOIN ${table} w USING (iso3)
ORDER BY s.iso3`;
}

/** Row type of `normStatesSql`: one state in scope; the strings hold one entry per norm a..k. */
export interface NormStateRow {
  iso3: string;
  name: string;
  un_group: string | null;
  region: string;
  in_org: boolean;
  /** one char per norm: status level 0–3, '.' = no answer */
  levels: string;
  /** comma-separated answer years ('' = no answer) */
  years: string;
  /** comma-separated challenge bit masks (bit i = SURVEY_CHALLENGES[i]) */
  masks: string;
  /** one char per norm: y / n / '.' (no answer) */
  needs: string;
  offers: string;
  /** one char per norm: i illustrative, s submitted, c coded from a document, '.' */
  origins: string;
  /** one char per norm: s shipped, u imported by the user, '.' */
  datasets: string;
  /** norms answered */
  answered: number;
}

/**
 * One norm's answers for every state (in scope or not: the map keeps its shape and the view
 * marks scope from the main query), with the evidence and source behind each answer.
 */
export function normDetailSql(sel: SurveySelection, normId: string): string {
  return `WITH answers AS (${answersSql(sel, 'norms')})
SELECT s.iso3, s.m49::INTEGER AS m49, s.name AS name, a.status, a.year, a.origin, a.dataset, a.evidence, a.source
FROM states s LEFT JOIN answers a ON a.iso3 = s.iso3 AND a.item = ${lit(normId)}
ORDER BY s.iso3`;
}

/** Row type of `normDetailSql`. */
export interface NormDetailRow {
  iso3: string;
  m49: number;
  name: string;
  status: MeasureStatus | null;
  year: number | null;
  origin: string | null;
  dataset: 'shipped' | 'imported' | null;
  evidence: string | null;
  source: string | null;
}

/** OSCE CBMs linked to a norm in the crosswalk, with the basis of each link. */
export function normCbmsSql(normId: string): string {
  return `SELECT l.cbm_no, c.short_title, c.summary, c.adopted, l.relation, l.basis, l.source_id
FROM norm_cbm_links l JOIN cbms c USING (cbm_no)
WHERE l.norm_id = ${lit(normId)}
ORDER BY l.relation DESC, l.cbm_no`;
}

/** Row type of `normCbmsSql`. */
export interface NormCbmRow {
  cbm_no: number;
  short_title: string;
  summary: string;
  adopted: string;
  relation: 'same_subject' | 'supports_implementation';
  basis: string;
  source_id: string;
}

/**
 * What norm answers exist at all (any state): rows and states per year, dataset and origin. Feeds
 * the year picker and the badges saying which kinds of data are being analysed.
 */
export function normDataSql(sel: Omit<SurveySelection, 'year'>): string {
  return `SELECT year, dataset, origin, count(*)::INTEGER AS rows, count(DISTINCT iso3)::INTEGER AS states
FROM (${surveyRowsSql({ ...sel, year: null }, 'norms')})
GROUP BY ALL ORDER BY year DESC, dataset, origin`;
}

/** Row type of `normDataSql`. */
export interface NormDataRow {
  year: number;
  dataset: 'shipped' | 'imported';
  origin: string;
  rows: number;
  states: number;
}

/**
 * The answers the view analyses, one row per state in scope × norm answered, for download:
 * `origin` (illustrative / submitted / coded) and `dataset` (shipped / imported) travel with
 * every row so an export can never pass generated rows off as States' answers.
 */
export function normAnswersExportSql(f: StateFilter, sel: SurveySelection): string {
  return withScope(
    f,
    `WITH answers AS (${answersSql(sel, 'norms', 'SELECT iso3 FROM scope')})
SELECT CASE WHEN a.origin = 'illustrative' THEN 'ILLUSTRATIVE — NOT STATE DATA' END AS data_stamp, a.iso3, s.name AS name, s.un_regional_group, a.item AS norm_id, a.year, a.status, a.status_score,
  a.capacity_need, a.capacity_offer, a.evidence, a.origin, a.dataset, a.source,
  CASE WHEN a.dataset = 'shipped' THEN a.source ELSE 'user-import' END AS source_id
FROM answers a JOIN states s USING (iso3)
ORDER BY a.iso3, a.item`,
  );
}

/** The norm ↔ CBM crosswalk with CBM titles, for download. */
export function normCbmLinksExportSql(): string {
  return `SELECT l.norm_id, n.short_title AS norm_title, l.cbm_no, c.short_title AS cbm_title, l.relation, l.basis, l.source_id
FROM norm_cbm_links l JOIN norms n USING (norm_id) JOIN cbms c USING (cbm_no) ORDER BY l.norm_id, l.cbm_no`;
}
