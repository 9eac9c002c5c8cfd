import { ident, litList } from './sql';
import { ROLL_CALL_TOKEN } from './alignment-votes';
import { surveyTableSql } from './survey-source';

/**
 * Items of the opinion map: roll calls (`v:<token>`), legal questions (`q:<question_id>`) and,
 * when the illustrative National Survey table exists and the user opts in, the 11 norms
 * (`s:<norm_id>`, the measure status a state reports for that norm).
 */
export type ItemFamily = 'votes' | 'il' | 'survey';

/** Which items of each family are chosen: 'all', or a list of keys (empty = none). */
export type ItemChoice = Record<ItemFamily, 'all' | string[]>;

/** Where the survey table keeps what the map needs (column names differ between schemas). */
export interface SurveyShape {
  item: string;
  status: string;
  year: string | null;
  part: string | null;
  /** `origin` column (submitted / coded_from_document / illustrative), null if absent */
  origin: string | null;
}

/** Columns of the shipped `survey_responses` table; no rows when it does not exist. */
export function surveyColumnsSql(): string {
  return `SELECT column_name FROM duckdb_columns() WHERE table_name = 'survey_responses' AND database_name = current_database() ORDER BY column_index`;
}

/** Row type of `surveyColumnsSql`. */
export interface ColumnRow {
  column_name: string;
}

/**
 * Reads the survey table's shape from its columns, or null when the map cannot use it (no
 * table, or no state / item / status column).
 * @param columns column names of `survey_responses`
 */
export function surveyShape(columns: readonly string[]): SurveyShape | null {
  const pick = (names: string[]) => names.find((n) => columns.includes(n)) ?? null;
  const item = pick(['norm_id', 'item_id', 'item']);
  const status = pick(['measure_status', 'status']);
  if (!columns.includes('iso3') || item === null || status === null) return null;
  return {
    item,
    status,
    year: pick(['year']),
    part: pick(['part', 'survey_part', 'section']),
    origin: pick(['origin']),
  };
}

/**
 * Each state's most recent answered status per norm, scored like MEASURE_SCALE (implemented 1,
 * partial 0.5, planned and none 0). Illustrative rows only when the filter bar allows them.
 */
function surveyValuesSql(s: SurveyShape, keys: 'all' | string[], illustrative: boolean, imported: boolean): string {
  const col = (c: string) => `sr.${ident(c)}`;
  const part = s.part ? `AND lower(${col(s.part)}) LIKE '%norm%'` : '';
  const origin = !illustrative && s.origin ? `AND ${col(s.origin)} IS DISTINCT FROM 'illustrative'` : '';
  const only = keys === 'all' ? '' : `AND ${col(s.item)} IN ${keys.length ? litList(keys) : "('')"}`;
  const latest = s.year ? `${col(s.year)} DESC` : '1';
  return `SELECT 's:' || item AS item, iso3, value FROM (
    SELECT sr.iso3, ${col(s.item)} AS item,
      CASE ${col(s.status)} WHEN 'implemented' THEN 1.0 WHEN 'partial' THEN 0.5 WHEN 'planned' THEN 0.0 WHEN 'none' THEN 0.0 END AS value,
      row_number() OVER (PARTITION BY sr.iso3, ${col(s.item)} ORDER BY ${latest}) AS latest
    FROM ${surveyTableSql(imported)} sr
    WHERE ${col(s.item)} IN (SELECT norm_id FROM norms) AND ${col(s.status)} IS NOT NULL ${part} ${origin} ${only})
  WHERE latest = 1 AND value IS NOT NULL`;
}

function inList(column: string, keys: 'all' | string[]): string {
  return keys === 'all' ? '' : `AND ${column} IN ${keys.length ? litList(keys) : "('')"}`;
}

/**
 * Every item the map can use: id, family, label, detail and the caveat to show with it
 * (inferred roll-call identity, inferred legal codings, illustrative survey data).
 * @param survey the survey table's shape, or null to leave survey items out (no table, or
 *   illustrative data switched off and nothing imported)
 * @param imported the user's imported survey rows are loaded (same columns as the shipped table)
 */
