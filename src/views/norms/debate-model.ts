import { NORM_DEBATE_QUESTIONS, type NormDebateRow } from '../../queries/norm-debates';

/** Stance counts of the states in scope on one question. */
export interface StanceCounts {
  supports: number;
  qualified: number;
  opposes: number;
}

/** One norms question as the norm detail shows it. */
export interface NormDebateQuestion {
  questionId: string;
  title: string;
  /** states whose counted stance is tallied (group actors and AI-only rows never are) */
  states: StanceCounts;
  /** states in scope with a counted stance */
  spoken: number;
  stateRows: NormDebateRow[];
  groups: NormDebateRow[];
  /** actors known only from AI-generated summaries: listed, flagged, not counted */
  aiOnly: NormDebateRow[];
}

/**
 * Splits the rows per question: states' counted stances are tallied; group actors are rows of
 * their own (never counted as their members); AI-summary-only rows are listed apart, uncounted.
 * Every norms question appears, with empty lists when nobody in scope spoke on it.
 */
export function summariseNormDebates(rows: NormDebateRow[]): NormDebateQuestion[] {
  return NORM_DEBATE_QUESTIONS.map((qid) => {
    const rs = rows.filter((r) => r.question_id === qid);
    const stateRows = rs.filter((r) => r.kind === 'state' && r.counted);
    const states: StanceCounts = { supports: 0, qualified: 0, opposes: 0 };
    for (const r of stateRows) states[r.stance] += 1;
    return {
      questionId: qid,
      title: rs[0]?.short_title ?? qid,
      states,
      spoken: stateRows.length,
      stateRows,
      groups: rs.filter((r) => r.kind === 'group' && r.counted),
      aiOnly: rs.filter((r) => !r.counted),
    };
  });
}
