/**
 * `npm run bench` (not a test): cold-start and interaction timings of the built app in headless
 * Debian Chromium, medians of ≥ 5 runs, printed as JSON. Budgets: DESIGN.md §7.
 *   first_chart_ms   navigation → overview map painted (performance mark cg:first-chart)
 *   duckdb_ready_ms  navigation → DuckDB attached (mark cg:duckdb-ready)
 *   filters_interactive_ms   navigation → the first filter change painted, clicked by the page
 *                    itself the moment the overview is idle (bench-lib/first-change.mjs; usually
 *                    before DuckDB is ready; the count says)
 *   first_change_after_load_ms  that first change alone (click → painted)
 *   filter_never_seen_painted_ms / filter_revisit_painted_ms  click on a group chip → the next
 *                    paint with the new status and every view idle; a Gray-code walk over the
 *                    five groups makes each step a filter the page has never run, and a second
 *                    walk revisits them (bench/views.mjs does the same for every view)
 *   js_gzip_kb_*     app JavaScript, gzip, excluding DuckDB's worker and wasm: requested before
 *                    the first chart (initial), requested by the time DuckDB is up (with_engine:
 *                    its bindings and Arrow load when it starts), and all views' chunks together
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { armFirstChange, firstChangeResult } from './bench-lib/first-change.mjs';
import { UN_GROUPS } from '../src/vocab/groups.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const quant = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return +(s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i))).toFixed(1);
};
const summary = (xs) => ({ median: quant(xs, 0.5), p95: quant(xs, 0.95), n: xs.length });

if (!process.argv.includes('--no-build')) {
  execSync('npm run --silent data:if-needed', { stdio: 'inherit' });
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}/`;
// --only=core runs just the cold-start and overview timings; --only=<module> just that module.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

async function withBrowser(fn) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 1400, height: 1000 },
  });
  try {
    return await fn(ctx.pages()[0] ?? (await ctx.newPage()));
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * In the page: click `selector`, resolve with ms from the click to the paint that shows the
 * update. At each animation frame after the click the shell's status must have changed and every
 * view be idle (aria-busy=false); by then every synchronous update and any view's switch to busy
 * has happened. The time is taken in a task queued from that frame, i.e. after it was painted.
 */
async function timeFilter(page, selector) {
  return page.evaluate(async (sel) => {
    const status = document.querySelector('[data-testid="scope-status"]');
    const before = status.textContent;
    const idle = () =>
      [...document.querySelectorAll('[data-view]')].every((v) => v.getAttribute('aria-busy') === 'false');
    return await new Promise((resolve) => {
      const frame = () => {
        if (status.textContent !== before && idle()) setTimeout(() => resolve(performance.now() - t0), 0);
        else requestAnimationFrame(frame);
      };
      const t0 = performance.now();
      document.querySelector(sel).click();
      requestAnimationFrame(frame);
    });
  }, selector);
}

/**
 * Chip clicks that walk the five UN groups in Gray-code order: 31 steps, each to a filter the
 * page has never run (a never-seen filter); walking it again revisits every one of them.
 */
// The UN groups in display order, from the app's vocabulary (npm run bench runs under tsx).
const GROUP_NAMES = UN_GROUPS;
const GRAY_WALK = Array.from({ length: 31 }, (_, i) => {
  const a = i ^ (i >> 1) ^ ((i + 1) ^ ((i + 1) >> 1));
  return `button[data-group="${GROUP_NAMES[Math.log2(a)]}"]`;
});

/** Walk the Gray path twice on the open page: [never-seen times, revisit times]. */
async function neverSeenAndRevisits(page) {
  const fresh = [];
  const again = [];
  for (const sel of GRAY_WALK) fresh.push(await timeFilter(page, sel));
  for (const sel of GRAY_WALK) again.push(await timeFilter(page, sel));
  return [fresh, again];
}

