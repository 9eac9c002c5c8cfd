import { existsSync } from 'node:fs';
import { openNodeDb } from '../../src/db/node';
import { toRows } from '../../src/db/arrow';
import type { Db } from '../../src/db/types';

/** Path of the shipped database built by `npm run data`. */
export const SHIPPED_DB = 'public/data/common-ground.duckdb';

let shared: Promise<Db> | null = null;

/** The shipped database, attached read-only exactly as in the browser (one per test file). */
export function shippedDb(): Promise<Db> {
  if (!existsSync(SHIPPED_DB)) throw new Error(`${SHIPPED_DB} is missing: run \`npm run data\` first`);
  shared ??= openNodeDb(SHIPPED_DB);
  return shared;
}

/** Run SQL and return plain rows. */
export async function rows<T>(sql: string): Promise<T[]> {
  const db = await shippedDb();
  return toRows<T>(await db.query(sql));
}
