/**
 * Precompute the results of the queries the default first screen runs, keyed by their exact SQL,
 * so the overview paints before DuckDB has started in the browser (DESIGN §7 first-chart budget).
 * Runs the same query functions on the same engine (duckdb-wasm node-blocking) as the browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openNodeDb } from '../src/db/node';
import { toRows } from '../src/db/arrow';
import { filterOptionsSql } from '../src/queries/options';
import { mapValuesSql, rollCallsSql } from '../src/queries/overview';
import { stateFactsSql } from '../src/queries/state-facts';

/** The SQL texts of the default overview (must match what the views build for an empty hash). */
export function initialQueries(): string[] {
  return [
    filterOptionsSql(),
    rollCallsSql(),
    // The first screen's per-state facts: with them every filter works from the first paint,
    // before DuckDB is ready (the reduction runs in JS, src/queries/scope-facts.ts).
    stateFactsSql(),
    mapValuesSql({ kind: 'group' }),
  ];
}

async function main() {
  const outDir = process.argv.includes('--out-dir')
    ? process.argv[process.argv.indexOf('--out-dir') + 1]
    : 'public/data';
  const dbFile = path.join(outDir, 'common-ground.duckdb');
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { version: string };
  const db = await openNodeDb(dbFile);
  const results: Record<string, unknown[]> = {};
  for (const sql of initialQueries()) results[sql] = toRows(await db.query(sql));
  const file = path.join(outDir, 'snapshot.json');
  writeFileSync(file, JSON.stringify({ version: manifest.version, results }));
  console.log(`snapshot: ${Object.keys(results).length} queries → ${file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
