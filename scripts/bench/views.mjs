/**
 * Every registered view (not a test), in headless Chromium —
 *   first_change_after_load_ms   on a fresh page, the moment the view is idle, one filter change
 *                                (the observers box, clicked by the page: bench-lib/first-change.mjs)
 *                                timed from the click to its paint
 *   filters_interactive_ms       navigation → that first change painted
 *   filters_interactive_before_duckdb   how many of those were painted before DuckDB was ready
 *   never_seen_painted_ms / revisit_painted_ms   once DuckDB is ready, the five UN groups walked in
 *                                Gray-code order (31 filters the page has not run), then again
 *                                (31 revisits), each timed from the click to the paint (`timeFilter`)
 * The view list is read from the nav, so a newly registered view is measured without editing
 * this file (`BENCH_VIEWS=a,b` limits it). Up to 5 fresh pages per view (medians of 5) give the first-change figures; the walks use the first.
 */
import { armFirstChange, firstChangeResult } from '../bench-lib/first-change.mjs';

export async function run({
  base,
  withBrowser,
  summary,
  timeFilter,
  duckdbReady,
  neverSeenAndRevisits,
  observers,
  runs,
}) {
  const names = await withBrowser(async (page) => {
    await page.goto(base);
    await page.waitForSelector('nav a[href^="#/"]');
    return page.$$eval('nav a[href^="#/"]', (as) =>
      as.map((a) => a.getAttribute('href').replace(/^#\/([^?]*).*$/, '$1')),
    );
  });
  // BENCH_VIEWS=norms,law measures just those views (a quick rerun); default: every view.
  const pick = process.env.BENCH_VIEWS?.split(',').filter(Boolean);
  if (pick?.length) names.splice(0, names.length, ...names.filter((n) => pick.includes(n)));
  const out = {};
  const pages = Math.max(1, Math.min(runs, 5));
  for (const name of names) {
    const first = [];
    const interactive = [];
    let beforeDuckdb = 0;
    let walks = null;
    for (let r = 0; r < pages; r++) {
      await withBrowser(async (page) => {
        await armFirstChange(page, name, observers);
        await page.goto(`${base}#/${name}`);
        const f = await firstChangeResult(page);
        first.push(f.change);
        interactive.push(f.interactive);
        if (f.beforeDuckdb) beforeDuckdb++;
        if (r > 0) return;
        await duckdbReady(page);
        await timeFilter(page, observers); // back to the 193 members (a filter already seen)
        walks = await neverSeenAndRevisits(page);
      });
    }
    out[name] = {
      never_seen_painted_ms: summary(walks[0]),
      revisit_painted_ms: summary(walks[1]),
      first_change_after_load_ms: summary(first),
      filters_interactive_ms: summary(interactive),
      filters_interactive_before_duckdb: `${beforeDuckdb} of ${first.length}`,
    };
  }
  return out;
}
