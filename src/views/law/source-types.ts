/** Words for the statements' `source_type` (statements DATA.md). */
export const SOURCE_TYPE_LABEL: Readonly<Record<string, string>> = {
  national_statement: 'National statement',
  group_statement: 'Group statement',
  national_submission: 'Written submission',
  press_summary: 'UN press summary (not verbatim)',
  unofficial_transcript: 'Unofficial transcript',
  news_report: 'News report',
  ai_summary: 'AI-generated meeting summary',
};
