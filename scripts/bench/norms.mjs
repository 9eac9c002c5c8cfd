/**
 * Norms view timings (not a test), in headless Chromium, each a Gray-code walk over the five UN
 * groups (31 filters the page has never run), then the same walk again (31 revisits), timed from
 * the click to the paint (`timeFilter`; budget for every view but the Overview: median ≤ 33 ms,
 * p95 ≤ 66 ms) —
 *   shipped_illustrative.*   #/norms?illus=1: the shipped survey analysed (tables, heat map, the
 *                            state × norm matrix) besides the evidence; `detail_*` with norm g open
 *   million.*                the same after loading a generated 1,000,000-row survey (`illus=1`);
 *                            plus how long loading it, the first update after it and
 *                            re-materialising the answers (illustrative switch) take
 * (#/norms as shipped, illustrative off, is in bench/views.mjs with every other view.)
 * The 1,000,000 rows come from scripts/generate-survey.ts (seeded), are written to a temp file
 * (never into data/ or dist/), served to the page at the app's own origin by request
 * interception, and loaded through the benchmark-only hook (`?bench`) into the same in-memory
 * table an import uses, so the real norms queries run on them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROWS = Number(process.env.BENCH_SURVEY_ROWS ?? 1_000_000);
const FILE = 'bench-survey-1m.csv';
// DevTools request interception carries at most 100 MB per response, so the file goes in parts.
const PART_ROWS = 200_000;

/** Split a CSV into files of PART_ROWS rows, each with the header; returns their names. */
function splitCsv(file, dir) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
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

const ready = (page) => page.waitForSelector('[data-view="norms"][aria-busy="false"]', { timeout: 120_000 });

export async function run({ base, withBrowser, summary, neverSeenAndRevisits, duckdbReady }) {
  const walk = async (page) => {
    const [fresh, again] = await neverSeenAndRevisits(page);
    return { never_seen_painted_ms: summary(fresh), revisit_painted_ms: summary(again) };
  };
  const shipped = {};
  await withBrowser(async (page) => {
    await page.goto(`${base}#/norms?illus=1`);
    await ready(page);
    await duckdbReady(page);
    Object.assign(shipped, await walk(page));
  });
  await withBrowser(async (page) => {
    await page.goto(`${base}#/norms?illus=1&norm=g`);
    await ready(page);
    const w = await walk(page);
    shipped.detail_never_seen_painted_ms = w.never_seen_painted_ms;
    shipped.detail_revisit_painted_ms = w.revisit_painted_ms;
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'cg-bench-survey-'));
  const file = path.join(dir, FILE);
  execFileSync('node_modules/.bin/tsx', ['scripts/generate-survey.ts', '--rows', String(ROWS), '--out', file], {
    stdio: 'ignore',
  });
  const million = {};
  try {
    million.file_mb = +(statSync(file).size / 1048576).toFixed(1);
    const parts = splitCsv(file, dir);
    await withBrowser(async (page) => {
      await page.route('**/bench-survey-part-*.csv', (route) =>
        route.fulfill({
          path: path.join(dir, path.basename(new URL(route.request().url()).pathname)),
          contentType: 'text/csv',
        }),
      );
      await page.goto(`${base}?bench=1#/norms?illus=1`);
      await ready(page);
      const t0 = Date.now();
      million.rows = await page.evaluate((names) => globalThis.__cgLoadSurvey(names), parts);
      million.load_ms = Date.now() - t0;
      const t1 = Date.now();
      await page
        .waitForFunction(
          () => document.querySelector('[data-view="norms"]')?.getAttribute('aria-busy') === 'true',
          null,
          { timeout: 10_000 },
        )
        .catch(() => {});
      await ready(page);
      million.first_update_after_load_ms = Date.now() - t1;
      Object.assign(million, await walk(page));
      const sw = [];
      for (let i = 0; i < 4; i++) sw.push(await timeSwitch(page, '[data-testid="f-illustrative"]'));
      million.illustrative_switch_ms = summary(sw);
      await page.evaluate(() => {
        location.hash = '#/norms?illus=1&norm=g';
      });
      await ready(page);
      const w = await walk(page);
      million.detail_never_seen_painted_ms = w.never_seen_painted_ms;
      million.detail_revisit_painted_ms = w.revisit_painted_ms;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { shipped_illustrative: shipped, million, budgets: { never_seen_median_ms: 33, never_seen_p95_ms: 66 } };
}
