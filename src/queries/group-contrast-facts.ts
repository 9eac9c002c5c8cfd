import { LAW_SET, type QuestionSet } from './question-set';
import type { GroupContrastRow } from './group-contrast';
import type { LawPositionRow } from './law-positions';

/**
 * Group against group without an engine round trip: who belongs to which side (UN regional
 * groups and current organisation memberships) and the group actors, read once per question
 * set; `groupContrastFromFacts` then gives exactly the rows of `groupContrastSql` for any two
 * sides. `test/sql/scope-facts.test.ts` compares both paths on every pair of sides.
 */
export function groupContrastFactsSql(set: QuestionSet = LAW_SET): string {
  return `SELECT 'state' AS row, s.un_regional_group AS k, s.iso3, true AS in_states, NULL::VARCHAR AS actor_id, NULL::VARCHAR AS actor_name
FROM states s WHERE s.un_regional_group IS NOT NULL
UNION ALL
SELECT 'member', m.org_id, m.iso3, coalesce(m.in_states, false), NULL, NULL FROM memberships m WHERE m.is_current
UNION ALL
SELECT 'actor', a.org_id, NULL, NULL, a.actor_id, a.actor_name FROM ${set.actors} a WHERE a.kind = 'group' AND a.org_id IS NOT NULL
ORDER BY row, k, iso3, actor_id`;
}

/** Row type of `groupContrastFactsSql`. */
export interface GroupContrastFactRow {
  /** state: k is its UN regional group; member: k is the organisation (current membership); actor: k is its organisation */
  row: 'state' | 'member' | 'actor';
  k: string;
  iso3: string | null;
  in_states: boolean | null;
  actor_id: string | null;
  actor_name: string | null;
}

type Position = Pick<LawPositionRow, 'actor_id' | 'question_id' | 'stance'>;
const STANCES = ['supports', 'qualified', 'opposes'] as const;
// DuckDB orders VARCHAR by bytes (as `<` on these ids); NULL last.
const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** `groupContrastSql(sides, set)`'s rows from the facts, the set's positions and its questions. */
export function groupContrastFromFacts(
  sides: readonly [string, string],
  facts: readonly GroupContrastFactRow[],
  positions: readonly Position[],
  questions: readonly { question_id: string; sort_order: number }[],
): GroupContrastRow[] {
  // A side: the states of the UN group plus the current members (that are states) of the organisation.
  const members = sides.map((k) => {
    const s = new Set<string>();
    for (const r of facts)
      if (r.k === k && r.iso3 !== null && (r.row === 'state' || (r.row === 'member' && r.in_states))) s.add(r.iso3);
    return s;
  });
  const order = new Map(questions.map((q) => [q.question_id, q.sort_order]));
  const out: GroupContrastRow[] = [];
  const blank = { actor_id: null, actor_name: null, stance: null, members: null, on_side: null };
  for (const side of [0, 1] as const)
    for (const q of questions) {
      const c = { supports: 0, qualified: 0, opposes: 0 };
      for (const p of positions)
        if (p.question_id === q.question_id && members[side].has(p.actor_id) && STANCES.includes(p.stance))
          c[p.stance]++;
      out.push({
        row: 'own',
        side,
        question_id: q.question_id,
        sort_order: q.sort_order,
        n: members[side].size,
        ...c,
        ...blank,
      });
    }
  // Collective lines: the side's own organisation, or a group actor most of whose current members are on the side.
  const current = facts.filter((r) => r.row === 'member');
  for (const a of facts) {
    if (a.row !== 'actor' || a.actor_id === null) continue;
    const orgMembers = current.filter((m) => m.k === a.k);
    if (orgMembers.length === 0) continue;
    for (const side of [0, 1] as const) {
      const onSide = orgMembers.filter((m) => m.iso3 !== null && members[side].has(m.iso3)).length;
      if (!(a.k === sides[side] || 2 * onSide > orgMembers.length)) continue;
      for (const p of positions) {
        const sortOrder = order.get(p.question_id);
        if (p.actor_id !== a.actor_id || sortOrder === undefined) continue;
        out.push({
          row: 'collective',
          side,
          question_id: p.question_id,
          sort_order: sortOrder,
          n: null,
          supports: 0,
          qualified: 0,
          opposes: 0,
          actor_id: a.actor_id,
          actor_name: a.actor_name,
          stance: p.stance,
          members: orgMembers.length,
          on_side: onSide,
        });
      }
    }
  }
  // ORDER BY sort_order, side, row DESC, actor_id
  return out.sort(
    (x, y) =>
      x.sort_order - y.sort_order ||
      x.side - y.side ||
      (x.row === y.row ? 0 : x.row === 'own' ? -1 : 1) ||
      cmp(x.actor_id, y.actor_id),
  );
}
