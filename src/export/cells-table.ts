/**
 * An export table from rows the app already holds in memory (the SQL console's result, a
 * matrix or map computed in JS): column types are read from the values, so every format
 * writes them the same way as rows read from DuckDB.
 */
import type { Cell, Row } from '../db/types';
import type { ExportTable, FieldType } from './table';

/** One column's type, read from its values: numbers, booleans or text (lists become JSON text). */
function columnType(cells: Cell[]): FieldType {
  const present = cells.filter((c) => c !== null);
  if (present.length === 0) return 'string';
  if (present.every((c) => typeof c === 'number'))
    return present.every((c) => Number.isSafeInteger(c)) ? 'integer' : 'number';
  if (present.every((c) => typeof c === 'boolean')) return 'boolean';
  return 'string';
}

/**
 * Columns and rows of cells as an export table. Duplicate column names (`SELECT 1 AS a, 2 AS a`)
 * get a suffix, because every format keys cells by name.
 */
export function cellsTable(columns: readonly string[], cells: readonly (readonly Cell[])[]): ExportTable {
  const seen = new Map<string, number>();
  const names = columns.map((c) => {
    const n = (seen.get(c) ?? 0) + 1;
    seen.set(c, n);
    return n === 1 ? c : `${c}_${n}`;
  });
  const fields = names.map((name, j) => ({ name, type: columnType(cells.map((row) => row[j] ?? null)) }));
  const rows: Row[] = cells.map((row) => {
    const out: Row = {};
    fields.forEach((f, j) => {
      const v = row[j] ?? null;
      out[f.name] =
        v !== null && typeof v === 'object' ? JSON.stringify(v) : f.type === 'string' && v !== null ? String(v) : v;
    });
    return out;
  });
  return { fields, rows };
}
