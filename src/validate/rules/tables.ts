import type { RawTable } from '../types';
import type { DataPath } from '../specs/index';
import { columnReader } from '../keys';

/** The files of one dataset run, keyed by path under data/. Absent files are skipped by rules. */
export type Tables = Partial<Record<DataPath, RawTable>>;

/** Rows of a table as objects for the named columns; missing columns read as ''. */
export function records<K extends string>(table: RawTable, columns: readonly K[]): Record<K, string>[] {
  const readers = columns.map((c) => columnReader(table, c));
  return table.rows.map((row) => {
    const record = {} as Record<K, string>;
    columns.forEach((c, i) => {
      record[c] = readers[i]?.(row) ?? '';
    });
    return record;
  });
}

/** True when every named column exists, so a rule can run (missing ones are header errors already). */
export function hasColumns(table: RawTable | undefined, columns: readonly string[]): table is RawTable {
  return table !== undefined && columns.every((c) => table.header.includes(c));
}
