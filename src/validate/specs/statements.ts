import type { ColumnSpec, TableSpec } from '../types';
import { STANCES } from './ilPositions';
import { oneOf, optionalText, sourceUrl, text, year } from './common';

/**
 * Tier of a statement's source (statements DATA.md, `source_type`). The first three are the
 * primary tier; `ai_summary` rows come from machine-generated meeting reports and are left out
 * of measures unless the user asks for them.
 */
export const STATEMENT_SOURCE_TYPES = [
  'national_statement',
  'group_statement',
  'national_submission',
  'press_summary',
  'unofficial_transcript',
  'news_report',
  'ai_summary',
] as const;

/** Group actors in the statements data (DATA.md "Group actors"): never copied onto members. */
export const STATEMENT_GROUP_ACTORS: ReadonlySet<string> = new Set(['EU', 'AU', 'ARAB', 'LMG', 'POA53']);

const actorId: ColumnSpec = {
  name: 'actor_id',
  type: 'string',
  pattern: /^[A-Z0-9]{2,5}$/,
  patternHint: 'an ISO3 code or a group code (EU, AU, ARAB, LMG, POA53)',
};
const questionId: ColumnSpec = {
  name: 'question_id',
  type: 'string',
  pattern: /^[a-z_]+$/,
  patternHint: 'a lower-case question id',
};

/** statements/statements.csv — actor × debate question × year. */
export const statementsSpec: TableSpec = {
  order: 'exact',
  columns: [
    actorId,
    text('actor_name'),
    questionId,
    oneOf('stance', STANCES),
    year('year', false),
    text('forum'),
    optionalText('speaker_on_behalf_of'),
    text('source_title'),
    sourceUrl(),
    text('evidence_note'),
    oneOf('source_type', STATEMENT_SOURCE_TYPES),
  ],
  unique: [['actor_id', 'question_id', 'year']],
};

/** statements/questions.csv — the ten debate questions with what each stance means. */
export const statementQuestionsSpec: TableSpec = {
  order: 'exact',
  columns: [
    questionId,
    text('short_title'),
    text('explanation'),
    text('supports_means'),
    text('qualified_means'),
    text('opposes_means'),
  ],
  unique: [['question_id']],
};
