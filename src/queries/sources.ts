/** Every source, with how many shipped fact rows cite it (the About page's table). */
export function sourcesSql(): string {
  return `WITH cited AS (
  SELECT source_id FROM states UNION ALL SELECT source_id FROM memberships
  UNION ALL SELECT source_id FROM il_positions UNION ALL SELECT source_id FROM il_questions
  UNION ALL SELECT source_id FROM position_documents UNION ALL SELECT source_id FROM resolutions
  UNION ALL SELECT source_id FROM votes UNION ALL SELECT source_id FROM sponsors
  UNION ALL SELECT source_id FROM fc_named_votes UNION ALL SELECT source_id FROM norms
  UNION ALL SELECT source_id FROM cbms UNION ALL SELECT source_id FROM capacity_scores
  UNION ALL SELECT source_id FROM survey_questions
  UNION ALL SELECT source_id FROM committee_votes UNION ALL SELECT source_id FROM separate_votes
  UNION ALL SELECT source_id FROM survey_questions UNION ALL SELECT source_id FROM statements
  UNION ALL SELECT source_id FROM statement_questions
)
SELECT s.source_id, s.title, s.url, s.publisher, s.date, s.licence, s.strength, s.strength_rank::INTEGER AS strength_rank,
  s.supplies, coalesce(s.weak_source, false) AS weak_source, count(c.source_id)::INTEGER AS rows_cited
FROM sources s LEFT JOIN cited c USING (source_id)
GROUP BY ALL ORDER BY rows_cited DESC, s.source_id`;
}

/** Row type of `sourcesSql`. */
export interface SourceRow {
  source_id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  date: string | null;
  licence: string | null;
  strength: string;
  strength_rank: number;
  supplies: string | null;
  /** thread reader, aggregator, mirror, machine copy or site root */
  weak_source: boolean;
  rows_cited: number;
}

/** States list for pickers and name lookups: UN name shown; the common name only as a search alias. */
export function stateNamesSql(): string {
  return `SELECT iso3, name, name_common AS alias, un_regional_group AS un_group, m49_region AS region, un_member
FROM states ORDER BY name`;
}

/** Row type of `stateNamesSql`. */
export interface StateNameRow {
  iso3: string;
  /** UN name (states.name) */
  name: string;
  /** common English name (states.name_common): a search alias in pickers, never a label */
  alias: string;
  un_group: string | null;
  region: string;
  un_member: boolean;
}
