/**
 * `npm run bench` (not a test): cold-start and interaction timings of the built app in headless
 * Debian Chromium, medians of ≥ 5 runs, printed as JSON. Budgets: DESIGN.md §7.
 *   first_chart_ms   navigation → overview map painted (performance mark cg:first-chart)
 *   duckdb_ready_ms  navigation → DuckDB attached (mark cg:duckdb-ready)
 *   filter_update_ms click on a filter → every visible view aria-busy=false with new status
 *   js_gzip_kb_*     app JavaScript, gzip, excluding DuckDB's worker and wasm: loaded for the
 *                    first screen, and all views' chunks together
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, viewport: { width: 1400, height: 1000 } });
  try {
    return await fn(ctx.pages()[0] ?? (await ctx.newPage()));
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In the page: click `selector`, resolve with ms until every view is idle and the status changed. */
async function timeFilter(page, selector) {
  return page.evaluate(async (sel) => {
    const status = document.querySelector('[data-testid="scope-status"]');
    const before = status.textContent;
    const idle = () => [...document.querySelectorAll('[data-view]')].every((v) => v.getAttribute('aria-busy') === 'false');
    return await new Promise((resolve) => {
      let t0 = 0;
      let sawBusy = false;
      const check = () => {
        if ([...document.querySelectorAll('[data-view]')].some((v) => v.getAttribute('aria-busy') === 'true')) sawBusy = true;
        if (status.textContent !== before && idle() && sawBusy) {
          obs.disconnect();
          resolve(performance.now() - t0);
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], childList: true, characterData: true });
      t0 = performance.now();
      document.querySelector(sel).click();
    });
  }, selector);
}

let initialJs = [];
const cold = { first_chart_ms: [], duckdb_ready_ms: [] };
const filter = [];
const firstFilter = [];
const revisit = [];
for (let i = 0; i < (only && only !== 'core' ? 0 : RUNS); i++) {
  await withBrowser(async (page) => {
    await page.goto(base);
    await page.waitForFunction(() => performance.getEntriesByName('cg:duckdb-ready').length > 0 && performance.getEntriesByName('cg:first-chart').length > 0, null, { timeout: 60_000 });
    const marks = await page.evaluate(() => ({
      first: performance.getEntriesByName('cg:first-chart')[0].startTime,
      ready: performance.getEntriesByName('cg:duckdb-ready')[0].startTime,
    }));
    cold.first_chart_ms.push(marks.first);
    if (i === 0) initialJs = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => n.endsWith('.js')));
    cold.duckdb_ready_ms.push(marks.ready);
    await page.waitForSelector('[data-view][aria-busy="false"]');
    // The first change after load pays for JIT warm-up; it is reported on its own, then
    // toggles through the five groups (on, off) — each a full re-query of every view.
    firstFilter.push(await timeFilter(page, 'button[data-group="African"]'));
    firstFilter.push(await timeFilter(page, 'button[data-group="African"]'));
    for (const g of ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG']) {
      // on: a filter this page has not run yet (every query goes to DuckDB); off: back to one
      // it has (results come from the cache of earlier results).
      filter.push(await timeFilter(page, `button[data-group="${g}"]`));
      revisit.push(await timeFilter(page, `button[data-group="${g}"]`));
    }
  });
}

// Each issue's benchmark lives in scripts/bench/<name>.mjs and exports
// `run({ base, withBrowser, summary, timeFilter })` → an object merged into the JSON output.
const extra = {};
for (const f of readdirSync(new URL('./bench/', import.meta.url)).filter((f) => f.endsWith('.mjs')).sort()) {
  const name = f.replace(/\.mjs$/, '');
  if (only && only !== name) continue;
  const mod = await import(new URL(`./bench/${f}`, import.meta.url).href);
  extra[name] = await mod.run({ base, withBrowser, summary, timeFilter, runs: RUNS });
}
server.close();

const assets = readdirSync('dist/assets');
const appJs = assets.filter((f) => f.endsWith('.js') && !/duckdb-browser|worker/i.test(f));
const gzOf = (f) => gzipSync(readFileSync(path.join('dist/assets', f))).length;
const gz = appJs.reduce((n, f) => n + gzOf(f), 0);
const gzInitial = appJs.filter((f) => initialJs.includes(f)).reduce((n, f) => n + gzOf(f), 0);
const wasm = assets.filter((f) => f.endsWith('.wasm')).map((f) => ({ file: f, gzip_kb: +(gzipSync(readFileSync(path.join('dist/assets', f))).length / 1024).toFixed(0) }));

console.log(JSON.stringify({
  runs: RUNS,
  first_chart_ms: summary(cold.first_chart_ms),
  duckdb_ready_ms: summary(cold.duckdb_ready_ms),
  first_filter_updates_after_load_ms: summary(firstFilter),
  filter_update_ms: summary(filter),
  filter_revisit_ms: summary(revisit),
  js_gzip_kb_initial: +(gzInitial / 1024).toFixed(1),
  js_gzip_kb_all_views: +(gz / 1024).toFixed(1),
  wasm,
  ...extra,
  budgets: { first_chart_ms: 600, duckdb_ready_ms: 900, filter_update_median_ms: 16, filter_update_p95_ms: 50, js_gzip_kb: 150 },
}, null, 2));
