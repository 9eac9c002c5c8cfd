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

/** il-positions/positions.csv — actor × legal question. */
export const positionsSpec: TableSpec = {
  order: 'exact',
  columns: [actor, text('actor_name'), questionId, oneOf('stance', STANCES), year('year'),
    text('source_title'), sourceUrl(), text('evidence_note')],
  unique: [['actor_iso3', 'question_id']],
};

/** il-positions/national_positions.csv — position documents. */
export const nationalPositionsSpec: TableSpec = {
  order: 'exact',
  columns: [actor, text('actor_name'), year('year'), text('title'), sourceUrl(), text('forum')],
};

/** il-positions/inferred_rows.csv — project file: rows DATA.md calls inferred, with the item cited. */
export const inferredRowsSpec: TableSpec = {
  order: 'exact',
  columns: [
    actor,
    questionId,
    { name: 'reason', type: 'string', pattern: /DATA\.md.*item \d+/, patternHint: 'a reason citing a DATA.md item number' },
  ],
  unique: [['actor_iso3', 'question_id']],
};

/** il-questions/il_questions.csv — the legal questions, in display order. */
export const ilQuestionsSpec: TableSpec = {
  order: 'exact',
  columns: [questionId, int('sort_order', 1), text('short_title'), text('explanation'), text('supports_means'),
    text('qualified_means'), text('opposes_means'), text('source_id')],
  unique: [['question_id'], ['sort_order']],
};

