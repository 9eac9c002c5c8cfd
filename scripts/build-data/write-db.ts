import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableDef } from './tables/index';
import { DB_FILE, sqlString } from './paths';

/** What the manifest needs to know about one built table. */
export interface BuiltTable {
  def: TableDef;
  rows: number;
  sourceIds: string[];
  flags: Record<string, number>;
}

async function scalar(conn: DuckDBConnection, sql: string): Promise<number> {
  const reader = await conn.runAndReadAll(sql);
  return Number(reader.getRowsJS()[0]?.[0] ?? 0);
}

async function describe(conn: DuckDBConnection, def: TableDef): Promise<BuiltTable> {
  const table = `o.${def.name}`;
  const rows = await scalar(conn, `SELECT count(*) FROM ${table}`);
  const columns = (await conn.runAndReadAll(`SELECT * FROM ${table} LIMIT 0`)).columnNames();
  // The sources table lists sources; it is not backed by them, so it reports none.
  const ids =
    columns.includes('source_id') && def.name !== 'sources'
      ? (await conn.runAndReadAll(`SELECT DISTINCT source_id FROM ${table} WHERE source_id IS NOT NULL ORDER BY 1`))
          .getRowsJS()
          .map((r) => String(r[0]))
      : [];
  const flags: Record<string, number> = {};
  for (const [name, expr] of Object.entries(def.flags ?? {}))
    flags[name] = await scalar(conn, `SELECT ${expr} FROM ${table}`);
  const sourceIds = [...new Set([...ids, ...(def.extraSources ?? [])])].sort();
  return { def, rows, sourceIds, flags };
}

/**
 * Writes every table into a fresh file and only then moves it into place, so a failed build never
 * leaves a half-written database where the app would load it. Storage v1.2.0 keeps the file
 * readable by duckdb-wasm 1.32.
 */
export async function writeDatabase(
  conn: DuckDBConnection,
  tables: readonly TableDef[],
  outDir: string,
): Promise<BuiltTable[]> {
  mkdirSync(outDir, { recursive: true });
  const tmp = join(outDir, `${DB_FILE}.tmp`);
  for (const leftover of [tmp, `${tmp}.wal`]) rmSync(leftover, { force: true });
  await conn.run(`ATTACH ${sqlString(tmp)} AS o (STORAGE_VERSION 'v1.2.0')`);
  const built: BuiltTable[] = [];
  try {
    for (const def of tables) {
      await conn.run(`CREATE TABLE o.${def.name} AS ${def.select}`);
      built.push(await describe(conn, def));
    }
    await conn.run('CHECKPOINT o');
  } finally {
    await conn.run('DETACH o');
  }
  if (existsSync(`${tmp}.wal`))
    throw new Error(`${tmp}.wal left after CHECKPOINT; refusing to ship an incomplete file`);
  renameSync(tmp, join(outDir, DB_FILE));
  return built;
}

/** Removes a partly written temp file after a failure. */
export function cleanTemp(outDir: string): void {
  const tmp = join(outDir, `${DB_FILE}.tmp`);
  for (const leftover of [tmp, `${tmp}.wal`]) rmSync(leftover, { force: true });
}
