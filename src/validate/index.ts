// Public surface of the validators. Pure TypeScript: no DuckDB, no Node modules, so the browser
// can run the same checks on user uploads that the build runs on data/.
export type { ValidationError, ColumnSpec, ColumnType, TableSpec, RawTable } from './types';
export { makeError } from './report';
export { checkValue, isIsoDate } from './values';
export { validateTable } from './table';
export { checkUnique, checkForeignKey } from './keys';
export { extractUrls, firstUrl, matchSource, parsePrefixes, type SourcePrefix } from './urls';
export { validateDataset } from './dataset';
export { sourcePrefixes } from './rules/sources';
export type { Tables } from './rules/tables';
export { DATA_FILES, DATA_PATHS, type DataPath, type CitationColumns } from './specs/index';
export { EXPECTED, NON_STATE_MEMBERS, GROUP_ACTORS, DATASET_SOURCES } from './specs/expectations';
export { STRENGTH_RANK } from './specs/sources';
export { STANCES, IL_SOURCE_STRENGTHS } from './specs/ilPositions';
export { STATEMENT_SOURCE_TYPES, STATEMENT_GROUP_ACTORS } from './specs/statements';
export { VOTE_CODES } from './specs/ungaVotes';
export { GCI_PILLARS } from './specs/normsCapacity';
export { parseCsv, type ParsedCsv } from './csv';
export {
  validateSurvey,
  surveyRowErrors,
  splitChallenges,
  itemsOfPart,
  type SurveyContext,
  type SurveyValidation,
} from './survey';
export * from './specs/survey';
export * from './specs/process';
export { parseBackers, isStateToken, type Backer } from './backers';
