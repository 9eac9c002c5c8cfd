import type { StateFilter } from './filter';
import { lawScopeSql } from './law';
import { lit } from './sql';
import { DEFAULT_DEBATE_OPTIONS, debateSet, type DebateOptions } from './question-set';
import type { StatementSource } from './statements';

/**
 * The debate questions about the norms framework in general (statements/questions.csv): whether
 * the 11 agreed norms are the framework to implement, and whether new norms should be developed.
 * They speak of the norms as a whole, never of one norm.
 */
export const NORM_DEBATE_QUESTIONS = ['norms_sufficient', 'new_norms'] as const;

/**
 * Positions in UN debates on the norms, for the Norms view's norm detail: one row per actor in
 * scope × norms question with any statement. The actors in scope and the rows that count are
 * exactly those of the debates view (`#/law?set=debates`): actors from `lawScopeSql` over the
 * debates set (state actors in scope, group actors as their own rows), counted stance = the
 * set's positions (latest row after AI summaries are dropped). An actor whose only statements
 * are AI summaries keeps its latest one, `counted` false, so the screen can flag it.
 */
export function normDebatesSql(f: StateFilter, o: DebateOptions = DEFAULT_DEBATE_OPTIONS): string {
  const set = debateSet(o);
  const qs = NORM_DEBATE_QUESTIONS.map(lit).join(', ');
  return `WITH ls AS (${lawScopeSql(f, set)}),
act AS (SELECT actor_id, actor_name, kind FROM ls WHERE row = 'actor'),
pos AS ${set.positions}
SELECT q.question_id, q.sort_order::INTEGER AS sort_order, q.short_title, q.explanation,
  a.actor_id, a.actor_name, a.kind, h.stance, h.year::INTEGER AS year, h.forum, h.source_title, h.source_url,
  h.evidence_note, h.source_type, h.ai_summary, h.primary_source, h.source_strength, coalesce(h.weak_source, false) AS weak_source,
  p.actor_id IS NOT NULL AS counted
FROM statements h JOIN act a USING (actor_id) JOIN statement_questions q USING (question_id)
LEFT JOIN pos p ON p.actor_id = h.actor_id AND p.question_id = h.question_id AND p.year = h.year
WHERE h.question_id IN (${qs})${o.year === null ? '' : ` AND h.year = ${Math.trunc(o.year)}`}
QUALIFY row_number() OVER (PARTITION BY h.actor_id, h.question_id ORDER BY (p.actor_id IS NOT NULL) DESC, h.year DESC) = 1
ORDER BY q.sort_order, a.kind DESC, a.actor_name`;
}

/**
 * The same rows for every actor of the debates set, whatever the filter: read once, then kept to
 * the actors in scope in JS (`normDebatesFromFacts`), so a filter change with a norm open sends
 * nothing to the engine. Which statement an actor shows does not depend on the filter.
 */
export function normDebateFactsSql(o: DebateOptions = DEFAULT_DEBATE_OPTIONS): string {
  const set = debateSet(o);
  const qs = NORM_DEBATE_QUESTIONS.map(lit).join(', ');
  return `WITH act AS (SELECT actor_id, actor_name, kind FROM ${set.actors}),
pos AS ${set.positions}
SELECT q.question_id, q.sort_order::INTEGER AS sort_order, q.short_title, q.explanation,
  a.actor_id, a.actor_name, a.kind, h.stance, h.year::INTEGER AS year, h.forum, h.source_title, h.source_url,
  h.evidence_note, h.source_type, h.ai_summary, h.primary_source, h.source_strength, coalesce(h.weak_source, false) AS weak_source,
  p.actor_id IS NOT NULL AS counted
FROM statements h JOIN act a USING (actor_id) JOIN statement_questions q USING (question_id)
LEFT JOIN pos p ON p.actor_id = h.actor_id AND p.question_id = h.question_id AND p.year = h.year
WHERE h.question_id IN (${qs})${o.year === null ? '' : ` AND h.year = ${Math.trunc(o.year)}`}
QUALIFY row_number() OVER (PARTITION BY h.actor_id, h.question_id ORDER BY (p.actor_id IS NOT NULL) DESC, h.year DESC) = 1
ORDER BY q.sort_order, a.kind DESC, a.actor_name`;
}

/**
 * `normDebatesSql(f)`'s rows from `normDebateFactsSql()`'s and the actor rows in scope under `f`
 * (`lawScopeFromFacts` over the debates set: state actors in scope, group actors with members in scope).
 */
export function normDebatesFromFacts(
  rows: readonly NormDebateRow[],
  scope: readonly { row: string; actor_id: string | null }[],
): NormDebateRow[] {
  const inScope = new Set<string>();
  for (const r of scope) if (r.row === 'actor' && r.actor_id !== null) inScope.add(r.actor_id);
  return rows.filter((r) => inScope.has(r.actor_id));
}

/** Row type of `normDebatesSql`. */
export interface NormDebateRow extends StatementSource {
  sort_order: number;
  short_title: string;
  explanation: string;
  kind: 'state' | 'group';
  /** the stance the debates view counts (false: only AI summaries, left out of counts) */
  counted: boolean;
}
