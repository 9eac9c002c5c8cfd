import { lit } from './sql';
import type { LawScopeRow } from './law';
import { NO_GROUP } from '../vocab/groups';
import type { LawByOrgRow, LawQuestionMapRow } from './law-question';
import type { LawPositionRow } from './law-positions';
import { LAW_SET, type QuestionSet } from './question-set';
import { inMask, type ScopeMask, type StateFacts } from './scope-facts';

/**
 * The Law view's per-state facts and their reductions: what `lawScopeSql`, `lawQuestionMapSql`
 * and `lawQuestionByOrgSql` compute for a filter, computed here from facts DuckDB reads once per
 * question set (and question), so a filter change is a JS pass over ≤ 195 states and a few
 * hundred stances. `test/sql/scope-facts.test.ts` compares both paths on seeded filters.
 */

/** Every actor of the set: a state actor's bucket, a group actor's current members (null: no member list). */
export function lawActorFactsSql(set: QuestionSet = LAW_SET): string {
  return `SELECT a.actor_id, a.actor_name, a.kind, a.iso3, coalesce(s.un_regional_group, '${NO_GROUP}') AS bucket,
  CASE WHEN a.kind = 'group' AND a.org_id IS NOT NULL
    THEN coalesce((SELECT list(m.iso3 ORDER BY m.iso3) FROM memberships m WHERE m.org_id = a.org_id AND m.is_current), []) END AS members
FROM ${set.actors} a LEFT JOIN states s ON s.iso3 = a.iso3
ORDER BY a.actor_id`;
}

/** Row type of `lawActorFactsSql`. */
export interface LawActorFactRow {
  actor_id: string;
  actor_name: string;
  kind: 'state' | 'group';
  iso3: string | null;
  bucket: string;
  members: string[] | null;
}

type Stance = Pick<LawPositionRow, 'actor_id' | 'question_id' | 'stance' | 'inferred' | 'strength_rank'>;
/** DuckDB compares VARCHAR by bytes; so does `<` on these ASCII ids. */
const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** `lawScopeSql`'s rows (actor, bucket, count) from actor facts, every position of the set and the mask. */
export function lawScopeFromFacts(
  actors: readonly LawActorFactRow[],
  positions: readonly Stance[],
  facts: StateFacts,
  mask: ScopeMask,
): LawScopeRow[] {
  const zero = { supports: 0, qualified: 0, opposes: 0, inferred: 0, weak: 0 };
  const out: LawScopeRow[] = [];
  const act = new Map<string, { kind: 'state' | 'group'; bucket: string }>();
  for (const a of actors) {
    if (a.kind === 'state' && inMask(facts, mask, a.iso3)) {
      act.set(a.actor_id, { kind: 'state', bucket: a.bucket });
      out.push({
        row: 'actor',
        question_id: null,
        kind: 'state',
        bucket: a.bucket,
        actor_id: a.actor_id,
        actor_name: a.actor_name,
        n: null,
        ...zero,
      });
    } else if (a.kind === 'group') {
      // As `count(*)` over current membership rows: the members in scope (null: no member list).
      const n = a.members === null ? null : a.members.filter((c) => inMask(facts, mask, c)).length;
      if (n === 0) continue;
      act.set(a.actor_id, { kind: 'group', bucket: a.actor_id });
      out.push({
        row: 'actor',
        question_id: null,
        kind: 'group',
        bucket: a.actor_id,
        actor_id: a.actor_id,
        actor_name: a.actor_name,
        n,
        ...zero,
      });
    }
  }
  const buckets = new Map<string, number>();
  for (let i = 0; i < facts.n; i++) {
    if (!mask[i]) continue;
    const b = facts.unGroup[i] ?? NO_GROUP;
    buckets.set(b, (buckets.get(b) ?? 0) + 1);
  }
  for (const [bucket, n] of buckets)
    out.push({ row: 'bucket', question_id: null, kind: 'state', bucket, actor_id: null, actor_name: null, n, ...zero });
  const counts = new Map<string, LawScopeRow>();
  for (const p of positions) {
    const a = act.get(p.actor_id);
    if (!a) continue;
    const key = `${p.question_id}\u0000${a.kind}\u0000${a.bucket}`;
    let c = counts.get(key);
    if (!c)
      counts.set(
        key,
        (c = {
          row: 'count',
          question_id: p.question_id,
          kind: a.kind,
          bucket: a.bucket,
          actor_id: null,
          actor_name: null,
          n: null,
          ...zero,
        }),
      );
    if (p.stance === 'supports' || p.stance === 'qualified' || p.stance === 'opposes') c[p.stance]++;
    if (p.inferred === true) c.inferred++;
    if (p.strength_rank !== null && p.strength_rank >= 4) c.weak++;
  }
  out.push(...counts.values());
  // ORDER BY row, question_id NULLS FIRST, kind DESC, bucket, actor_id
  return out.sort(
    (x, y) =>
      cmp(x.row, y.row) ||
      (x.question_id === null
        ? y.question_id === null
          ? 0
          : -1
        : y.question_id === null
          ? 1
          : cmp(x.question_id, y.question_id)) ||
      cmp(y.kind, x.kind) ||
      cmp(x.bucket, y.bucket) ||
      cmp(x.actor_id, y.actor_id),
  );
}

