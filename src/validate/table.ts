import type { RawTable, TableSpec, ValidationError } from './types';
import { makeError } from './report';
import { checkHeader } from './header';
import { checkValue } from './values';
import { checkUnique } from './keys';

/**
 * Validates one CSV file against its spec: header, row width, every cell (required, type, enum,
 * range, pattern) and unique keys. Pure: takes raw strings, so the browser can run it on uploads.
 * @param file name shown in messages, e.g. `data/il-positions/positions.csv`
 * @param header column names in file order
 * @param rows raw cells, one array per data row (empty cell = '')
 */
export function validateTable(file: string, header: string[], rows: string[][], spec: TableSpec): ValidationError[] {
  const errors = checkHeader(file, header, spec);
  const present = spec.columns.map((col) => ({ col, index: header.indexOf(col.name) })).filter((c) => c.index >= 0);
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      const detail = `has ${row.length} cells, header has ${header.length}`;
      errors.push(makeError(file, i + 1, 'columns', detail));
      return;
    }
    for (const { col, index } of present) {
      const problem = checkValue(col, row[index] ?? '');
      if (problem) errors.push(makeError(file, i + 1, problem.rule, problem.detail, col.name));
    }
  });
  const table: RawTable = { file, header, rows };
  // A loop, not push(...spread): a large file's errors would overflow the call stack.
  for (const key of spec.unique ?? []) for (const e of checkUnique(table, key)) errors.push(e);
  return errors;
}
