/**
 * Survey (National Survey of Implementation) statuses for the outputs: a state's latest answer
 * per norm. Every shipped survey row is illustrative, and `origin` travels with each row so the
 * screen and the brief can say so. Callers first check that `survey_responses` exists
 * (`tableExistsSql` in export.ts): the table is optional in older builds.
 */
import { withScope, type StateFilter } from './filter';
import { lit, litList } from './sql';
import { SURVEY_LATEST_ORDER, surveyTableSql } from './survey-source';

/** Latest recorded answer per state and norm; illustrative rows only when the filter's switch allows. */
const latest = (
  illustrative: boolean,
  imported: boolean,
) => `SELECT * FROM ${surveyTableSql(imported)} WHERE part = 'norms' AND status IS NOT NULL${illustrative ? '' : " AND origin <> 'illustrative'"}
  QUALIFY row_number() OVER (PARTITION BY iso3, item ORDER BY ${SURVEY_LATEST_ORDER}) = 1`;

/**
 * Each named state's latest status on each of the 11 norms (all norms listed; NULL = no answer).
 * @param illustrative include generated rows (the filter bar's "illustrative data" switch)
 * @param imported include the rows the user imported this session
 */
export function surveyStatusSql(iso3s: readonly string[], illustrative = true, imported = false): string {
  if (iso3s.length === 0) return `SELECT NULL::VARCHAR AS iso3 WHERE false`;
  return `WITH latest AS (${latest(illustrative, imported)} AND iso3 IN ${litList(iso3s)}),
st AS (SELECT iso3 FROM states WHERE iso3 IN ${litList(iso3s)})
SELECT st.iso3, n.norm_id, n.short_title, l.year, l.status, l.status_score, l.capacity_need, l.capacity_offer, l.evidence,
  l.origin, l.source_id
FROM st CROSS JOIN norms n LEFT JOIN latest l ON l.iso3 = st.iso3 AND l.item = n.norm_id
ORDER BY st.iso3, n.norm_id`;
}

/** Row type of `surveyStatusSql`. */
export interface SurveyStatusRow {
  iso3: string;
  norm_id: string;
  short_title: string;
  year: number | null;
  status: 'none' | 'planned' | 'partial' | 'implemented' | null;
  status_score: number | null;
  capacity_need: boolean | null;
  capacity_offer: boolean | null;
  evidence: string | null;
  origin: string | null;
  source_id: string | null;
}

/**
 * Latest status on one norm of every state in scope plus the named extra states (the brief's
 * audience), with each state's UN regional group for group measures.
 */
export function surveyNormScopeSql(
  f: StateFilter,
  normId: string,
  include: readonly string[] = [],
  imported = false,
): string {
  const extra = include.length ? ` OR s.iso3 IN ${litList(include)}` : '';
  return withScope(
    f,
    `WITH latest AS (${latest(f.illustrative, imported)} AND item = ${lit(normId)})
SELECT s.iso3, s.name AS name, s.un_regional_group AS un_group, s.iso3 IN (SELECT iso3 FROM scope) AS in_scope,
  l.year, l.status, l.status_score, l.capacity_need, l.capacity_offer, l.origin, l.source_id
FROM states s LEFT JOIN latest l USING (iso3)
WHERE s.iso3 IN (SELECT iso3 FROM scope)${extra}
ORDER BY s.iso3`,
  );
}

/** Row type of `surveyNormScopeSql`. */
export interface SurveyNormScopeRow {
  iso3: string;
  name: string;
  un_group: string | null;
  in_scope: boolean;
  year: number | null;
  status: 'none' | 'planned' | 'partial' | 'implemented' | null;
  status_score: number | null;
  capacity_need: boolean | null;
  capacity_offer: boolean | null;
  origin: string | null;
  source_id: string | null;
}
