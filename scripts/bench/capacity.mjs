/**
 * Capacity view timings (not a test): with #/capacity open, in headless Chromium —
 *   filter_update_ms    group chip click → capacity view idle with the new scope (p95 budget 50 ms)
 *   pillar_change_ms    pillar menu change → heat map column, gap list and dots redrawn
 *   threshold_change_ms threshold input change → gap list and distribution redrawn
 * The first two measurements of each series are warm-up and dropped.
 */
import { UN_GROUPS } from '../../src/vocab/groups.ts';
// The UN groups in display order, from the app's vocabulary (npm run bench runs under tsx).
const GROUPS = UN_GROUPS;
const PILLARS = ['legal', 'technical', 'organizational', 'capacity_development', 'cooperation'];

/**
 * In the page: set a control's value, resolve with ms until the view is idle and shows it
 * (`kind` pillar: the gap list's first item is that pillar; threshold: the distribution's
 * threshold label reads the new value).
 */
async function timeControl(page, kind, value) {
  return page.evaluate(
    async ({ kind, value }) => {
      const shown = () =>
        kind === 'pillar'
          ? document.querySelector('[data-testid="gap-list"] li')?.getAttribute('data-pillar') === value
          : [...document.querySelectorAll('[data-testid="cap-distribution"] text')].some(
              (n) => n.textContent === `threshold ${value}`,
            );
      const view = document.querySelector('[data-view="capacity"]');
      return await new Promise((resolve) => {
        const t0 = performance.now();
        const test = () => {
          if (view.getAttribute('aria-busy') === 'false' && shown()) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        };
        const obs = new MutationObserver(test);
        obs.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
        const el = document.querySelector(
          kind === 'pillar' ? '[data-testid="cap-pillar"]' : '[data-testid="cap-threshold"]',
        );
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    { kind, value },
  );
}

export async function run({ base, withBrowser, summary, timeFilter, duckdbReady, runs }) {
  const filter = [];
  const pillar = [];
  const threshold = [];
  await withBrowser(async (page) => {
    await page.goto(`${base}#/capacity?gaps=pillar`);
    await page.waitForSelector('[data-view="capacity"][aria-busy="false"]', { timeout: 60_000 });
    await duckdbReady(page); // steady state
    for (let i = 0; i < runs; i++) {
      for (const g of GROUPS)
        for (let k = 0; k < 2; k++) filter.push(await timeFilter(page, `button[data-group="${g}"]`));
      for (const p of PILLARS) {
        pillar.push(await timeControl(page, 'pillar', p));
      }
      for (const t of ['6', '14', '10']) {
        threshold.push(await timeControl(page, 'threshold', t));
      }
    }
  });
  return {
    filter_update_ms: summary(filter.slice(2)),
    pillar_change_ms: summary(pillar.slice(2)),
    threshold_change_ms: summary(threshold.slice(2)),
  };
}
