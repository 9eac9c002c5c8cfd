import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDuckdb, openHarness, statusText, viewReady, type Harness } from './harness';

// Every view's default first screen comes from the build-time snapshot (views/<view>/first-screen.ts,
// scripts/build-snapshot.ts): with DuckDB held back, each view must paint and follow a filter
// change, and once DuckDB is up the same screen must show the same text. A view that starts
// asking a query its declaration lacks fails here (it waits for DuckDB and never becomes idle).
let h: Harness;
let release: () => void = () => {};
const WEOG = 'section.filterbar button[data-group="WEOG"]';
let views: string[] = [];
const before = new Map<string, string>();

beforeAll(async () => {
  h = await openHarness();
  release = await holdDuckdb(h);
});
afterAll(async () => {
  release();
  await h?.close();
});

const scopeIs = (t: string) =>
  h.page.waitForFunction((t) => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === t, t, {
    timeout: 10_000,
  });

/** Open a view from the nav, filter it to WEOG, read its text, and clear the filter again. */
async function visit(view: string): Promise<string> {
  await h.page.click(`nav a[href^="#/${view}"]`);
  await viewReady(h.page, view, 10_000);
  expect(await statusText(h.page), view).toBe('193 states in scope');
  await h.page.click(WEOG);
  await scopeIs('29 states in scope'); // WEOG members in states.csv
  await viewReady(h.page, view, 10_000);
  // textContent: includes blocks drawn lazily off screen, so the whole view is compared
  const text = await h.page.locator(`[data-view="${view}"]`).evaluate((e) => e.textContent ?? '');
  await h.page.click(WEOG);
  await scopeIs('193 states in scope');
  return text.replace(/\s+/g, ' ');
}

describe('every view paints and filters before DuckDB is ready', () => {
  it('each view in the nav, in turn, while DuckDB is held back', async () => {
    await h.page.goto(h.base);
    await viewReady(h.page, 'overview');
    views = await h.page.$$eval('nav a[href^="#/"]', (as) =>
      as.map((a) => a.getAttribute('href')!.replace(/^#\/([^?]*).*$/, '$1')),
    );
    expect(views.length).toBeGreaterThanOrEqual(14);
    for (const v of views) before.set(v, await visit(v));
    expect(await h.page.evaluate(() => document.documentElement.dataset.duckdb ?? 'not ready')).toBe('not ready');
    expect(await h.page.locator('[data-engine]').getAttribute('data-engine')).toBe('loading');
    // Screens with data: the WEOG-filtered Norms and Law screens name WEOG states
    expect(before.get('law')).toContain('France');
    expect(before.get('norms')).toMatch(/29 states/);
    expect(h.errors).toEqual([]);
  });

  it('once DuckDB is up, every view shows the same text under the same filter', async () => {
    release();
    await h.page.waitForFunction(() => document.documentElement.dataset.duckdb === 'ready', null, { timeout: 30_000 });
    for (const v of views) {
      const now = await visit(v);
      const was = before.get(v)!;
      // On a difference, show where it starts rather than two whole pages of text
      let i = 0;
      while (i < now.length && now[i] === was[i]) i++;
      expect(now.slice(Math.max(0, i - 80), i + 80), `${v} differs at character ${i}`).toBe(
        was.slice(Math.max(0, i - 80), i + 80),
      );
      expect(now.length, v).toBe(was.length);
    }
    expect(h.errors).toEqual([]);
  });
});