const OBSERVERS = 'section.filterbar label[title^="Holy See"] input';
let initialJs = [];
let engineJs = [];
const cold = {
  first_chart_ms: [],
  duckdb_ready_ms: [],
  filters_interactive_ms: [],
  first_change_ms: [],
  first_change_after_duckdb_ms: [],
};
let interactiveBeforeDuckdb = 0;
const filter = [];
const revisit = [];
for (let i = 0; i < (only && only !== 'core' ? 0 : RUNS); i++) {
  await withBrowser(async (page) => {
    // Filters interactive: the page itself clicks the observers box the moment the overview is
    // idle (painted from the snapshot); navigation → that change painted. The observers box is
    // outside the Gray walk below, so the walk's filters stay never-seen.
    await armFirstChange(page, 'overview', OBSERVERS);
    await page.goto(base);
    const first = await firstChangeResult(page);
    cold.first_change_ms.push(first.change);
    cold.filters_interactive_ms.push(first.interactive);
    if (first.beforeDuckdb) interactiveBeforeDuckdb++;
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('cg:duckdb-ready').length > 0 &&
        performance.getEntriesByName('cg:first-chart').length > 0,
      null,
      { timeout: 60_000 },
    );
    const marks = await page.evaluate(() => ({
      first: performance.getEntriesByName('cg:first-chart')[0].startTime,
      ready: performance.getEntriesByName('cg:duckdb-ready')[0].startTime,
    }));
    cold.first_chart_ms.push(marks.first);
    if (i === 0)
      [initialJs, engineJs] = await page.evaluate(() => {
        const first = performance.getEntriesByName('cg:first-chart')[0]?.startTime ?? Infinity;
        const js = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js'));
        const name = (e) => e.name.split('/').pop();
        return [js.filter((e) => e.startTime < first).map(name), js.map(name)];
      });
    cold.duckdb_ready_ms.push(marks.ready);
    await page.waitForSelector('[data-view][aria-busy="false"]');
    await timeFilter(page, OBSERVERS); // back to the 193 members
    const [fresh, again] = await neverSeenAndRevisits(page);
    cold.first_change_after_duckdb_ms.push(fresh[0]);
    filter.push(...fresh);
    revisit.push(...again);
  });
}

/**
 * Wait until DuckDB is up on the page. The module walks time the steady state: DuckDB's start,
 * deferred until the user pauses, takes both cores for about 1.4 s, and the first change after
 * load is timed on its own (bench/views.mjs).
 */
const duckdbReady = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.duckdb === 'ready', null, { timeout: 60_000 });

// Each issue's benchmark lives in scripts/bench/<name>.mjs and exports
// `run({ base, withBrowser, summary, timeFilter, duckdbReady, … })` → an object merged into the JSON output.
const extra = {};
for (const f of readdirSync(new URL('./bench/', import.meta.url))
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const name = f.replace(/\.mjs$/, '');
  if (only && only !== name) continue;
  const mod = await import(new URL(`./bench/${f}`, import.meta.url).href);
  // One module's failure is reported in its place; the other figures are still printed.
  try {
    extra[name] = await mod.run({
      base,
      withBrowser,
      summary,
      timeFilter,
      duckdbReady,
      runs: RUNS,
      server,
      neverSeenAndRevisits,
      observers: OBSERVERS,
    });
  } catch (e) {
    extra[name] = { error: String(e instanceof Error ? e.message : e).split('\n')[0] };
  }
}
server.close();

const assets = readdirSync('dist/assets');
const appJs = assets.filter((f) => f.endsWith('.js') && !/duckdb-browser|worker/i.test(f));
const gzOf = (f) => gzipSync(readFileSync(path.join('dist/assets', f))).length;
const gz = appJs.reduce((n, f) => n + gzOf(f), 0);
const gzInitial = appJs.filter((f) => initialJs.includes(f)).reduce((n, f) => n + gzOf(f), 0);
const gzEngine = appJs.filter((f) => engineJs.includes(f)).reduce((n, f) => n + gzOf(f), 0);
const wasm = assets
  .filter((f) => f.endsWith('.wasm'))
  .map((f) => ({ file: f, gzip_kb: +(gzipSync(readFileSync(path.join('dist/assets', f))).length / 1024).toFixed(0) }));

console.log(
  JSON.stringify(
    {
      runs: RUNS,
      first_chart_ms: summary(cold.first_chart_ms),
      duckdb_ready_ms: summary(cold.duckdb_ready_ms),
      filters_interactive_ms: summary(cold.filters_interactive_ms),
      filters_interactive_before_duckdb: `${interactiveBeforeDuckdb} of ${cold.filters_interactive_ms.length}`,
      first_change_after_load_ms: summary(cold.first_change_ms),
      first_never_seen_after_duckdb_ready_ms: summary(cold.first_change_after_duckdb_ms),
      filter_never_seen_painted_ms: summary(filter),
      filter_revisit_painted_ms: summary(revisit),
      js_gzip_kb_initial: +(gzInitial / 1024).toFixed(1),
      js_gzip_kb_with_engine: +(gzEngine / 1024).toFixed(1),
      js_gzip_kb_all_views: +(gz / 1024).toFixed(1),
      wasm,
      ...extra,
      budgets: {
        first_chart_ms: 600,
        duckdb_ready_ms: 900,
        js_gzip_kb: 150,
        overview_never_seen_median_ms: 16,
        overview_never_seen_p95_ms: 33,
        other_views_never_seen_median_ms: 33,
        other_views_never_seen_p95_ms: 66,
        first_change_after_load_ms: 33,
        filters_interactive_ms: 600,
        repeat_visit_kb: 50,
      },
    },
    null,
    2,
  ),
);
