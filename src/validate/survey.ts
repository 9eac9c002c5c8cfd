import type { ValidationError } from './types';
import { makeError } from './report';
import { validateTable } from './table';
import { columnReader } from './keys';
import {
  CAPACITY_AREAS,
  CBM_ITEMS,
  EVIDENCE_MAX,
  NORM_IDS,
  SURVEY_CHALLENGES,
  SURVEY_PARTS,
  surveySpec,
  type SurveyPart,
} from './specs/survey';

/**
 * Survey validation: the column contract plus the rules that need to know the world (which
 * states exist, which items a part has, which year it is). One module for the build (the
 * shipped illustrative file) and the browser (a delegation's template), so both reject the
 * same rows for the same reasons.
 */

/** What the rules check against. */
export interface SurveyContext {
  /** ISO3 codes of the states the app knows (UN members and observer states). */
  readonly states: ReadonlySet<string>;
  /** Legal question ids (il_questions), the items of the international-law part. */
  readonly ilQuestions: ReadonlySet<string>;
  /** Latest year accepted: an answer cannot come from the future. */
  readonly maxYear: number;
  /** When given, `source` must be one of these ids (the build: sources.csv). */
  readonly sourceIds?: ReadonlySet<string>;
  /** When given, every row's origin must be this (the shipped illustrative file). */
  readonly origin?: string;
}

/** Result of {@link validateSurvey}: every problem, and the rows that may be analysed. */
export interface SurveyValidation {
  readonly errors: ValidationError[];
  /** 0-based indexes of rows with no problem at all (empty when the header is wrong) */
  readonly validRows: number[];
}

const CHALLENGE_SET: ReadonlySet<string> = new Set(SURVEY_CHALLENGES);

/** Items each part accepts; the international-law part takes the legal question ids. */
export function itemsOfPart(part: SurveyPart, ctx: Pick<SurveyContext, 'ilQuestions'>): ReadonlySet<string> {
  switch (part) {
    case 'norms':
      return new Set(NORM_IDS);
    case 'cbms':
      return new Set(CBM_ITEMS);
    case 'capacity_building':
      return new Set(CAPACITY_AREAS);
    case 'international_law':
      return ctx.ilQuestions;
  }
}

/** Splits a challenges cell (`funding;coordination`) into trimmed values; blank = none. */
export function splitChallenges(cell: string): string[] {
  return cell
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function challengeProblem(cell: string): string | null {
  const values = splitChallenges(cell);
  const unknown = values.filter((v) => !CHALLENGE_SET.has(v));
  if (unknown.length)
    return `challenges ${JSON.stringify(unknown.join(';'))} not in the list ${SURVEY_CHALLENGES.join(', ')} (separate several with ;)`;
  if (new Set(values).size !== values.length) return `challenges ${JSON.stringify(cell)} lists a challenge twice`;
  return null;
}

/** The rules that go beyond one cell's type; rows with the wrong width are skipped (already reported). */
export function surveyRowErrors(
  file: string,
  header: string[],
  rows: string[][],
  ctx: SurveyContext,
): ValidationError[] {
  const read = (name: string) => columnReader({ file, header, rows }, name) ?? (() => '');
  const [iso3, year, part, item, challenges, evidence, origin, source] = [
    'iso3',
    'year',
    'part',
    'item',
    'challenges',
    'evidence',
    'origin',
    'source',
  ].map(read);
  const errors: ValidationError[] = [];
  rows.forEach((row, i) => {
    if (row.length !== header.length) return;
    const at = i + 1;
    const code = iso3(row);
    if (/^[A-Z]{3}$/.test(code) && !ctx.states.has(code)) {
      errors.push(makeError(file, at, 'foreign-key', `iso3 "${code}" is not a UN member or observer state`, 'iso3'));
    }
    const y = Number(year(row));
    if (/^\d+$/.test(year(row)) && y > ctx.maxYear) {
      errors.push(makeError(file, at, 'range', `year ${y} is in the future (latest accepted: ${ctx.maxYear})`, 'year'));
    }
    const p = part(row) as SurveyPart;
    if ((SURVEY_PARTS as readonly string[]).includes(p) && item(row) !== '' && !itemsOfPart(p, ctx).has(item(row))) {
      errors.push(makeError(file, at, 'item', `item "${item(row)}" is not an item of part ${p}`, 'item'));
    }
    const problem = challengeProblem(challenges(row));
    if (problem) errors.push(makeError(file, at, 'enum', problem, 'challenges'));
    if (evidence(row).length > EVIDENCE_MAX) {
      errors.push(
        makeError(
          file,
          at,
          'length',
          `evidence is ${evidence(row).length} characters, at most ${EVIDENCE_MAX}`,
          'evidence',
        ),
      );
    }
    if (ctx.origin !== undefined && origin(row) !== '' && origin(row) !== ctx.origin) {
      errors.push(
        makeError(
          file,
          at,
          'origin',
          `origin "${origin(row)}" in a file whose rows must all be ${ctx.origin}`,
          'origin',
        ),
      );
    }
    if (ctx.sourceIds && source(row) !== '' && !ctx.sourceIds.has(source(row))) {
      errors.push(makeError(file, at, 'source', `source "${source(row)}" is not a source_id of sources.csv`, 'source'));
    }
  });
  return errors;
}

/**
 * Validates a survey file: header, every cell, the key, then the survey rules.
 * @param file name shown in messages (the user's file name in the browser)
 * @param header column names in file order
 * @param rows raw cells, one array per data row
 */
export function validateSurvey(file: string, header: string[], rows: string[][], ctx: SurveyContext): SurveyValidation {
  const errors = [...validateTable(file, header, rows, surveySpec), ...surveyRowErrors(file, header, rows, ctx)];
  if (rows.length === 0) errors.push(makeError(file, 'file', 'empty', 'has a header but no data rows'));
  if (errors.some((e) => e.row === 0)) return { errors, validRows: [] };
  const bad = new Set(errors.map((e) => e.row));
  const validRows: number[] = [];
  for (let i = 0; i < rows.length; i++) if (!bad.has(i + 1)) validRows.push(i);
  return { errors: errors.sort((a, b) => a.row - b.row), validRows };
}
