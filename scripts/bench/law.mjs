/**
 * International-law view timings (not a test), in headless Chromium —
 *   filter_update_ms          group chip click → #/law idle with the new scope (p95 budget 50 ms)
 *   filter_update_detail_ms   the same with a question open (two more queries and the map)
 *   question_open_ms          question link click → detail, its map and tables rendered
 *   cell_open_ms              matrix cell click → source panel shown
 * The first two measurements of each series are warm-up and dropped.
 */
import { UN_GROUPS } from '../../src/vocab/groups.ts';
// The UN groups in display order, from the app's vocabulary (npm run bench runs under tsx).
const GROUPS = UN_GROUPS;
const QUESTIONS = [
  'sovereignty_rule',
  'new_binding_instrument',
  'due_diligence_binding',
  'il_applies',
  'countermeasures',
];
const CELLS = [
  'GBR.sovereignty_rule',
  'FRA.il_applies',
  'RUS.new_binding_instrument',
  'USA.countermeasures',
  'EST.collective_countermeasures',
];

/** In the page: click `selector`, resolve with ms until `ready` (a selector) exists and the view is idle. */
async function timeClick(page, selector, ready) {
  return page.evaluate(
    async ({ selector, ready }) => {
      const view = document.querySelector('[data-view="law"]');
      return await new Promise((resolve) => {
        let t0 = 0;
        const test = () => {
          if (view.getAttribute('aria-busy') === 'false' && document.querySelector(ready)) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        };
        const obs = new MutationObserver(test);
        obs.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
        t0 = performance.now();
        document.querySelector(selector).click();
      });
    },
    { selector, ready },
  );
}

export async function run({ base, withBrowser, summary, timeFilter, duckdbReady, runs }) {
  const filter = [];
  const filterDetail = [];
  const question = [];
  const cell = [];
  await withBrowser(async (page) => {
    await page.goto(`${base}#/law`);
    await page.waitForSelector('[data-view="law"][aria-busy="false"]', { timeout: 60_000 });
    await duckdbReady(page); // steady state
    for (let i = 0; i < runs; i++) {
      for (const g of GROUPS)
        for (let k = 0; k < 2; k++) filter.push(await timeFilter(page, `button[data-group="${g}"]`));
      for (const q of QUESTIONS) {
        question.push(
          await timeClick(
            page,
            `[data-testid="question-table"] tr[data-question="${q}"] th a`,
            `[data-testid="question-detail"][data-question="${q}"] [data-testid="law-map"] rect`,
          ),
        );
      }
      for (const g of GROUPS)
        for (let k = 0; k < 2; k++) filterDetail.push(await timeFilter(page, `button[data-group="${g}"]`));
      for (const c of CELLS) cell.push(await timeClick(page, `[data-cell="${c}"]`, `[data-testid="source-panel"]`));
    }
  });
  return {
    filter_update_ms: summary(filter.slice(2)),
    filter_update_detail_ms: summary(filterDetail.slice(2)),
    question_open_ms: summary(question.slice(2)),
    cell_open_ms: summary(cell.slice(2)),
  };
}