export function opinionItemsSql(survey: SurveyShape | null, imported = false): string {
  // The caveat is read from the rows: every shipped survey row is illustrative today, but a
  // norm with submitted answers only would not carry the badge.
  const caveat = survey?.origin
    ? `CASE WHEN EXISTS (SELECT 1 FROM ${surveyTableSql(imported)} sr WHERE sr.${ident(survey.item)} = n.norm_id AND sr.${ident(survey.origin)} = 'illustrative') THEN 'illustrative survey data' END`
    : `'survey data of unknown origin'`;
  const surveyPart = survey
    ? `UNION ALL
SELECT 'survey', 's:' || n.norm_id, 'Norm (' || n.norm_id || ') ' || n.short_title, NULL, n.summary, ${caveat}, 3, n.norm_id FROM norms n`
    : '';
  return `SELECT 'votes' AS family, 'v:' || ${ROLL_CALL_TOKEN} AS item, r.short_label AS label, r.track, r.title AS detail,
  CASE WHEN v.identification = 'inferred' THEN 'roll call identity inferred' END AS caveat, 1 AS fam_order, strftime(r.date, '%Y-%m-%d') || r.resolution_id AS sort_key
FROM resolutions r JOIN (SELECT resolution_id, any_value(identification) AS identification FROM votes GROUP BY 1) v USING (resolution_id)
UNION ALL
SELECT 'il', 'q:' || q.question_id, q.short_title, NULL, q.explanation,
  CASE WHEN p.inferred > 0 THEN p.inferred || ' of ' || p.n || ' codings inferred' END, 2, lpad(q.sort_order::VARCHAR, 4, '0')
FROM il_questions q LEFT JOIN (
  SELECT question_id, count(*) AS n, count(*) FILTER (WHERE p.inferred) AS inferred
  FROM il_positions p JOIN actors a USING (actor_id) WHERE a.kind = 'state' GROUP BY question_id) p USING (question_id)
${surveyPart}
ORDER BY fam_order, sort_key`;
}

/** Row type of `opinionItemsSql`. */
export interface OpinionItemRow {
  family: ItemFamily;
  item: string;
  label: string;
  /** roll-call track (oewg, gge, poa, joint, other); null for other families */
  track: string | null;
  detail: string | null;
  caveat: string | null;
}

/**
 * Scores of every state on the chosen items, long format (state, item, value in [0, 1]).
 * Silence is absence of a row: X votes and unstated positions are not rows. Group actors (AU,
 * EU, NATO) are not states and are never copied onto members. Not filtered by scope: the view
 * keeps the rows of the states in `scopeStatesSql`, so a filter change costs no re-read.
 * @param choice chosen items
 * @param survey the survey table's shape, or null
 * @param illustrative the filter bar's switch (DESIGN §3: one switch hides generated data)
 * @param imported analyse the user's imported survey rows too
 */
export function opinionValuesSql(
  choice: ItemChoice,
  survey: SurveyShape | null,
  illustrative: boolean,
  imported = false,
): string {
  const parts: string[] = [];
  if (choice.votes === 'all' || choice.votes.length) {
    parts.push(`SELECT 'v:' || ${ROLL_CALL_TOKEN} AS item, v.iso3, v.vote_value AS value
  FROM votes v JOIN resolutions r USING (resolution_id) WHERE v.vote <> 'X' ${inList(ROLL_CALL_TOKEN, choice.votes)}`);
  }
  if (choice.il === 'all' || choice.il.length) {
    parts.push(`SELECT 'q:' || p.question_id, a.iso3, p.stance_value
  FROM il_positions p JOIN actors a USING (actor_id) WHERE a.kind = 'state' ${inList('p.question_id', choice.il)}`);
  }
  if (survey && (choice.survey === 'all' || choice.survey.length))
    parts.push(surveyValuesSql(survey, choice.survey, illustrative, imported));
  if (parts.length === 0)
    return 'SELECT NULL::VARCHAR AS iso3, NULL::VARCHAR AS item, NULL::DOUBLE AS value WHERE false';
  return `SELECT x.iso3, x.item, x.value::DOUBLE AS value FROM (${parts.join('\nUNION ALL\n')}) x
WHERE x.iso3 IN (SELECT iso3 FROM states)
ORDER BY x.iso3, x.item`;
}

/** Row type of `opinionValuesSql`. */
export interface OpinionValueRow {
  iso3: string;
  item: string;
  value: number;
}
