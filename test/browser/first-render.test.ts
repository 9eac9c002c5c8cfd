import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Issue 15, "filters interactive": a first screen builds what is on it, and what is folded
// away is built when it is opened. Charts learn their width without a layout forced in the
// middle of the first render (charts/observe-width.ts).
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

const weogNames = () =>
  readCsv('data/states/states.csv')
    .filter((s) => s.un_regional_group === 'WEOG' && s.un_member === 'true')
    .map((s) => s.name)
    .sort();

describe('first render', () => {
  it('Alignment: the find box suggestions and the download menu are built when used, with the right content', async () => {
    await h.page.goto(`${h.base}#/alignment?group=WEOG`);
    await viewReady(h.page, 'alignment');
    const options = h.page.locator('datalist#alignment-states option');
    expect(await options.count()).toBe(0);
    const menu = h.page.locator('[data-view="alignment"] [data-testid="download-menu"]').first();
    expect(await menu.locator('table').count()).toBe(0);

    await h.page.locator('#alignment-find').focus();
    const names = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).sort());
    expect(names).toEqual(weogNames()); // 29 WEOG members in states.csv
    expect(names).toHaveLength(29);

    await menu.locator('summary').click();
    await expect.poll(() => menu.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await menu.locator('button[data-format="csv"]').count()).toBe(await menu.locator('tbody tr').count());
    await expect.poll(() => menu.locator('[data-testid="citation"]').innerText()).toContain('UN regional group: WEOG');
  });

  it('Alignment: the first screen is ready before the blocks below the fold are built; they follow unasked and show a filter set while they waited', async () => {
    // At the moment the view first says it is idle, note what is built, and click the WEOG chip
    // there and then, before any block below the fold exists. A page of its own: the script
    // stays with the page.
    const page = await h.page.context().newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __atIdle?: Record<string, unknown> };
      const mo = new MutationObserver(() => {
        if (w.__atIdle || !document.querySelector('[data-view="alignment"][aria-busy="false"]')) return;
        w.__atIdle = {
          placeholders: document.querySelectorAll('[data-below-fold]').length,
          table: !!document.querySelector('[data-testid="resolution-table"]'),
          grid: !!document.querySelector('[data-testid="vote-grid"]'),
          whoMoved: !!document.querySelector('[data-testid="who-moved"]'),
        };
        document.querySelector<HTMLButtonElement>('button.chip[data-group="WEOG"]')!.click();
      });
      mo.observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`${h.base}#/alignment`);
    await viewReady(page, 'alignment');
    const atIdle = await page.evaluate(() => (window as unknown as { __atIdle: Record<string, unknown> }).__atIdle);
    // Breakdown, who moved, the vote grid, the timeline and the committee layer wait.
    expect(atIdle).toEqual({ placeholders: 5, table: true, grid: false, whoMoved: false });
    // Built without a scroll, and drawn for the filter set before they existed.
    expect(await page.locator('[data-below-fold]').count()).toBe(0);
    const weogVoting = readCsv('data/states/states.csv').filter(
      (s) => s.un_regional_group === 'WEOG' && s.un_member === 'true',
    ).length;
    await expect
      .poll(() => page.locator('[data-testid="vote-grid"] canvas').getAttribute('aria-label'))
      .toBe(`Votes of ${weogVoting} states on 12 roll calls`);
    expect(await page.locator('[data-testid="who-moved"]').count()).toBe(1);
    await page.close();
  });

  it('Capacity: a block the reader scrolls to is built at once, while the ones passed over wait for a pause', async () => {
    const page = await h.page.context().newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    // The moment the view is idle: jump to the foot of the page, then keep "pressing" (an input
    // every 80 ms for 3 s), so the blocks' wait for a pause never ends meanwhile.
    await page.addInitScript(() => {
      const mo = new MutationObserver(() => {
        if (!document.querySelector('[data-view="capacity"][aria-busy="false"]')) return;
        mo.disconnect();
        scrollTo(0, document.documentElement.scrollHeight);
        const t = setInterval(() => dispatchEvent(new Event('pointerdown')), 80);
        setTimeout(() => clearInterval(t), 3000);
      });
      mo.observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`${h.base}#/capacity`);
    await page.waitForSelector('[data-view="capacity"][aria-busy="false"]');
    // The map near the foot comes with the scroll; the gap list, passed over, is still waiting.
    await page.waitForSelector('[data-testid="cap-map"]', { timeout: 2000 });
    expect(await page.locator('[data-testid="gap-list"]').count()).toBe(0);
    expect(await page.locator('[data-below-fold]').count()).toBeGreaterThan(0);
    // Once the input stops, the rest follows.
    await viewReady(page, 'capacity');
    expect(await page.locator('[data-testid="gap-list"]').count()).toBe(1);
    await page.close();
  });

  it('Capacity: the dot distribution is drawn at the width of its box, and follows a resize', async () => {
    await h.page.setViewportSize({ width: 1400, height: 1000 });
    await h.page.goto(`${h.base}#/capacity`);
    await viewReady(h.page, 'capacity');
    const sizes = () =>
      h.page
        .locator('.dots')
        .first()
        .evaluate((el) => ({
          box: el.clientWidth,
          drawn: Number(el.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]),
        }));
    // the width arrives with the first frame after the mount (a ResizeObserver report)
    await expect.poll(async () => (await sizes()).drawn).toBeGreaterThan(900); // not the 900 px default
    const wide = await sizes();
    expect(wide.drawn).toBe(wide.box); // label band + plot + margin fill the box
    await h.page.setViewportSize({ width: 700, height: 1000 });
    await expect.poll(async () => (await sizes()).drawn).toBeLessThan(wide.drawn);
    const narrow = await sizes();
    expect(narrow.drawn).toBe(narrow.box);
    await h.page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('a filter change keeps the DOM-built matrix cells of rows still in scope (Law debates, Norms)', async () => {
    for (const [hash, view, sel] of [
      ['#/law?set=debates', 'law', '[data-testid="actor-matrix"] tr[data-actor="FRA"] td.c'],
      ['#/norms', 'norms', '[data-testid="evidence-matrix"] tbody tr:has(button:text-is("France")) td'],
    ] as const) {
      await h.page.goto(`${h.base}${hash}`);
      await viewReady(h.page, view);
      const cells = h.page.locator(sel);
      const n = await cells.count();
      expect(n, hash).toBeGreaterThan(9);
      await cells.evaluateAll((tds) => tds.forEach((td) => ((td as HTMLElement).dataset.probe = 'kept')));
      await h.page.click('button[data-group="WEOG"]'); // France stays in scope
      await viewReady(h.page, view);
      await h.page.click('button[data-group="African"]');
      await viewReady(h.page, view);
      expect(await h.page.locator(`${sel}[data-probe="kept"]`).count(), hash).toBe(n);
      await h.page.click('button[data-group="WEOG"]');
      await h.page.click('button[data-group="African"]');
      await viewReady(h.page, view);
    }
  });
});
