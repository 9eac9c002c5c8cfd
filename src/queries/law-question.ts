import { withScope, type StateFilter } from './filter';
import { lit } from './sql';
import { LAW_SET, type QuestionSet } from './question-set';

/**
 * Join condition for a state's own position on the question: a state actor's id is its ISO3
 * code (group actors have ids such as AU that are no ISO3), so this never picks up a group's row.
 */
function ownOn(alias: string, iso3: string, questionId: string): string {
  return `${alias}.actor_id = ${iso3} AND ${alias}.question_id = ${lit(questionId)}`;
}

/**
 * One row per state (all 195, so the map keeps its shape): its own stance on the question, and
 * separately the group actors (AU, EU, NATO) it currently belongs to that took a position.
 * `covered_stance` is the groups' stance when they agree, 'mixed' otherwise; it is a layer of
 * its own and never stands in for `stance`.
 */
export function lawQuestionMapSql(f: StateFilter, questionId: string, set: QuestionSet = LAW_SET): string {
  return withScope(f, questionMapBody(questionId, set, 's.iso3 IN (SELECT iso3 FROM scope)'));
}

/** `lawQuestionMapSql` without a filter (`in_scope` false): facts whose `in_scope` is set in JS (`lawMapFromFacts`). */
export function lawQuestionMapFactsSql(questionId: string, set: QuestionSet = LAW_SET): string {
  return questionMapBody(questionId, set, 'false');
}

function questionMapBody(questionId: string, set: QuestionSet, inScope: string): string {
  return `WITH cov AS (
  SELECT m.iso3, string_agg(ga.actor_id, ', ' ORDER BY ga.actor_id) AS covered_by,
    CASE WHEN count(DISTINCT g.stance) = 1 THEN any_value(g.stance) ELSE 'mixed' END AS covered_stance
  FROM ${set.positions} g
  JOIN ${set.actors} ga ON ga.actor_id = g.actor_id AND ga.kind = 'group'
  JOIN memberships m ON m.org_id = ga.org_id AND m.is_current
  WHERE g.question_id = ${lit(questionId)}
  GROUP BY m.iso3
)
SELECT s.iso3, s.m49::INTEGER AS m49, s.name AS name, s.un_regional_group AS un_group,
  ${inScope} AS in_scope, own.stance, own.inferred, own.strength_rank,
  cov.covered_by, cov.covered_stance
FROM states s LEFT JOIN ${set.positions} own ON ${ownOn('own', 's.iso3', questionId)} LEFT JOIN cov ON cov.iso3 = s.iso3
ORDER BY s.iso3`;
}

/** Row type of `lawQuestionMapSql`. */
export interface LawQuestionMapRow {
  iso3: string;
  m49: number;
  name: string;
  un_group: string | null;
  in_scope: boolean;
  stance: 'supports' | 'qualified' | 'opposes' | null;
  inferred: boolean | null;
  strength_rank: number | null;
  covered_by: string | null;
  covered_stance: 'supports' | 'qualified' | 'opposes' | 'mixed' | null;
}

/**
 * Stance on the question by organisation: for each organisation with current members in
 * scope, its member states' own stances (counted per state), and apart from them the
 * organisation's own position where it speaks as a group actor.
 */
export function lawQuestionByOrgSql(f: StateFilter, questionId: string, set: QuestionSet = LAW_SET): string {
  return withScope(
    f,
    `SELECT o.org_id, o.org_name, o.completeness, count(*)::INTEGER AS members_in_scope,
  count(own.stance) FILTER (WHERE own.stance = 'supports')::INTEGER AS supports,
  count(own.stance) FILTER (WHERE own.stance = 'qualified')::INTEGER AS qualified,
  count(own.stance) FILTER (WHERE own.stance = 'opposes')::INTEGER AS opposes,
  any_value(ga.actor_id) AS group_actor, any_value(gp.stance) AS group_stance
FROM organisations o
JOIN memberships m ON m.org_id = o.org_id AND m.is_current AND m.iso3 IN (SELECT iso3 FROM scope)
LEFT JOIN ${set.positions} own ON ${ownOn('own', 'm.iso3', questionId)}
LEFT JOIN ${set.actors} ga ON ga.org_id = o.org_id AND ga.kind = 'group'
LEFT JOIN ${set.positions} gp ON gp.actor_id = ga.actor_id AND gp.question_id = ${lit(questionId)}
GROUP BY o.org_id, o.org_name, o.completeness
ORDER BY count(own.stance) DESC, o.org_name`,
  );
}

/** Row type of `lawQuestionByOrgSql`. */
export interface LawByOrgRow {
  org_id: string;
  org_name: string;
  completeness: 'complete' | 'partial';
  members_in_scope: number;
  supports: number;
  qualified: number;
  opposes: number;
  /** AU / EU / NATO when the organisation speaks as a group actor, else null */
  group_actor: string | null;
  group_stance: 'supports' | 'qualified' | 'opposes' | null;
}
