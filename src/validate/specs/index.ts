import type { TableSpec } from '../types';
import { membershipsSpec, organisationsSpec, statesSpec } from './states';
import { ilQuestionsSpec, inferredRowsSpec, nationalPositionsSpec, positionsSpec } from './ilPositions';
import { firstCommitteeSpec, resolutionsSpec, separateVotesSpec, sponsorsSpec, votesSpec } from './ungaVotes';
import { capacitySpec, cbmsSpec, normsSpec, surveyQuestionsSpec } from './normsCapacity';
import { sourcesSpec } from './sources';
import { normCbmLinksSpec, surveySpec } from './survey';

/** A shipped CSV: its contract and which columns hold source URLs. */
export interface DataFile {
  spec: TableSpec;
  urlColumns: readonly string[];
}

/** Every CSV the build reads, keyed by path under data/. The build and the tests iterate this. */
export const DATA_FILES = {
  'sources/sources.csv': { spec: sourcesSpec, urlColumns: [] },
  'states/states.csv': { spec: statesSpec, urlColumns: [] },
  'states/memberships.csv': { spec: membershipsSpec, urlColumns: ['source_url'] },
  'states/organisations.csv': { spec: organisationsSpec, urlColumns: [] },
  'il-questions/il_questions.csv': { spec: ilQuestionsSpec, urlColumns: [] },
  'il-positions/positions.csv': { spec: positionsSpec, urlColumns: ['source_url'] },
  'il-positions/national_positions.csv': { spec: nationalPositionsSpec, urlColumns: ['source_url'] },
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
} as const satisfies Record<string, DataFile>;

/** Path of a shipped CSV under data/. */
export type DataPath = keyof typeof DATA_FILES;

/** All shipped CSV paths, in build order. */
export const DATA_PATHS = Object.keys(DATA_FILES) as DataPath[];
