import type { ColumnSpec, TableSpec } from '../types';
import { int, oneOf, sourceUrl, text, year } from './common';

/** Coded stances; silence is the absence of a row. */
export const STANCES = ['supports', 'qualified', 'opposes'] as const;

/** IL actors: ISO3 for states, or the group codes AU / EU / NATO (checked as a foreign key). */
const actor: ColumnSpec = {
  name: 'actor_iso3',
  type: 'string',
  pattern: /^[A-Z]{2,4}$/,
  patternHint: 'an ISO3 code or a group code (AU, EU, NATO)',
};
const questionId: ColumnSpec = {
  name: 'question_id',
  type: 'string',
  pattern: /^[a-z_]+$/,
  patternHint: 'a lower-case question id',
};

/** Strength of a row's cited source as il-positions-2 codes it (DATA.md, `source_strength`). */
export const IL_SOURCE_STRENGTHS = [
  'state_text',
  'toolkit',
  'toolkit_mirror',
  'analysis',
  'secondary',
  'derivative',
] as const;
/** Status of a row against the first pass (il-positions-2 DATA.md, `change`). */
const CHANGE = ['new', 'corrected', 'confirmed', 'unchanged'] as const;

/** il-positions/positions.csv — actor × legal question (il-positions-2). */
export const positionsSpec: TableSpec = {
  order: 'exact',
  columns: [
    actor,
    text('actor_name'),
    questionId,
    oneOf('stance', STANCES),
    year('year'),
    text('source_title'),
    sourceUrl(),
    text('evidence_note'),
    oneOf('source_strength', IL_SOURCE_STRENGTHS),
    oneOf('change', CHANGE),
  ],
  unique: [['actor_iso3', 'question_id']],
};

/** il-positions/national_positions.csv — position documents. */
export const nationalPositionsSpec: TableSpec = {
  order: 'exact',
  columns: [
    actor,
    text('actor_name'),
    year('year'),
    text('title'),
    sourceUrl(),
    text('forum'),
    oneOf('change', CHANGE),
  ],
};

/** il-positions/inferred_rows.csv — rows whose stance is inferred rather than stated, with the reason. */
export const inferredRowsSpec: TableSpec = {
  order: 'exact',
  columns: [actor, questionId, text('reason')],
  unique: [['actor_iso3', 'question_id']],
};

/** il-questions/il_questions.csv — the legal questions, in display order. */
export const ilQuestionsSpec: TableSpec = {
  order: 'exact',
  columns: [
    questionId,
    int('sort_order', 1),
    text('short_title'),
    text('explanation'),
    text('supports_means'),
    text('qualified_means'),
    text('opposes_means'),
    text('source_id'),
  ],
  unique: [['question_id'], ['sort_order']],
};