/** `lawQuestionMapSql`'s rows: computed for every state once per question; `in_scope` from the mask. */
export function lawMapFromFacts(
  rows: readonly LawQuestionMapRow[],
  facts: StateFacts,
  mask: ScopeMask,
): LawQuestionMapRow[] {
  return rows.map((r) => ({ ...r, in_scope: inMask(facts, mask, r.iso3) }));
}

/** Per organisation × current member: the member's own stance and the organisation's own position. */
export function lawByOrgFactsSql(questionId: string, set: QuestionSet = LAW_SET): string {
  const q = lit(questionId);
  return `SELECT o.org_id, o.org_name, o.completeness, m.iso3, own.stance, ga.actor_id AS group_actor, gp.stance AS group_stance
FROM organisations o
JOIN memberships m ON m.org_id = o.org_id AND m.is_current
LEFT JOIN ${set.positions} own ON own.actor_id = m.iso3 AND own.question_id = ${q}
LEFT JOIN ${set.actors} ga ON ga.org_id = o.org_id AND ga.kind = 'group'
LEFT JOIN ${set.positions} gp ON gp.actor_id = ga.actor_id AND gp.question_id = ${q}
ORDER BY o.org_id, m.iso3`;
}

/** Row type of `lawByOrgFactsSql`. */
export interface LawByOrgFactRow {
  org_id: string;
  org_name: string;
  completeness: 'complete' | 'partial';
  iso3: string;
  stance: 'supports' | 'qualified' | 'opposes' | null;
  group_actor: string | null;
  group_stance: 'supports' | 'qualified' | 'opposes' | null;
}

/** `lawQuestionByOrgSql`'s rows from the per-member facts and the mask. */
export function lawByOrgFromFacts(rows: readonly LawByOrgFactRow[], facts: StateFacts, mask: ScopeMask): LawByOrgRow[] {
  const acc = new Map<string, LawByOrgRow>();
  for (const r of rows) {
    if (!inMask(facts, mask, r.iso3)) continue;
    let o = acc.get(r.org_id);
    if (!o)
      acc.set(
        r.org_id,
        (o = {
          org_id: r.org_id,
          org_name: r.org_name,
          completeness: r.completeness,
          members_in_scope: 0,
          supports: 0,
          qualified: 0,
          opposes: 0,
          group_actor: null,
          group_stance: null,
        }),
      );
    o.members_in_scope++;
    if (r.stance !== null) o[r.stance]++;
    // any_value skips NULLs
    o.group_actor ??= r.group_actor;
    o.group_stance ??= r.group_stance;
  }
  const spoke = (o: LawByOrgRow) => o.supports + o.qualified + o.opposes;
  return [...acc.values()].sort((a, b) => spoke(b) - spoke(a) || cmp(a.org_name, b.org_name));
}
