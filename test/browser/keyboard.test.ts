import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openHarness, statusText, urlHas, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Keyboard-only paths (WCAG 2.1.1): every action below is a key press through page.keyboard;
// the page is read only to assert what a user would see.
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

const states = readCsv('data/states/states.csv');
const nameOf = (iso3: string) => states.find((s) => s.iso3 === iso3)!.name;

/** Press Tab until the focused element matches `selector` (at most `max` presses); fails if it never does. */
async function tabTo(selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await h.page.keyboard.press('Tab');
    if (await h.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
const focused = (attr: string) => h.page.evaluate((a) => document.activeElement?.getAttribute(a) ?? null, attr);

describe('keyboard-only paths', () => {
  it('selects a state on the map: Tab into the tile grid, Home, →, Enter', async () => {
    // Expected by hand from the tile layout: reading order starts at the top row's first tile,
    // and → goes to the tile right beside it on the same row.
    const tiles = (
      JSON.parse(readFileSync('src/charts/tile-grid.json', 'utf8')) as {
        tiles: { iso3: string; col: number; row: number }[];
      }
    ).tiles;
    const first = [...tiles].sort((a, b) => a.row - b.row || a.col - b.col)[0];
    const right = tiles.find((t) => t.row === first.row && t.col === first.col + 1)!;
    expect(right).toBeDefined();

    await h.page.goto(`${h.base}#/overview`);
    await viewReady(h.page, 'overview');
    await tabTo('[data-testid="state-map"] [data-iso3][role="button"]');
    await h.page.keyboard.press('Home');
    expect(await focused('data-iso3')).toBe(first.iso3);
    await h.page.keyboard.press('ArrowRight');
    expect(await focused('data-iso3')).toBe(right.iso3);
    await h.page.keyboard.press('Enter');
    const panel = h.page.locator('[data-testid="selected-state"] h3');
    await panel.waitFor();
    expect(await panel.innerText()).toContain(nameOf(right.iso3));
    await urlHas(h.page, `state=${right.iso3}`);
    expect(await focused('aria-pressed')).toBe('true');
  }, 60_000);

  it('opens a norm: Tab to norm (g) in the evidence table, Enter opens its detail', async () => {
    const g = readCsv('data/norms-capacity/norms.csv').find((n) => n.norm_id === 'g')!;
    await h.page.goto(`${h.base}#/norms`);
    await viewReady(h.page, 'norms');
    await tabTo('tr[data-norm="g"] th button');
    await h.page.keyboard.press('Enter');
    const detail = h.page.locator('[data-testid="evidence-detail"][data-norm="g"]');
    await detail.waitFor();
    expect(await detail.locator('h2').innerText()).toBe(`Norm g: ${g.short_title} — evidence`);
    await urlHas(h.page, 'norm=g');
    // and closes it again from the keyboard
    await tabTo('[data-testid="evidence-detail"] button.close');
    await h.page.keyboard.press('Enter');
    await detail.waitFor({ state: 'detached' });
  }, 60_000);

  it('sorts a table: Enter on "Support share" orders the norms by it, again reverses', async () => {
    await h.page.goto(`${h.base}#/norms?illus=1`);
    await viewReady(h.page, 'norms');
    const header = h.page.locator('[data-testid="norms-table"] th:has(button[data-sort="support"])');
    const shares = async () =>
      (await h.page.locator('[data-testid="norms-table"] td[data-measure="support"]').allInnerTexts()).map((t) =>
        parseFloat(t),
      );
    // past the evidence matrix (one link per State × norm rung): a long way, but only Tab
    await tabTo('[data-testid="norms-table"] button[data-sort="support"]', 800);
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="norms-table"] th:has(button[data-sort="support"])')
          ?.getAttribute('aria-sort') === 'descending',
    );
    const desc = await shares();
    expect(desc.length).toBe(11);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBeGreaterThan(desc[10]); // the column really varies, so the order means something
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="norms-table"] th:has(button[data-sort="support"])')
          ?.getAttribute('aria-sort') === 'ascending',
    );
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const asc = await shares();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  }, 150_000);

  it('operates the filter bar on a phone: open it, choose a group, Escape closes the dropdown then the bar', async () => {
    const african = states.filter((s) => s.un_regional_group === 'African' && s.un_member === 'true').length;
    await h.page.setViewportSize({ width: 390, height: 844 });
    try {
      await h.page.goto(`${h.base}#/overview`);
      await viewReady(h.page, 'overview');
      const toggle = h.page.locator('[data-testid="filter-toggle"]');
      await tabTo('[data-testid="filter-toggle"]');
      await h.page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await h.page.locator('.filterbar button[data-group="African"]').isVisible()).toBe(true);

      await tabTo('.filterbar button[data-group="African"]');
      await h.page.keyboard.press('Space');
      await h.page.waitForFunction(
        (n) => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === `${n} states in scope`,
        african,
      );
      expect(await statusText(h.page)).toBe(`${african} states in scope`);
      expect(await focused('aria-pressed')).toBe('true');
      await urlHas(h.page, 'group=African');

      // a dropdown: Enter opens it, Tab goes into it, Escape closes it and returns to its summary
      await tabTo('[data-testid="f-income"] summary');
      await h.page.keyboard.press('Enter');
      const income = h.page.locator('[data-testid="f-income"]');
      expect(await income.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await h.page.keyboard.press('Tab');
      expect(await h.page.evaluate(() => !!document.activeElement?.closest('[data-testid="f-income"] fieldset'))).toBe(
        true,
      );
      await h.page.keyboard.press('Escape');
      expect(await income.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(
        await h.page.evaluate(() => document.activeElement?.matches('[data-testid="f-income"] summary') ?? false),
      ).toBe(true);

      // Escape again folds the bar back to its one-line summary, focus on its button
      await h.page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('filter-toggle');
      expect(await toggle.innerText()).toContain('African');
      expect(await statusText(h.page)).toBe(`${african} states in scope`);
    } finally {
      await h.page.setViewportSize({ width: 1400, height: 1000 });
    }
  }, 60_000);
});
