/**
 * A question set: actors × questions × stances, analysed by the same queries and components.
 * Two sets ship: the 14 international-law questions (il_positions) and the ten questions on
 * norms and the UN process stated in UN debates (statements). Each set names its tables and a
 * `positions` relation with one row per actor × question and the same columns, so the law
 * queries run unchanged over either.
 */

/** Which question set. */
export type QuestionSetId = 'law' | 'debates';

/** How debate statements become one stance per actor × question. */
export interface DebateOptions {
  /** count rows from machine-generated meeting summaries (`ai_summary`); off by default */
  includeAi: boolean;
  /** null: the actor's latest stance; a year: only stances stated in that year */
  year: number | null;
}

/** Default debate options: latest stance, AI summaries left out. */
export const DEFAULT_DEBATE_OPTIONS: DebateOptions = Object.freeze({ includeAi: false, year: null });

/** Tables and the positions relation of one question set. */
export interface QuestionSet {
  id: QuestionSetId;
  /** questions table: question_id, sort_order, short_title, explanation, *_means, source_id */
  questions: string;
  /** actors table: actor_id, actor_name, kind, iso3, org_id (NULL for a group without a member list) */
  actors: string;
  /**
   * Parenthesised relation, one row per actor × question: actor_id, question_id, stance, year,
   * inferred, strength_rank, source_strength, source_title, source_url, evidence_note,
   * source_id, weak_source, source_type, ai_summary.
   */
  positions: string;
}

/** The international-law set: exactly the tables the Law view has always read. */
export const LAW_SET: QuestionSet = Object.freeze({
  id: 'law',
  questions: 'il_questions',
  actors: 'actors',
  positions: `(SELECT actor_id, question_id, stance, year, inferred, strength_rank, source_strength, source_title, source_url,
    evidence_note, source_id, weak_source, NULL::VARCHAR AS source_type, false AS ai_summary FROM il_positions)`,
}) as QuestionSet;

/**
 * Debate statements that may be counted under the options: AI summaries only when asked for,
 * and only the chosen year when one is picked. Shared by the positions relation and the
 * history list so both agree on which rows count.
 */
export function debateRowsWhere(o: DebateOptions): string {
  const where = [o.includeAi ? 'true' : 'NOT ai_summary'];
  if (o.year !== null) where.push(`year = ${Math.trunc(o.year)}`);
  return where.join(' AND ');
}

/**
 * The debates set: per actor × question the latest statement among the rows that count
 * (AI summaries are dropped before "latest" is chosen, so an AI row never hides an older
 * primary one). Ties in a year cannot occur: (actor, question, year) is the key.
 */
export function debateSet(o: DebateOptions = DEFAULT_DEBATE_OPTIONS): QuestionSet {
  return {
    id: 'debates',
    questions: 'statement_questions',
    actors: 'statement_actors',
    positions: `(SELECT actor_id, question_id, stance, year, false AS inferred, strength_rank, source_strength, source_title, source_url,
    evidence_note, source_id, weak_source, source_type, ai_summary FROM statements
  WHERE ${debateRowsWhere(o)}
  QUALIFY row_number() OVER (PARTITION BY actor_id, question_id ORDER BY year DESC) = 1)`,
  };
}
