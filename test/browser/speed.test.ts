import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDuckdb, openHarness, statusText, viewReady, type Harness } from './harness';

// What issue 15 changes in behaviour (not in timing: speed is measured by `npm run bench`):
// filters work from the snapshot before DuckDB is ready, and map updates keep their nodes.
let h: Harness;
let release: () => void = () => {};
beforeAll(async () => {
  h = await openHarness();
  release = await holdDuckdb(h);
});
afterAll(async () => {
  release();
  await h?.close();
});

/** The page's loaded scripts (same origin, not the engine's worker) whose text contains `needle`. */
async function scriptsNaming(needle: string): Promise<string[]> {
  const urls = await h.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => u.endsWith('.js') && !u.includes('.worker')),
  );
  const hits: string[] = [];
  for (const u of urls) if ((await (await fetch(u)).text()).includes(needle)) hits.push(new URL(u).pathname);
  return hits;
}

const scopeIs = (n: number) =>
  h.page.waitForFunction(
    (t) => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === t,
    `${n} states in scope`,
  );

describe('filters before DuckDB and keyed map updates', () => {
  it('the overview paints and a filter works while DuckDB is still starting', async () => {
    await h.page.goto(h.base);
    await viewReady(h.page, 'overview');
    expect(await statusText(h.page)).toBe('193 states in scope');
    await h.page.click('button[data-group="WEOG"]');
    await scopeIs(29); // WEOG members in states.csv (the foundation SQL test counts them too)
    await viewReady(h.page, 'overview');
    expect(await h.page.locator('[data-testid="card-states"] .big').innerText()).toBe('29');
    expect(await h.page.locator('[data-testid="state-map"] [data-in-scope="true"]').count()).toBe(29);
    expect(await h.page.evaluate(() => document.documentElement.dataset.duckdb ?? 'not ready')).toBe('not ready');
    expect(await h.page.locator('[data-engine]').getAttribute('data-engine')).toBe('loading');
    // DuckDB's bindings (and Apache Arrow with them) are not part of the page's script: only
    // the engine's start loads them. Their chunk is the one naming the engine's worker file.
    expect(await scriptsNaming('duckdb-browser-eh')).toEqual([]);
  });

  it('once DuckDB is ready the same filter shows the same figures', async () => {
    const before = await h.page.locator('[data-testid="card-il"]').innerText();
    release();
    await h.page.waitForFunction(() => document.documentElement.dataset.duckdb === 'ready', null, { timeout: 30_000 });
    expect(await scriptsNaming('duckdb-browser-eh')).toHaveLength(1);
    await h.page.click('button[data-group="WEOG"]');
    await scopeIs(193);
    await h.page.click('button[data-group="WEOG"]');
    await scopeIs(29);
    expect(await h.page.locator('[data-testid="card-il"]').innerText()).toBe(before);
  });

  it('a filter change updates map tiles in place: the same nodes, new attributes', async () => {
    await h.page.evaluate(() =>
      document.querySelector('[data-testid="state-map"] [data-iso3="FRA"]')?.setAttribute('data-probe', 'kept'),
    );
    expect(await h.page.locator('[data-iso3="FRA"]').getAttribute('data-in-scope')).toBe('true');
    await h.page.click('button[data-group="WEOG"]'); // off again: France stays in scope
    await h.page.click('button[data-group="African"]');
    await scopeIs(54);
    await viewReady(h.page, 'overview');
    const fra = h.page.locator('[data-testid="state-map"] [data-iso3="FRA"]');
    expect(await fra.getAttribute('data-in-scope')).toBe('false');
    expect(await fra.getAttribute('data-probe')).toBe('kept');
    expect(h.errors).toEqual([]);
  });
});
