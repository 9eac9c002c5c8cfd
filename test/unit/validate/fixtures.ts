import { resolve } from 'node:path';
import type { DataPath, RawTable } from '../../../src/validate/index';
import { readCsv } from '../../sql/csv';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Reads a CSV (with the tests' own parser, not the build's DuckDB reader) as a RawTable. */
function readTable(path: string, file: string): RawTable {
  const records = readCsv(path);
  const header = Object.keys(records[0] ?? {});
  return { file, header, rows: records.map((r) => header.map((h) => r[h] ?? '')) };
}

/**
 * Loads test/fixtures/bad-data/<name>/<file> as if it were data/<path>, so messages read exactly
 * as the build prints them for the shipped file.
 */
export function fixture(name: string, path: DataPath): RawTable {
  const file = path.split('/').pop()!;
  return readTable(resolve(ROOT, 'test/fixtures/bad-data', name, file), `data/${path}`);
}

/** Loads the shipped data/<path>. */
export function shipped(path: DataPath): RawTable {
  return readTable(resolve(ROOT, 'data', path), `data/${path}`);
}

/** Messages only, for readable assertions. */
export const messages = (errors: { message: string }[]) => errors.map((e) => e.message);
