/** Published counts of the global POC directory and facts on stakeholder participation. */

/** POC directory counts, oldest first, with the source's wording and strength. */
export function pocCountsSql(): string {
  return `SELECT strftime(c.as_of, '%Y-%m-%d') AS as_of, c.count_text, c.count_min, c.measure, c.source_url, c.source_quality,
  c.notes, c.derivative, c.source_id
FROM poc_directory_counts c ORDER BY c.as_of`;
}

/** Row type of `pocCountsSql`. */
export interface PocCountRow {
  as_of: string;
  count_text: string;
  count_min: number;
  measure: string;
  source_url: string;
  source_quality: string;
  notes: string | null;
  derivative: boolean;
  source_id: string;
}

/** Stakeholder participation facts in date order. */
export function stakeholderFactsSql(): string {
  return `SELECT record_id, body, date, metric, value, detail_own_words, source_url, source_quality, notes, derivative, source_id
FROM stakeholder_participation ORDER BY date, record_id`;
}

/** Row type of `stakeholderFactsSql`. */
export interface StakeholderFactRow {
  record_id: string;
  body: string;
  date: string;
  metric: string;
  value: string;
  detail_own_words: string;
  source_url: string;
  source_quality: string;
  notes: string | null;
  derivative: boolean;
  source_id: string;
}
