import { SURVEY_CHALLENGES, type SurveyPart } from '../validate/specs/survey';
import { lit } from './sql';
import { SURVEY_TABLE_COLUMNS, typedSurveyColumns } from './survey-rows';

/**
 * Which survey rows an analysis reads: the shipped (illustrative) table, the rows a user
 * imported this session, or both, and which answer counts for each state and item.
 */

/** In-memory table holding a user's imported rows; never part of the shipped file. */
export const IMPORTED_SURVEY = 'temp.main.imported_survey';
/** Name under which the validated import is registered for DuckDB's CSV reader. */
export const IMPORTED_FILE = 'cg-imported-survey.csv';

/** What survey data is in play. */
export interface SurveySelection {
  /** whether imported rows exist and are analysed */
  imported: boolean;
  /** whether rows with origin = illustrative are analysed (the filter bar's switch) */
  illustrative: boolean;
  /** null: each state's latest answer; a year: that year's answers only */
  year: number | null;
}

/** Default: shipped data only, illustrative hidden (generated data only on request), latest answers. */
export const DEFAULT_SURVEY: SurveySelection = { imported: false, illustrative: false, year: null };

/** The challenge flags as one integer: bit i set when SURVEY_CHALLENGES[i] was listed. */
export const CHALLENGE_MASK_SQL = SURVEY_CHALLENGES.map((c, i) => `(CASE WHEN ch_${c} THEN ${1 << i} ELSE 0 END)`).join(
  ' + ',
);

/**
 * Rows of one survey part from the shipped table and (when imported) the user's table, with
 * `dataset` = 'shipped' or 'imported'. Illustrative rows are dropped when the switch is off.
 */
export function surveyRowsSql(sel: SurveySelection, part: SurveyPart): string {
  const where = `part = ${lit(part)}${sel.illustrative ? '' : ` AND origin <> 'illustrative'`}`;
  const cols = SURVEY_TABLE_COLUMNS.join(', ');
  const shipped = `SELECT ${cols}, 'shipped' AS dataset FROM survey_responses WHERE ${where}`;
  if (!sel.imported) return shipped;
  return `${shipped}\n  UNION ALL SELECT ${cols}, 'imported' AS dataset FROM ${IMPORTED_SURVEY} WHERE ${where}`;
}

/**
 * One answer per state and item: the latest year with a status (a blank answer never erases an
 * earlier one), or the chosen year. On a tie an imported row beats a shipped one and a real row
 * beats an illustrative one, so a delegation's own data takes precedence.
 * Columns: iso3, item, year, status, status_level, status_score, ch_mask, capacity_need,
 * capacity_offer, evidence, origin, source, dataset.
 * @param statesSql optional SQL list of iso3 to keep (e.g. `SELECT iso3 FROM scope`)
 */
export function answersSql(sel: SurveySelection, part: SurveyPart, statesSql?: string): string {
  const conds = ['status IS NOT NULL'];
  if (sel.year !== null) conds.push(`year = ${Math.trunc(sel.year)}`);
  if (statesSql) conds.push(`iso3 IN (${statesSql})`);
  const key = `year * 4 + (CASE WHEN dataset = 'imported' THEN 2 ELSE 0 END) + (CASE WHEN origin <> 'illustrative' THEN 1 ELSE 0 END)`;
  // arg_max_null, not max_by: max_by skips rows whose value is NULL, which would take a blank
  // capacity need from the latest answer and silently fill it from an older one.
  const pick = (c: string) => `arg_max_null(${c}, k) AS ${c}`;
  return `SELECT iso3, item, ${pick('year')}, ${pick('status')}, ${pick('status_level')}, ${pick('status_score')},
    ${pick('ch_mask')}, ${pick('capacity_need')}, ${pick('capacity_offer')}, ${pick('evidence')}, ${pick('origin')},
    ${pick('source')}, ${pick('dataset')}
  FROM (SELECT *, ${key} AS k, ${CHALLENGE_MASK_SQL} AS ch_mask FROM (${surveyRowsSql(sel, part)}) WHERE ${conds.join(' AND ')})
  GROUP BY iso3, item`;
}

/**
 * Statement that (re)creates the imported table from the registered, already validated CSV
 * (`file`: the name it was registered under; each import uses its own),
 * typed exactly like the shipped table; source_id says the row came from the user.
 */
export function createImportedSql(columns: readonly string[], file: string = IMPORTED_FILE): string {
  const spec = `{${columns.map((c) => `'${c}': 'VARCHAR'`).join(', ')}}`;
  return `CREATE OR REPLACE TEMP TABLE imported_survey AS
SELECT ${typedSurveyColumns('r', `'user-import'`)}
FROM read_csv('${file.replaceAll("'", "''")}', header = true, auto_detect = false, columns = ${spec},
  delim = ',', quote = '"', escape = '"', all_varchar = true) r`;
}

/**
 * The survey relation every view reads (Norms, State profile, Compare, Brief, Capacity, opinion
 * map): the shipped table, plus the user's imported rows when loaded (same columns; their
 * source_id is 'user-import'). One source, so an import shows up everywhere.
 */
export function surveyTableSql(imported: boolean): string {
  return imported
    ? `(SELECT * FROM survey_responses UNION ALL BY NAME SELECT * FROM ${IMPORTED_SURVEY})`
    : 'survey_responses';
}

/** Order of preference among a state's answers to one item: latest year, then the user's own import. */
export const SURVEY_LATEST_ORDER = `year DESC, (source_id = 'user-import') DESC`;

/** Statement that forgets the imported rows. */
export const DROP_IMPORTED_SQL = `DROP TABLE IF EXISTS ${IMPORTED_SURVEY}`;
