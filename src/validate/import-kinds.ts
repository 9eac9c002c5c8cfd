import type { ValidationError } from './types';
import { validateSurvey, splitChallenges } from './survey';
import { SURVEY_COLUMNS } from './specs/survey';
import { csvLine } from './csv-write';

/**
 * The kinds of file a user can import, each with its columns, its validation, the canonical row
 * handed to DuckDB and the template the app offers. The import pipeline (import-check.ts, the
 * import worker) is shared; a new kind is one more entry here.
 */

/** What the rules check against, sent to the import worker (plain lists: structured-cloneable). */
export interface ImportContext {
  /** ISO3 codes of the states the app knows */
  readonly states: readonly string[];
  /** legal question ids (il_questions) */
  readonly ilQuestions: readonly string[];
  /** latest year accepted */
  readonly maxYear: number;
}

/** One importable kind of file. */
export interface ImportKind {
  /** what the file holds, for messages */
  readonly label: string;
  /** the columns of the canonical CSV handed to DuckDB, in order */
  readonly columns: readonly string[];
  /** every problem, and the 0-based indexes of rows that may be loaded */
  validate(
    file: string,
    header: string[],
    rows: string[][],
    ctx: ImportContext,
  ): { errors: ValidationError[]; validRows: number[] };
  /** cells of one valid row in `columns` order */
  output(header: string[], row: string[]): string[];
  /** the CSV template the app offers for this kind (it must import unchanged) */
  template(): string;
}

/** The survey template: two example rows, marked illustrative so they never pass for a State's answer. */
function surveyTemplate(): string {
  const example = (item: string, status: string, challenges: string) =>
    csvLine([
      'FRA',
      '2025',
      'norms',
      item,
      status,
      challenges,
      'no',
      'yes',
      'EXAMPLE ROW: replace with your own answers, then delete this row',
      'illustrative',
      'https://example.org/your-source',
    ]);
  return (
    [
      SURVEY_COLUMNS.join(','),
      example('g', 'implemented', ''),
      example('j', 'partial', 'technical_expertise;funding'),
    ].join('\r\n') + '\r\n'
  );
}

const survey: ImportKind = {
  label: 'survey answers',
  columns: SURVEY_COLUMNS,
  validate: (file, header, rows, ctx) =>
    validateSurvey(file, header, rows, {
      states: new Set(ctx.states),
      ilQuestions: new Set(ctx.ilQuestions),
      maxYear: ctx.maxYear,
    }),
  output(header, row) {
    return SURVEY_COLUMNS.map((c) => {
      const cell = row[header.indexOf(c)];
      return c === 'challenges' ? splitChallenges(cell).join(';') : cell;
    });
  },
  template: surveyTemplate,
};

/** Every import kind, by name. */
export const IMPORT_KINDS = { survey } satisfies Record<string, ImportKind>;

/** Name of an import kind. */
export type ImportKindName = keyof typeof IMPORT_KINDS;
