import type { ValidationError } from './types';

/** Where an error sits: a data row (1-based), the header line, or the file as a whole. */
export type Location = number | 'header' | 'file';

/**
 * Builds a ValidationError whose message names file, row (with its physical line) and rule,
 * e.g. `data/x.csv row 12 (line 13): stance "maybe" is not one of … [rule: enum]`.
 * Line = row + 1 because the shipped CSVs have one header line and no multi-line cells.
 */
export function makeError(
  file: string,
  at: Location,
  rule: string,
  detail: string,
  column?: string,
): ValidationError {
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
