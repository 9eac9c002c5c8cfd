import { withScope, type StateFilter } from './filter';
import { LAW_SET, type QuestionSet } from './question-set';
import { NO_GROUP } from '../vocab/groups';

/**
 * International law: who said what on the 14 legal questions. "Actors in scope" are the state
 * actors whose iso3 is in scope plus the group actors (AU, EU, NATO) with at least one current
 * member in scope. A group actor is always its own actor: its stance is never copied onto its
 * members (the "covered by a group position" layer is a separate query: `lawQuestionMapSql`).
 */

/** Label of the bucket for states in scope without a UN regional group (observer states). */

/** The set's questions with their plain-language meanings (independent of the filter). */
export function lawQuestionsSql(set: QuestionSet = LAW_SET): string {
  return `SELECT question_id, sort_order::INTEGER AS sort_order, short_title, explanation,
  supports_means, qualified_means, opposes_means, source_id
FROM ${set.questions} ORDER BY sort_order`;
}

/** Row type of `lawQuestionsSql`. */
export interface LawQuestionRow {
  question_id: string;
  sort_order: number;
  short_title: string;
  explanation: string;
  supports_means: string;
  qualified_means: string;
  opposes_means: string;
  source_id: string;
}

/**
 * Everything the law view needs about the states in scope, in one round trip (the view's one
 * filter-dependent query). Three kinds of rows, in a fixed order so ties resolve the same way
 * every time:
 * - `actor`: one per actor in scope: state actors whose iso3 is in scope (`bucket` = their UN
 *   regional group) and group actors (AU, EU, NATO) with a current member in scope (`bucket` =
 *   their own id, `n` = their current members in scope);
 * - `bucket`: one per UN regional group with states in scope, `n` = its states in scope,
 *   whether they spoke or not (the denominator of coverage);
 * - `count`: stance counts, aggregated here, per question × bucket where at least one actor of
 *   the bucket took a stance; a pair without a row has none.
 * State actors' ids are their ISO3 codes, so positions join the states in scope directly; a
 * group actor's stance only ever lands in its own bucket, never in its members'. A group with no
 * membership list in the data (org_id NULL: the Arab Group, the like-minded group, the PoA
 * co-sponsors in the debates set) cannot be tied to the states in scope: it is kept as an actor
 * under every filter, with `n` NULL.
 */
export function lawScopeSql(f: StateFilter, set: QuestionSet = LAW_SET): string {
  return withScope(
    f,
    `WITH st AS (
  SELECT s.iso3, coalesce(s.un_regional_group, '${NO_GROUP}') AS bucket FROM states s WHERE s.iso3 IN (SELECT iso3 FROM scope)
),
gm AS (
  SELECT m.org_id, count(*)::INTEGER AS n FROM memberships m
  WHERE m.is_current AND m.iso3 IN (SELECT iso3 FROM scope) GROUP BY m.org_id
),
act AS (
  SELECT a.actor_id, a.actor_name, 'state' AS kind, st.bucket, NULL::INTEGER AS n
  FROM ${set.actors} a JOIN st ON st.iso3 = a.iso3 WHERE a.kind = 'state'
  UNION ALL
  SELECT a.actor_id, a.actor_name, 'group', a.actor_id, gm.n
  FROM ${set.actors} a LEFT JOIN gm ON gm.org_id = a.org_id WHERE a.kind = 'group' AND (a.org_id IS NULL OR gm.n IS NOT NULL)
),
pos AS (
  SELECT p.question_id, act.kind, act.bucket, p.stance, p.inferred, p.strength_rank
  FROM ${set.positions} p JOIN act USING (actor_id)
)
SELECT 'actor' AS row, NULL::VARCHAR AS question_id, kind, bucket, actor_id, actor_name, n,
  0 AS supports, 0 AS qualified, 0 AS opposes, 0 AS inferred, 0 AS weak
FROM act
UNION ALL
SELECT 'bucket', NULL, 'state', bucket, NULL, NULL, count(*)::INTEGER, 0, 0, 0, 0, 0 FROM st GROUP BY bucket
UNION ALL
SELECT 'count', question_id, kind, bucket, NULL, NULL, NULL,
  count(*) FILTER (WHERE stance = 'supports')::INTEGER,
  count(*) FILTER (WHERE stance = 'qualified')::INTEGER,
  count(*) FILTER (WHERE stance = 'opposes')::INTEGER,
  count(*) FILTER (WHERE inferred)::INTEGER,
  count(*) FILTER (WHERE strength_rank >= 4)::INTEGER
FROM pos GROUP BY question_id, kind, bucket
ORDER BY row, question_id NULLS FIRST, kind DESC, bucket, actor_id`,
  );
}

/** Row type of `lawScopeSql`. */
export interface LawScopeRow {
  row: 'actor' | 'bucket' | 'count';
  /** count rows only */
  question_id: string | null;
  kind: 'state' | 'group';
  /** UN regional group (states, observers: NO_GROUP) or the group actor's own id */
  bucket: string;
  /** actor rows only */
  actor_id: string | null;
  actor_name: string | null;
  /** bucket rows: states in scope; group actor rows: current members in scope (null: no member list); else null */
  n: number | null;
  supports: number;
  qualified: number;
  opposes: number;
  /** rows whose coding DATA.md calls inferred */
  inferred: number;
  /** rows resting on a secondary or derivative source (strength rank 4–5) */
  weak: number;
}
