import type { ValidationError } from './types';

/** Where an error sits: a data row (1-based), the header line, or the file as a whole. */
export type Location = number | 'header' | 'file';

/**
 * Builds a ValidationError whose message names file, row (with its physical line) and rule,
 * e.g. `data/x.csv row 12 (line 13): stance "maybe" is not one of … [rule: enum]`.
 * Line = row + 1 because the shipped CSVs have one header line and no multi-line cells.
 */
export function makeError(file: string, at: Location, rule: string, detail: string, column?: string): ValidationError {
  let where: string;
  if (at === 'header') where = `${file} header (line 1)`;
  else if (at === 'file') where = file;
  else where = `${file} row ${at} (line ${at + 1})`;
  const row = typeof at === 'number' ? at : 0;
  const error: ValidationError = { file, row, rule, message: `${where}: ${detail} [rule: ${rule}]` };
  if (column !== undefined) error.column = column;
  return error;
}

/** Quotes a cell for messages, so blanks and spaces stay visible. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/**
 * Put each row error on its physical line. `makeError` assumes line = row + 1 (true for the
 * shipped CSVs); in a user's file a quoted multi-line cell pushes later rows down, so the reader's
 * line of each row (`lines[row - 1]`) replaces it in the message.
 */
export function placeOnLines(errors: ValidationError[], lines: readonly number[]): ValidationError[] {
  return errors.map((e) => {
    const line = e.row > 0 ? lines[e.row - 1] : undefined;
    if (line === undefined) return e;
    const assumed = `${e.file} row ${e.row} (line ${e.row + 1})`;
    const message = e.message.startsWith(assumed)
      ? `${e.file} row ${e.row} (line ${line})${e.message.slice(assumed.length)}`
      : e.message;
    return { ...e, line, message };
  });
}
