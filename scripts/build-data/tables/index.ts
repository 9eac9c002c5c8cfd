import type { TableDef } from './types';
import { memberships, organisations, sourceHosts, sources, states } from './reference';
import { actors, ilPositions, ilQuestions, positionDocuments } from './il';
import { committeeVotes, fcNamedVotes, resolutions, separateVotes, sponsors, votes } from './votes';
import { capacityScores, cbms, norms, surveyQuestions } from './norms';
import { normCbmLinks, surveyResponses } from './survey';
import {
  eventAgendaItems,
  eventDocuments,
  normProposals,
  pocDirectoryCounts,
  processEvents,
  proposalBackers,
  regionalMeasures,
  regionalNormLinks,
  stakeholderParticipation,
} from './process';
import { commitmentResolutions, evidenceSources, normEvidence } from './evidence';
import { statementActors, statementQuestions, statements } from './statements';

/** Every shipped table, in the order of data/SCHEMA.md. */
export const TABLES: readonly TableDef[] = [
  sources,
  states,
  organisations,
  memberships,
  actors,
  ilQuestions,
  ilPositions,
  positionDocuments,
  resolutions,
  votes,
  sponsors,
  fcNamedVotes,
  norms,
  cbms,
  capacityScores,
  surveyQuestions,
  surveyResponses,
  normCbmLinks,
  committeeVotes,
  separateVotes,
  processEvents,
  eventAgendaItems,
  eventDocuments,
  normProposals,
  proposalBackers,
  regionalMeasures,
  regionalNormLinks,
  pocDirectoryCounts,
  stakeholderParticipation,
  evidenceSources,
  commitmentResolutions,
  normEvidence,
  sourceHosts,
  statementQuestions,
  statementActors,
  statements,
];

export type { TableDef } from './types';
