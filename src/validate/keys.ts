import type { RawTable, ValidationError } from './types';
import { makeError } from './report';

/** Returns a reader for a named column, or undefined when the header lacks it (already reported). */
export function columnReader(table: RawTable, name: string): ((row: string[]) => string) | undefined {
  const index = table.header.indexOf(name);
  if (index < 0) return undefined;
  return (row) => row[index] ?? '';
}

/** Duplicate keys: reports every repeat with the row where the key was first seen. */
export function checkUnique(table: RawTable, columns: readonly string[]): ValidationError[] {
  const readers = columns.map((c) => columnReader(table, c));
  if (readers.some((r) => r === undefined)) return [];
  const firstSeen = new Map<string, number>();
  const errors: ValidationError[] = [];
  table.rows.forEach((row, i) => {
    const values = readers.map((read) => read!(row));
    if (values.every((v) => v === '')) return; // blank keys are the `required` rule's business
    const key = JSON.stringify(values);
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, i + 1);
      return;
    }
    const shown =
      columns.length === 1 ? `${columns[0]} "${values[0]}"` : `(${columns.join(', ')}) = (${values.join(', ')})`;
    errors.push(makeError(table.file, i + 1, 'unique', `duplicate ${shown}; first at row ${first}`, columns[0]));
  });
  return errors;
}

/** Options for a foreign-key check. */
export interface ForeignKeyOptions {
  /** Values accepted although absent from the parent (documented exceptions). */
  allow?: ReadonlySet<string>;
  /** Skip blank cells (nullable references). */
  skipBlank?: boolean;
  /** Wording for the parent in messages, e.g. `data/states/states.csv (un_member = true)`. */
  parentLabel: string;
}

/** Every value of `column` must be one of `parentKeys` (or allowlisted). */
export function checkForeignKey(
  table: RawTable,
  column: string,
  parentKeys: ReadonlySet<string>,
  options: ForeignKeyOptions,
): ValidationError[] {
  const read = columnReader(table, column);
  if (!read) return [];
  const errors: ValidationError[] = [];
  table.rows.forEach((row, i) => {
    const value = read(row);
    if (value === '' && options.skipBlank) return;
    if (parentKeys.has(value) || options.allow?.has(value)) return;
    errors.push(
      makeError(table.file, i + 1, 'foreign-key', `${column} "${value}" is not in ${options.parentLabel}`, column),
    );
  });
  return errors;
}

/** Distinct values of a column (empty when the column is missing). */
export function columnValues(table: RawTable | undefined, column: string): Set<string> {
  if (!table) return new Set();
  const read = columnReader(table, column);
  return new Set(read ? table.rows.map(read) : []);
}
