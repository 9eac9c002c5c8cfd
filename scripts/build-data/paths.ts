import { isAbsolute, relative } from 'node:path';

/** Output file names inside the out dir (the browser fetches these). */
export const DB_FILE = 'common-ground.duckdb';
export const MANIFEST_FILE = 'manifest.json';

/** Raw (all-VARCHAR) staging table for a CSV: `raw_` + file stem; stems are unique across data/. */
export function rawTableName(path: string): string {
  const stem = path
    .split('/')
    .pop()!
    .replace(/\.csv$/, '');
  return `raw_${stem}`;
}

/** Path as shown in messages: relative to the cwd when inside it (`data/x.csv`), else absolute. */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

/** SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
