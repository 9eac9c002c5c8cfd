/**
 * Norms view timings (not a test), in headless Chromium —
 *   shipped.filter_update_ms          group chip click → #/norms idle with the new scope (p95 budget 50 ms)
 *   shipped.filter_update_detail_ms   the same with norm g open (map, detail and its queries)
 *   million.*                         the same after loading a generated 1,000,000-row survey
 *                                     (p95 budget 100 ms); plus how long loading it and
 *                                     re-materialising the answers (illustrative switch) take
 * The 1,000,000 rows come from scripts/generate-survey.ts (seeded), are written to a temp file
 * (never into data/ or dist/), served to the page at the app's own origin by request
 * interception, and loaded through the benchmark-only hook (`?bench`) into the same in-memory
 * table an import uses, so the real norms queries run on them.
 * The first two measurements of each series are warm-up and dropped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UN_GROUPS } from '../../src/vocab/groups.ts';

// The UN groups in display order, from the app's vocabulary (npm run bench runs under tsx).
const GROUPS = UN_GROUPS;
const ROWS = Number(process.env.BENCH_SURVEY_ROWS ?? 1_000_000);
const FILE = 'bench-survey-1m.csv';
// DevTools request interception carries at most 100 MB per response, so the file goes in parts.
const PART_ROWS = 200_000;

/** Split a CSV into files of PART_ROWS rows, each with the header; returns their names. */
function splitCsv(file, dir) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  const [header, ...body] = lines;
  const names = [];
  for (let i = 0; i < body.length; i += PART_ROWS) {
    const name = `bench-survey-part-${names.length}.csv`;
    writeFileSync(path.join(dir, name), `${header}\n${body.slice(i, i + PART_ROWS).join('\n')}\n`);
    names.push(name);
  }
  return names;
}

/** In the page: click `selector`, resolve with ms until the norms view has been busy and is idle again. */
async function timeSwitch(page, selector) {
  return page.evaluate(async (sel) => {
    const view = document.querySelector('[data-view="norms"]');
    return await new Promise((resolve) => {
      let t0 = 0;
      let sawBusy = false;
      const check = () => {
        if (view.getAttribute('aria-busy') === 'true') sawBusy = true;
        else if (sawBusy) {
          obs.disconnect();
          resolve(performance.now() - t0);
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(view, { attributes: true, attributeFilter: ['aria-busy'] });
      t0 = performance.now();
      document.querySelector(sel).click();
    });
  }, selector);
}

async function groupToggles(page, timeFilter, runs, out) {
  for (let i = 0; i < runs; i++) for (const g of GROUPS) for (let k = 0; k < 2; k++) out.push(await timeFilter(page, `button[data-group="${g}"]`));
}

const ready = (page) => page.waitForSelector('[data-view="norms"][aria-busy="false"]', { timeout: 120_000 });

export async function run({ base, withBrowser, summary, timeFilter, runs }) {
  const shipped = { filter: [], detail: [] };
  await withBrowser(async (page) => {
    await page.goto(`${base}#/norms`);
    await ready(page);
    await groupToggles(page, timeFilter, runs, shipped.filter);
    await page.goto(`${base}#/norms?norm=g`);
    await ready(page);
    await groupToggles(page, timeFilter, runs, shipped.detail);
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'cg-bench-survey-'));
  const file = path.join(dir, FILE);
  execFileSync('node_modules/.bin/tsx', ['scripts/generate-survey.ts', '--rows', String(ROWS), '--out', file], { stdio: 'ignore' });
  const million = { filter: [], detail: [], rematerialise: [], load_ms: 0, first_update_ms: 0 };
  try {
    million.file_mb = +(statSync(file).size / 1048576).toFixed(1);
    const parts = splitCsv(file, dir);
    await withBrowser(async (page) => {
      await page.route('**/bench-survey-part-*.csv', (route) =>
        route.fulfill({ path: path.join(dir, path.basename(new URL(route.request().url()).pathname)), contentType: 'text/csv' }));
      await page.goto(`${base}?bench=1#/norms`);
      await ready(page);
      const t0 = Date.now();
      const loaded = await page.evaluate((names) => globalThis.__cgLoadSurvey(names), parts);
      million.load_ms = Date.now() - t0;
      const t1 = Date.now();
      await page.waitForFunction(() => document.querySelector('[data-view="norms"]')?.getAttribute('aria-busy') === 'true', null, { timeout: 10_000 }).catch(() => {});
      await ready(page);
      million.first_update_ms = Date.now() - t1;
      million.rows = loaded;
      await groupToggles(page, timeFilter, runs, million.filter);
      for (let i = 0; i < 4; i++) million.rematerialise.push(await timeSwitch(page, '[data-testid="f-illustrative"]'));
      await page.evaluate(() => { location.hash = '#/norms?norm=g'; });
      await ready(page);
      await groupToggles(page, timeFilter, runs, million.detail);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    shipped: { filter_update_ms: summary(shipped.filter.slice(2)), filter_update_detail_ms: summary(shipped.detail.slice(2)) },
    million: {
      rows: million.rows,
      file_mb: million.file_mb,
      load_ms: million.load_ms,
      first_update_after_load_ms: million.first_update_ms,
      filter_update_ms: summary(million.filter.slice(2)),
      filter_update_detail_ms: summary(million.detail.slice(2)),
      illustrative_switch_ms: summary(million.rematerialise),
    },
    budgets: { shipped_filter_update_p95_ms: 50, million_filter_update_p95_ms: 100 },
  };
}
