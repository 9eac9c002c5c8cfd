import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DATA_PATHS, makeError, type RawTable, type Tables, type ValidationError } from '../../src/validate/index';
import { displayPath, rawTableName, sqlString } from './paths';

/** Result of reading data/: the raw tables (also staged in DuckDB) and any read errors. */
export interface ReadResult {
  tables: Tables;
  errors: ValidationError[];
}

// RFC 4180 dialect of every shipped file; stating it stops the sniffer from guessing.
const DIALECT = `delim = ',', quote = '"', escape = '"', all_varchar = true`;

const asCells = (row: readonly unknown[]) =>
  row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));

/** Header cells, read leniently (padding tolerated) so a ragged file still yields its header. */
async function readHeader(conn: DuckDBConnection, source: string): Promise<string[]> {
  const reader = await conn.runAndReadAll(
    `SELECT * FROM read_csv(${source}, ${DIALECT}, header = false, null_padding = true) LIMIT 1`,
  );
  const cells = asCells(reader.getRowsJS()[0] ?? []);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop(); // drop null padding
  return cells;
}

/**
 * Reads one CSV strictly with the header's own columns, all VARCHAR. Rows with too few or too
 * many cells are collected by DuckDB's rejects table and reported by line; such a file is not
 * passed on to the other rules, whose row numbers would no longer be trustworthy.
 */
async function readFile(
  conn: DuckDBConnection,
  path: string,
  absolute: string,
  file: string,
): Promise<RawTable | ValidationError[]> {
  if (statSync(absolute).size === 0) return [makeError(file, 'file', 'csv', 'file is empty (no header line)')];
  const source = sqlString(absolute);
  const header = await readHeader(conn, source);
  const unique = new Set(header).size === header.length;
  const names = header.map((h, i) => (unique && h !== '' ? h : `c${i}`));
  const columns = `{${names.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(', ')}}`;
  const raw = rawTableName(path);
  const rejects = `${raw}_rejects`;
  await conn.run(
    `CREATE OR REPLACE TABLE ${raw} AS SELECT * FROM read_csv(${source}, ${DIALECT}, header = true, auto_detect = false,
      columns = ${columns}, store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${raw}_scan')`,
  );
  const rejected = (
    await conn.runAndReadAll(
      `SELECT line, arg_min(error_message, column_idx) AS message FROM ${rejects} GROUP BY line ORDER BY line`,
    )
  ).getRowsJS();
  if (rejected.length > 0) {
    return rejected.map(([line, message]) => {
      const row = Number(line) - 1; // physical line → data row (one header line)
      return makeError(file, row, 'columns', `wrong number of cells (${String(message)})`);
    });
  }
  const reader = await conn.runAndReadAll(`SELECT * FROM ${raw}`);
  return { file, header, rows: reader.getRowsJS().map(asCells) };
}

/**
 * Stages every CSV as an all-VARCHAR table with DuckDB's reader and returns header + raw cells
 * for the validators. Values are never typed here: typing happens only after validation, so a
 * bad cell is reported, not silently converted.
 */
export async function readDataDir(conn: DuckDBConnection, dataDir: string): Promise<ReadResult> {
  const tables: Tables = {};
  const errors: ValidationError[] = [];
  for (const path of DATA_PATHS) {
    const absolute = join(dataDir, path);
    const file = displayPath(absolute);
    if (!existsSync(absolute)) {
      errors.push(makeError(file, 'file', 'file', 'file is missing'));
      continue;
    }
    try {
      const result = await readFile(conn, path, absolute, file);
      if (Array.isArray(result)) errors.push(...result);
      else tables[path] = result;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      errors.push(makeError(file, 'file', 'csv', `cannot be read as CSV: ${reason}`));
    }
  }
  return { tables, errors };
}
