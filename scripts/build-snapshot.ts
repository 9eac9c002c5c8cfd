/**
 * Precompute the results of the queries each view's default first screen runs, keyed by their
 * exact SQL, so every view paints and filters before DuckDB has started in the browser (DESIGN
 * §7 first-chart and filters-interactive budgets). The queries come from the views' own
 * declarations (src/views/first-screens.ts), built with the same query functions; they run on
 * the same engine (duckdb-wasm node-blocking) as the browser.
 *
 * Writes `snapshot.json` (the shared queries and the Overview's) and `snapshots/<view>.json`
 * for every other view (only the SQL the shared file lacks; the app fetches it when the view
 * is first opened, so every view in the registry needs one: see first-screens.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openNodeDb } from '../src/db/node';
import { toRows } from '../src/db/arrow';
import { FIRST_SCREENS, sharedFirstScreen } from '../src/views/first-screens';
import type { FirstScreen } from '../src/views/first-screen';

/** The first screen written to the shared file: the landing page (VIEW_REGISTRY[0]), which every first visit paints. */
const IN_SHARED = 'overview';

async function main() {
  const outDir = process.argv.includes('--out-dir')
    ? process.argv[process.argv.indexOf('--out-dir') + 1]
    : 'public/data';
  const dbFile = path.join(outDir, 'common-ground.duckdb');
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { version: string };
  const db = await openNodeDb(dbFile);
  const run = async (screen: FirstScreen, skip: ReadonlySet<string>) => {
    // Session statements first: the queries after them read their tables.
    for (const sql of screen.execs ?? []) await db.exec(sql);
    const results: Record<string, unknown[]> = {};
    for (const sql of screen.queries) if (!skip.has(sql)) results[sql] = toRows(await db.query(sql));
    return results;
  };

  const shared = sharedFirstScreen();
  const landing = FIRST_SCREENS[IN_SHARED]();
  const sharedResults = await run(
    { queries: [...shared.queries, ...landing.queries], execs: landing.execs },
    new Set(),
  );
  const inShared = new Set(Object.keys(sharedResults));
  const viewDir = path.join(outDir, 'snapshots');
  rmSync(viewDir, { recursive: true, force: true });
  mkdirSync(viewDir, { recursive: true });
  const views: string[] = [];
  let count = inShared.size;
  for (const [view, screen] of Object.entries(FIRST_SCREENS)) {
    if (view === IN_SHARED) continue;
    const s = screen();
    const results = await run(s, inShared);
    views.push(view);
    count += Object.keys(results).length;
    writeFileSync(
      path.join(viewDir, `${view}.json`),
      JSON.stringify({ version: manifest.version, results, ...(s.execs?.length ? { execs: s.execs } : {}) }),
    );
  }
  const file = path.join(outDir, 'snapshot.json');
  writeFileSync(file, JSON.stringify({ version: manifest.version, results: sharedResults }));
  console.log(`snapshot: ${count} queries → ${file} and ${views.length} view files in ${viewDir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
