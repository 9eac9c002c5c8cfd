import { lit } from './sql';
import { LAW_SET, type QuestionSet } from './question-set';

/**
 * Group against group (issue 18): for two sides, each a UN regional group (`African`, `WEOG`,
 * …) or an organisation (`AU`, `EU`, …, current members), per question the member states' OWN
 * stances counted, and apart from them the collective positions that speak for the side: for an
 * organisation side its own group actor; for a UN-group side every group actor (AU, EU, NATO)
 * most of whose current members sit in that group. A collective row is never counted among the
 * states' answers. Independent of the global filter: a side is the whole group.
 * Rows: `own` (side, question_id, n = states on the side, stance counts; every question, zero
 * counts included) and `collective` (side, question_id, actor, stance, members = current
 * members of the organisation, members_on_side).
 */
export function groupContrastSql(sides: [string, string], set: QuestionSet = LAW_SET): string {
  const sideRows = sides
    .map(
      (k, i) => `SELECT ${i} AS side, s.iso3 FROM states s WHERE s.un_regional_group = ${lit(k)}
  UNION SELECT ${i}, m.iso3 FROM memberships m WHERE m.is_current AND m.in_states AND m.org_id = ${lit(k)}`,
    )
    .join('\n  UNION ALL ');
  const keys = sides.map((k, i) => `SELECT ${i} AS side, ${lit(k)} AS k`).join(' UNION ALL ');
  return `WITH side AS (
  ${sideRows}
),
sk AS (${keys}),
q AS (SELECT question_id, sort_order FROM ${set.questions}),
pos AS ${set.positions},
own AS (
  SELECT sk.side, q.question_id, q.sort_order,
    (SELECT count(*) FROM side WHERE side.side = sk.side)::INTEGER AS n,
    count(p.stance) FILTER (WHERE p.stance = 'supports')::INTEGER AS supports,
    count(p.stance) FILTER (WHERE p.stance = 'qualified')::INTEGER AS qualified,
    count(p.stance) FILTER (WHERE p.stance = 'opposes')::INTEGER AS opposes
  FROM sk CROSS JOIN q
  LEFT JOIN side ON side.side = sk.side
  LEFT JOIN pos p ON p.actor_id = side.iso3 AND p.question_id = q.question_id
  GROUP BY sk.side, q.question_id, q.sort_order
),
ga AS (
  SELECT a.actor_id, a.actor_name, a.org_id, count(m.iso3)::INTEGER AS members
  FROM ${set.actors} a JOIN memberships m ON m.org_id = a.org_id AND m.is_current
  WHERE a.kind = 'group' GROUP BY a.actor_id, a.actor_name, a.org_id
),
gs AS (
  SELECT sk.side, ga.actor_id, ga.actor_name, ga.members,
    (SELECT count(*) FROM memberships m JOIN side ON side.iso3 = m.iso3 AND side.side = sk.side
      WHERE m.org_id = ga.org_id AND m.is_current)::INTEGER AS on_side, ga.org_id = sk.k AS is_side
  FROM sk CROSS JOIN ga
)
SELECT 'own' AS row, side, question_id, sort_order, n, supports, qualified, opposes,
  NULL::VARCHAR AS actor_id, NULL::VARCHAR AS actor_name, NULL::VARCHAR AS stance, NULL::INTEGER AS members, NULL::INTEGER AS on_side
FROM own
UNION ALL
SELECT 'collective', gs.side, p.question_id, q.sort_order, NULL, 0, 0, 0, gs.actor_id, gs.actor_name, p.stance, gs.members, gs.on_side
FROM gs JOIN pos p ON p.actor_id = gs.actor_id JOIN q ON q.question_id = p.question_id
WHERE gs.is_side OR 2 * gs.on_side > gs.members
ORDER BY sort_order, side, row DESC, actor_id`;
}

/** Row type of `groupContrastSql`. */
export interface GroupContrastRow {
  row: 'own' | 'collective';
  side: 0 | 1;
  question_id: string;
  sort_order: number;
  /** own rows: states on the side */
  n: number | null;
  supports: number;
  qualified: number;
  opposes: number;
  /** collective rows: the group actor, its stance, its current members and those on the side */
  actor_id: string | null;
  actor_name: string | null;
  stance: 'supports' | 'qualified' | 'opposes' | null;
  members: number | null;
  on_side: number | null;
}
