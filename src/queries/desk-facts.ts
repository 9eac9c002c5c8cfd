/**
 * The Meetings and Proposed norms views' filter reductions over per-state facts (issue 15): the
 * rows are read once for every state, and a filter change is a pass over them with the scope
 * mask, in the same frame, with no engine round trip. `test/sql/desk-facts.test.ts` checks each
 * against the scoped SQL (`topicCoverageSql`, `backersSql`, `newNormStancesSql`) on a seeded
 * sample of filters.
 */
import type { ScopeMask, StateFacts } from './scope-facts';
import { inMask, scopeCount } from './scope-facts';
import { REGIONAL_COMMITMENT_ORGS, type TopicCoverageRow } from './meetings';
import { lit } from './sql';

/**
 * Per state (all of them): what `topicCoverageSql` counts. `survey_any` and `survey_real` are
 * only meaningful when the build has a survey table (`hasSurvey`); without one they are false.
 */
export function topicFactsSql(hasSurvey: boolean): string {
  const orgs = REGIONAL_COMMITMENT_ORGS.map(lit).join(', ');
  const survey = hasSurvey
    ? `sv AS (SELECT iso3, bool_or(origin <> 'illustrative') AS survey_real FROM survey_responses
         WHERE status IS NOT NULL GROUP BY iso3)`
    : `sv AS (SELECT NULL::VARCHAR AS iso3, NULL::BOOLEAN AS survey_real WHERE false)`;
  return `WITH
  law AS (SELECT DISTINCT a.iso3 FROM il_positions p JOIN actors a USING (actor_id) WHERE a.iso3 IS NOT NULL),
  ${survey},
  bk AS (SELECT DISTINCT iso3 FROM proposal_backers WHERE is_state AND iso3 IS NOT NULL),
  rg AS (SELECT DISTINCT iso3 FROM memberships WHERE is_current AND org_id IN (${orgs})),
  cp AS (SELECT DISTINCT iso3 FROM capacity_scores WHERE score IS NOT NULL)
SELECT s.iso3, law.iso3 IS NOT NULL AS law, sv.iso3 IS NOT NULL AS survey_any,
  coalesce(sv.survey_real, false) AS survey_real, bk.iso3 IS NOT NULL AS backer,
  rg.iso3 IS NOT NULL AS regional, cp.iso3 IS NOT NULL AS capacity
FROM states s LEFT JOIN law USING (iso3) LEFT JOIN sv USING (iso3) LEFT JOIN bk USING (iso3)
  LEFT JOIN rg USING (iso3) LEFT JOIN cp USING (iso3)
ORDER BY s.iso3`;
}

/** Row type of `topicFactsSql`. */
export interface TopicFactRow {
  iso3: string;
  law: boolean;
  /** a survey row with a status, of any origin */
  survey_any: boolean;
  /** a survey row with a status that is not illustrative */
  survey_real: boolean;
  backer: boolean;
  regional: boolean;
  capacity: boolean;
}

/**
 * `topicCoverageSql(f, hasSurvey)` from the facts and the mask of `f`: the same row.
 * @param illustrative the filter's illustrative switch (illustrative survey rows count)
 */
export function coverageFromFacts(
  rows: readonly TopicFactRow[],
  facts: StateFacts,
  mask: ScopeMask,
  illustrative: boolean,
  hasSurvey: boolean,
): TopicCoverageRow {
  const out = { in_scope: scopeCount(mask), law: 0, survey: 0, backers: 0, regional: 0, capacity: 0 };
  for (const r of rows) {
    if (!inMask(facts, mask, r.iso3)) continue;
    if (r.law) out.law++;
    if (illustrative ? r.survey_any : r.survey_real) out.survey++;
    if (r.backer) out.backers++;
    if (r.regional) out.regional++;
    if (r.capacity) out.capacity++;
  }
  return { ...out, survey: hasSurvey ? out.survey : null };
}

/**
 * Rows read once with no scope, flagged `in_scope` under a filter's mask: the rows the scoped
 * SQL returns (`coalesce(x IN scope, false)`: a missing or non-state key is out of scope).
 */
export function flagInScope<T extends object>(
  rows: readonly T[],
  key: (r: T) => string | null,
  facts: StateFacts,
  mask: ScopeMask,
): (T & { in_scope: boolean })[] {
  return rows.map((r) => ({ ...r, in_scope: inMask(facts, mask, key(r)) }));
}
