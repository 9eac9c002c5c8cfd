/**
 * Every stance stated in UN debates, all years, with its source tier and flags (not filtered:
 * the view keeps the rows of the actors in scope). The debates question set counts one row per
 * actor × question (`debateSet`); this list is the history behind it: every year, AI summaries
 * included and flagged, so the screen can show what was left out and why.
 */
export function debateHistorySql(): string {
  return `SELECT actor_id, actor_name, question_id, stance, year, forum, speaker_on_behalf_of, source_title, source_url,
  evidence_note, source_type, ai_summary, primary_source, source_strength, strength_rank::INTEGER AS strength_rank,
  source_id, coalesce(weak_source, false) AS weak_source
FROM statements ORDER BY actor_id, question_id, year DESC`;
}

/** One stance stated in a UN debate with its source: the columns every statements query returns. */
export interface StatementSource {
  actor_id: string;
  actor_name: string;
  question_id: string;
  stance: 'supports' | 'qualified' | 'opposes';
  year: number;
  forum: string;
  source_title: string;
  source_url: string;
  evidence_note: string;
  /** national_statement · group_statement · national_submission · press_summary · unofficial_transcript · news_report · ai_summary */
  source_type: string;
  ai_summary: boolean;
  /** the actor's own text (statement, group statement or written submission) */
  primary_source: boolean;
  source_strength: string;
  weak_source: boolean;
}

/** Row type of `debateHistorySql`. */
export interface DebateHistoryRow extends StatementSource {
  speaker_on_behalf_of: string | null;
  strength_rank: number;
  source_id: string;
}
