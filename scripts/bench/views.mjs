/**
 * Every registered view (not a test), in headless Chromium: never-seen filters apart from
 * revisits, each timed from the click to the paint that shows it (`timeFilter`). One page per
 * view walks the five UN groups in Gray-code order (31 filters the page has not run), then walks
 * them again (31 revisits, answered from the result cache). The view list is read from the nav,
 * so a newly registered view is measured without editing this file.
 */
export async function run({ base, withBrowser, summary, neverSeenAndRevisits }) {
  const names = await withBrowser(async (page) => {
    await page.goto(base);
    await page.waitForSelector('nav a[href^="#/"]');
    return page.$$eval('nav a[href^="#/"]', (as) => as.map((a) => a.getAttribute('href').replace(/^#\/([^?]*).*$/, '$1')));
  });
  const out = {};
  for (const name of names) {
    await withBrowser(async (page) => {
      await page.goto(`${base}#/${name}`);
      await page.waitForSelector(`[data-view="${name}"][aria-busy="false"]`, { timeout: 60_000 });
      await page.waitForFunction(() => document.documentElement.dataset.duckdb === 'ready', null, { timeout: 60_000 });
      const [fresh, again] = await neverSeenAndRevisits(page);
      out[name] = { never_seen_painted_ms: summary(fresh), revisit_painted_ms: summary(again) };
    });
  }
  return out;
}
