/**
 * Outputs benchmark (issue 6): time to produce a brief and each download on the full shipped
 * data, in headless Chromium on the built app. Budgets: ≤ 3000 ms a brief, ≤ 1000 ms a download.
 *   brief_ms.<focus>       hash change → brief rendered (aria-busy false, new title)
 *   download_ms.<dataset>.<format>  click → the file's bytes handed to the browser (blob URL made)
 *   download_ms.zip_all_datasets_csv          the menu's default zip: every dataset as CSV + datapackage.json + CITATION
 *   download_ms.zip_all_datasets_all_formats  the largest: every dataset in all four formats
 */
const FOCUSES = ['question:sovereignty_rule', 'norm:g', 'group:African', 'state:FRA', 'org:EU'];
const DATASETS = ['survey-responses', 'unga-votes', 'il-positions'];
const FORMATS = ['csv', 'parquet', 'arrow', 'json'];

/** In the page: set the hash, resolve with ms until the brief is rendered with a new title. */
function timeBrief(page, hash) {
  return page.evaluate(async (h) => {
    const title = () => document.querySelector('[data-testid="brief-document"] h1')?.textContent ?? '';
    const before = title();
    const done = () =>
      document.querySelector('[data-view="brief"]')?.getAttribute('aria-busy') === 'false' &&
      title() !== before &&
      title() !== '';
    return await new Promise((resolve) => {
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        if (done()) {
          obs.disconnect();
          resolve(performance.now() - t0);
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      location.hash = h;
    });
  }, hash);
}

/** In the page: click a download button, resolve with ms until its blob URL is created. */
function timeDownload(page, selector) {
  return page.evaluate(async (sel) => {
    const w = window;
    if (!w.__cgBlobPatched) {
      const orig = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b) => ((w.__cgBlobAt = performance.now()), orig(b));
      w.__cgBlobPatched = true;
    }
    const t0 = performance.now();
    document.querySelector(sel).click();
    while (!(w.__cgBlobAt > t0)) await new Promise((r) => setTimeout(r, 2));
    return w.__cgBlobAt - t0;
  }, selector);
}

export async function run({ base, withBrowser, summary, runs }) {
  const brief = Object.fromEntries(FOCUSES.map((f) => [f, []]));
  const downloads = {};
  const zip = [];
  const zipCsv = [];
  await withBrowser(async (page) => {
    await page.goto(`${base}#/brief?focus=norm:a&audience=KEN`);
    await page.waitForSelector('[data-view="brief"][aria-busy="false"] [data-testid="brief-document"]', {
      timeout: 60_000,
    });
    for (let i = 0; i < Math.max(3, runs); i++)
      for (const f of FOCUSES) brief[f].push(await timeBrief(page, `#/brief?focus=${f}&audience=KEN`));

    await page.goto(`${base}#/overview`);
    await page.waitForSelector('[data-view="overview"][aria-busy="false"]');
    await page.click('[data-testid="download-menu"] summary');
    await page.waitForSelector('[data-testid="download-menu"] button[data-dataset="survey-responses"]', {
      timeout: 30_000,
    });
    for (let i = 0; i < Math.max(3, runs); i++) {
      for (const d of DATASETS)
        for (const f of FORMATS) {
          const sel = `[data-testid="download-menu"] button[data-dataset="${d}"][data-format="${f}"]`;
          await page.waitForSelector(`${sel}:not([disabled])`);
          ((downloads[d] ??= {})[f] ??= []).push(await timeDownload(page, sel));
        }
      // the default zip: every dataset ticked, CSV
      await page.waitForSelector('[data-testid="download-zip"]:not([disabled])');
      zipCsv.push(await timeDownload(page, '[data-testid="download-zip"]'));
      // the largest zip: every dataset in every format
      for (const f of FORMATS) {
        // Exact label: "CSV" must not also match the "CSV for Excel" option.
        const box = page
          .locator('[data-testid="download-menu"] .zip label')
          .filter({
            hasText: new RegExp(
              `^\\s*${f === 'arrow' ? 'Arrow IPC' : f === 'csv' ? 'CSV' : f === 'json' ? 'JSON' : 'Parquet'}\\s*$`,
            ),
          })
          .locator('input');
        if (!(await box.isChecked())) await box.check();
      }
      await page.waitForSelector('[data-testid="download-zip"]:not([disabled])');
      zip.push(await timeDownload(page, '[data-testid="download-zip"]'));
    }
  });
  const download_ms = Object.fromEntries(
    Object.entries(downloads).map(([d, fs]) => [
      d,
      Object.fromEntries(Object.entries(fs).map(([f, xs]) => [f, summary(xs)])),
    ]),
  );
  const worstDownload = Math.max(
    ...Object.values(downloads).flatMap((fs) => Object.values(fs).map((xs) => summary(xs).p95)),
    summary(zip).p95,
    summary(zipCsv).p95,
  );
  const worstBrief = Math.max(...Object.values(brief).map((xs) => summary(xs).p95));
  return {
    brief_ms: Object.fromEntries(Object.entries(brief).map(([f, xs]) => [f, summary(xs)])),
    download_ms: { ...download_ms, zip_all_datasets_csv: summary(zipCsv), zip_all_datasets_all_formats: summary(zip) },
    worst_p95_ms: { brief: worstBrief, download: worstDownload },
    budgets_ms: { brief: 3000, download: 1000 },
    within_budget: worstBrief <= 3000 && worstDownload <= 1000,
  };
}
