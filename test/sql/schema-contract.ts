// Column names and DuckDB types of every shipped table, transcribed from data/SCHEMA.md. Other
// engineers write SQL against this contract, so the build test compares the real file with it.
const V = 'VARCHAR';
const I = 'INTEGER';
const B = 'BOOLEAN';
const D = 'DOUBLE';

export const SCHEMA_CONTRACT: Record<string, [string, string][]> = {
  sources: [['source_id', V], ['title', V], ['url', V], ['publisher', V], ['date', V], ['licence', V],
    ['strength', V], ['strength_rank', I], ['supplies', V], ['kind', V], ['host_id', V], ['weak_source', B],
    ['weak_reason', V], ['site_root', B]],
  states: [['iso3', V], ['iso2', V], ['m49', I], ['name', V], ['name_common', V], ['un_member', B],
    ['un_observer_state', B], ['m49_region', V], ['m49_subregion', V], ['m49_intermediate_region', V],
    ['un_regional_group', V], ['rg_special_case', B], ['ldc', B], ['lldc', B], ['sids', B], ['income_group', V],
    ['income_group_fy26_partial', V], ['wb_lending_category', V], ['notes', V], ['sources', V], ['source_id', V]],
  organisations: [['org_id', V], ['org_name', V], ['rows', I], ['completeness', V], ['caveat', V]],
  memberships: [['iso3', V], ['org_id', V], ['org_name', V], ['status', V], ['since', I], ['until', I],
    ['is_current', B], ['in_states', B], ['inferred', B], ['source_url', V], ['notes', V], ['source_id', V]],
  actors: [['actor_id', V], ['actor_name', V], ['kind', V], ['iso3', V], ['org_id', V]],
  il_questions: [['question_id', V], ['sort_order', I], ['short_title', V], ['explanation', V],
    ['supports_means', V], ['qualified_means', V], ['opposes_means', V], ['source_id', V]],
  il_positions: [['actor_id', V], ['actor_name', V], ['question_id', V], ['stance', V], ['stance_value', D],
    ['year', I], ['source_title', V], ['source_url', V], ['evidence_note', V], ['source_id', V],
    ['source_strength', V], ['strength_rank', I], ['source_strength_coded', V], ['change', V], ['inferred', B],
    ['inferred_reason', V], ['weak_source', B]],
  position_documents: [['actor_id', V], ['actor_name', V], ['year', I], ['title', V], ['title_confirmed', B],
    ['source_url', V], ['forum', V], ['change', V], ['source_id', V], ['weak_source', B]],
  resolutions: [['resolution_id', V], ['short_label', V], ['session', I], ['date', 'DATE'], ['title', V],
    ['sponsor_lead', V], ['yes', I], ['no', I], ['abstain', I], ['non_voting', I], ['track', V], ['body', V],
    ['per_country', V], ['adopted_without_vote', B], ['totals_basis', V], ['voeten_rcid', I], ['notes', V],
    ['draft_symbol', V], ['committee_report', V], ['meeting_record', V], ['previous_status', V], ['source_url', V],
    ['source_id', V]],
  votes: [['resolution_id', V], ['iso3', V], ['vote', V], ['vote_value', D], ['identification', V],
    ['identification_note', V], ['voeten_rcid', I], ['cross_check', V], ['source_url', V], ['source_id', V]],
  sponsors: [['resolution_id', V], ['iso3', V], ['role', V], ['stage', V], ['stage_kind', V], ['name_in_source', V],
    ['note', V], ['source_url', V], ['source_id', V]],
  fc_named_votes: [['resolution_id', V], ['plenary_resolution', V], ['iso3', V], ['vote', V], ['source_url', V],
    ['source_id', V]],
  norms: [['norm_id', V], ['short_title', V], ['summary', V], ['gge2015_ref', V], ['theme', V], ['source_url', V],
    ['source_id', V], ['read_at_source_id', V]],
  cbms: [['cbm_no', I], ['short_title', V], ['summary', V], ['adopted', V], ['source_url', V],
    ['numbering_source', V], ['source_id', V]],
  capacity_scores: [['iso3', V], ['edition', I], ['pillar', V], ['score', D], ['max_score', D], ['withheld', B],
    ['note', V], ['source_url', V], ['source_id', V]],
  survey_questions: [['section', V], ['question_id', V], ['question_paraphrase', V], ['answer_type', V],
    ['basis', V], ['source_url', V], ['source_id', V]],
  survey_responses: [['iso3', V], ['year', I], ['part', V], ['item', V], ['status', V], ['status_level', I],
    ['status_score', D], ['challenges', V], ['ch_legal_framework', B], ['ch_technical_expertise', B], ['ch_funding', B],
    ['ch_coordination', B], ['ch_information_sharing', B], ['ch_other', B], ['capacity_need', B], ['capacity_offer', B],
    ['evidence', V], ['origin', V], ['source', V], ['source_id', V]],
  norm_cbm_links: [['norm_id', V], ['cbm_no', I], ['relation', V], ['basis', V], ['source_id', V]],
  committee_votes: [['draft_symbol', V], ['committee', V], ['session', I], ['date', 'DATE'], ['plenary_resolution', V],
    ['yes', I], ['no', I], ['abstain', I], ['named_no', V], ['named_abstain', V], ['named_no_iso3', V],
    ['named_abstain_iso3', V], ['notes', V], ['source_url', V], ['source_id', V]],
  separate_votes: [['draft_or_resolution', V], ['body', V], ['provision', V], ['outcome', V], ['yes', I], ['no', I],
    ['abstain', I], ['date', 'DATE'], ['notes', V], ['source_url', V], ['source_id', V]],
  source_hosts: [['host_id', V], ['title', V], ['publisher', V], ['licence', V], ['strength', V], ['strength_rank', I],
    ['supplies', V], ['url_prefixes', V]],
  statement_questions: [['question_id', V], ['sort_order', I], ['short_title', V], ['explanation', V],
    ['supports_means', V], ['qualified_means', V], ['opposes_means', V], ['source_id', V]],
  statement_actors: [['actor_id', V], ['actor_name', V], ['kind', V], ['iso3', V], ['org_id', V]],
  statements: [['actor_id', V], ['actor_name', V], ['question_id', V], ['stance', V], ['stance_value', D], ['year', I],
    ['forum', V], ['speaker_on_behalf_of', V], ['source_title', V], ['source_url', V], ['evidence_note', V],
    ['source_type', V], ['ai_summary', B], ['primary_source', B], ['source_strength', V], ['strength_rank', I],
    ['source_id', V], ['weak_source', B], ['latest', B]],
};

/** Tables whose every row must carry a source_id (every fact row points at `sources`). */
export const FACT_TABLES = Object.entries(SCHEMA_CONTRACT)
  .filter(([name, cols]) => name !== 'sources' && cols.some(([c]) => c === 'source_id'))
  .map(([name]) => name);
