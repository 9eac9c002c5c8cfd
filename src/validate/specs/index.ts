import type { TableSpec } from '../types';
import { membershipsSpec, organisationsSpec, statesSpec } from './states';
import { ilQuestionsSpec, inferredRowsSpec, nationalPositionsSpec, positionsSpec } from './ilPositions';
import { firstCommitteeSpec, resolutionsSpec, separateVotesSpec, sponsorsSpec, votesSpec } from './ungaVotes';
import { capacitySpec, cbmsSpec, normsSpec, surveyQuestionsSpec } from './normsCapacity';
import { sourcesSpec, weakHostsSpec } from './sources';
import { normCbmLinksSpec, surveySpec } from './survey';
import {
  normProposalsSpec,
  pocDirectoryCountsSpec,
  processEventsSpec,
  regionalMeasuresSpec,
  regionalNormLinksSpec,
  stakeholderParticipationSpec,
} from './process';
import { commitmentResolutionsSpec, evidenceSourcesSpec, normEvidenceSpec } from './normEvidence';
import { statementQuestionsSpec, statementsSpec } from './statements';

/**
 * How a file's rows describe the document they cite: the column with its title, its year, and
 * the row's own source-strength column with the project strength each value maps to. A file
 * with its own strength column may cite hosts that sources.csv does not list.
 */
export interface CitationColumns {
  title?: string;
  year?: string;
  strength?: { column: string; map: Readonly<Record<string, string>> };
}

/** A shipped CSV: its contract and which columns hold source URLs. */
export interface DataFile {
  spec: TableSpec;
  urlColumns: readonly string[];
  citation?: CitationColumns;
}

/** il-positions-2 `source_strength` → project strength (DATA.md: toolkit_mirror counts as derivative). */
const IL_STRENGTH = {
  state_text: 'state_text',
  toolkit: 'toolkit',
  toolkit_mirror: 'derivative',
  analysis: 'analysis',
  secondary: 'secondary',
  derivative: 'derivative',
} as const;
/**
 * statements `source_type` → project strength: the primary tier is the actor's own text; a UN
 * press summary is an official (not verbatim) record; transcripts and AI summaries are copies.
 */
const STATEMENT_STRENGTH = {
  national_statement: 'state_text',
  group_statement: 'state_text',
  national_submission: 'state_text',
  press_summary: 'official',
  unofficial_transcript: 'derivative',
  news_report: 'secondary',
  ai_summary: 'derivative',
} as const;

/** Every CSV the build reads, keyed by path under data/. The build and the tests iterate this. */
export const DATA_FILES = {
  'sources/sources.csv': { spec: sourcesSpec, urlColumns: [] },
  'states/states.csv': { spec: statesSpec, urlColumns: [] },
  'states/memberships.csv': { spec: membershipsSpec, urlColumns: ['source_url'] },
  'states/organisations.csv': { spec: organisationsSpec, urlColumns: [] },
  'il-questions/il_questions.csv': { spec: ilQuestionsSpec, urlColumns: [] },
  'il-positions/positions.csv': {
    spec: positionsSpec,
    urlColumns: ['source_url'],
    citation: { title: 'source_title', year: 'year', strength: { column: 'source_strength', map: IL_STRENGTH } },
  },
  'il-positions/national_positions.csv': {
    spec: nationalPositionsSpec,
    urlColumns: ['source_url'],
    citation: { title: 'title', year: 'year' },
  },
  'il-positions/inferred_rows.csv': { spec: inferredRowsSpec, urlColumns: [] },
  'unga-votes/resolutions.csv': { spec: resolutionsSpec, urlColumns: ['source_url'] },
  'unga-votes/votes.csv': { spec: votesSpec, urlColumns: ['source_url'] },
  'unga-votes/sponsors.csv': { spec: sponsorsSpec, urlColumns: ['source_url'] },
  'unga-votes/first_committee.csv': { spec: firstCommitteeSpec, urlColumns: ['source_url'] },
  'unga-votes/separate_votes.csv': { spec: separateVotesSpec, urlColumns: ['source_url'] },
  'norms-capacity/norms.csv': { spec: normsSpec, urlColumns: ['source_url'] },
  'norms-capacity/cbms.csv': { spec: cbmsSpec, urlColumns: ['source_url', 'numbering_source'] },
  'norms-capacity/capacity.csv': { spec: capacitySpec, urlColumns: ['source_url'] },
  'norms-capacity/survey_questions.csv': { spec: surveyQuestionsSpec, urlColumns: ['source_url'] },
  'survey/survey_illustrative.csv': { spec: surveySpec, urlColumns: [] },
  'crosswalk/norm_cbm_links.csv': { spec: normCbmLinksSpec, urlColumns: [] },
  'process/process_events.csv': { spec: processEventsSpec, urlColumns: ['source_url'] },
  'process/norm_proposals.csv': { spec: normProposalsSpec, urlColumns: ['source_url'] },
  'process/regional_measures.csv': { spec: regionalMeasuresSpec, urlColumns: ['source_url'] },
  'process/regional_norm_links.csv': { spec: regionalNormLinksSpec, urlColumns: ['source_url'] },
  'process/poc_directory_counts.csv': { spec: pocDirectoryCountsSpec, urlColumns: ['source_url'] },
  'process/stakeholder_participation.csv': { spec: stakeholderParticipationSpec, urlColumns: ['source_url'] },
  'norm-evidence/norm_evidence.csv': { spec: normEvidenceSpec, urlColumns: ['source_url'] },
  'norm-evidence/evidence_sources.csv': { spec: evidenceSourcesSpec, urlColumns: [] },
  'norm-evidence/commitment_resolutions.csv': {
    spec: commitmentResolutionsSpec,
    urlColumns: ['document_url', 'read_from'],
  },
  'statements/statements.csv': {
    spec: statementsSpec,
    urlColumns: ['source_url'],
    citation: { title: 'source_title', year: 'year', strength: { column: 'source_type', map: STATEMENT_STRENGTH } },
  },
  'statements/questions.csv': { spec: statementQuestionsSpec, urlColumns: [] },
  'sources/weak_hosts.csv': { spec: weakHostsSpec, urlColumns: [] },
} as const satisfies Record<string, DataFile>;

/** Path of a shipped CSV under data/. */
export type DataPath = keyof typeof DATA_FILES;

/** All shipped CSV paths, in build order. */
export const DATA_PATHS = Object.keys(DATA_FILES) as DataPath[];
