import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hashIs, openHarness, statusText, urlHas, viewReady, type Harness } from './harness';
import { rows } from '../sql/db';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('foundation in the browser', () => {
  it('loads the overview with all 193 UN members in scope and DuckDB ready', async () => {
    await h.page.goto(h.base);
    await viewReady(h.page, 'overview');
    await h.page.waitForFunction(() => document.documentElement.dataset.duckdb === 'ready', null, { timeout: 30_000 });
    expect(await statusText(h.page)).toBe('193 states in scope');
    expect(await h.page.locator('[data-testid="state-map"] [data-in-scope="true"]').count()).toBe(193);
    expect(await h.page.locator('[data-testid="card-states"] .big').innerText()).toBe('193');
  });

  it('choosing the African Group shows 54 states in scope and 54 on the map', async () => {
    await h.page.click('button[data-group="African"]');
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '54 states in scope',
    );
    await viewReady(h.page, 'overview');
    expect(await h.page.locator('[data-testid="state-map"] [data-in-scope="true"]').count()).toBe(54);
    await hashIs(h.page, '#/overview?group=African');
  });

  it('reproduces the view from the URL after a reload', async () => {
    await h.page.reload();
    await viewReady(h.page, 'overview');
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '54 states in scope',
    );
    expect(await h.page.locator('button[data-group="African"]').getAttribute('aria-pressed')).toBe('true');
    expect(await h.page.locator('[data-testid="state-map"] [data-in-scope="true"]').count()).toBe(54);
  });

  it('combines filters and supports back and forward', async () => {
    await h.page.click('button[data-group="GRULAC"]'); // African or GRULAC: 54 + 33
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '87 states in scope',
    );
    // Each change is one history entry, written after its paint: wait for it, as a user's
    // next click comes after the paint too
    await urlHas(h.page, 'GRULAC');
    await h.page.selectOption('select[aria-label="Small Island Developing State"]', 'yes');
    // SIDS among African (6) and GRULAC (16) counted from states.csv by hand: CPV COM GNB MUS STP SYC; ATG BHS BRB BLZ CUB DMA DOM GRD GUY HTI JAM KNA LCA VCT SUR TTO
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '22 states in scope',
    );
    await urlHas(h.page, 'sids=1');
    await h.page.goBack();
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '87 states in scope',
    );
    await h.page.goForward();
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '22 states in scope',
    );
  });

  it('a filter list builds its options when opened; ticking one filters', async () => {
    await h.page.goto(`${h.base}#/overview`);
    await viewReady(h.page, 'overview');
    const region = h.page.locator('[data-testid="f-region"]');
    expect(await region.locator('input').count()).toBe(0); // not built while it has never opened
    await region.locator('summary').click();
    // the five UN M49 regions of states.csv
    expect(await region.locator('input[type="checkbox"]').count()).toBe(5);
    await region.locator('input[value="Oceania"]').check();
    // UN members in Oceania, counted in states.csv: AUS FJI FSM KIR MHL NRU NZL PLW PNG SLB TON TUV VUT WSM
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '14 states in scope',
    );
    await region.locator('summary').click(); // closed again: the options stay
    expect(await region.locator('input:checked').count()).toBe(1);
    await urlHas(h.page, 'region=Oceania');
  });

  it('selects a state by clicking the map and keeps it in the URL', async () => {
    await h.page.goto(`${h.base}#/overview`);
    await viewReady(h.page, 'overview');
    await h.page.click('[data-testid="state-map"] [data-iso3="FRA"]');
    await h.page.waitForSelector('[data-testid="selected-state"]');
    expect(await h.page.locator('[data-testid="selected-state"] h3').innerText()).toContain('France');
    await urlHas(h.page, 'state=FRA');
    await h.page.click('[data-testid="open-profile"]');
    await viewReady(h.page, 'profile');
    await hashIs(h.page, '#/profile?state=FRA');
  });

  it('draws the geographic map form', async () => {
    await h.page.goto(`${h.base}#/overview?map=geo&group=WEOG`);
    await viewReady(h.page, 'overview');
    expect(
      await h.page.locator('[data-testid="state-map"][data-form="geo"] path[data-in-scope="true"]').count(),
    ).toBeGreaterThan(20);
  });

  it('falls back to defaults on an invalid hash', async () => {
    await h.page.goto(`${h.base}#/nonsense?group=%E0%A4%A&ldc=7`);
    await viewReady(h.page, 'overview');
    expect(await statusText(h.page)).toBe('193 states in scope');
  });

  it('lists every source on the About page: the 40 most cited first, all on request', async () => {
    await h.page.goto(`${h.base}#/about`);
    await viewReady(h.page, 'about');
    // every source in the shipped database, counted in Node, not through the app
    const all = (await rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM sources'))[0].n;
    expect(all).toBeGreaterThan(300);
    const body = h.page.locator('[data-testid="sources-table"] tbody tr');
    expect(await body.count()).toBe(40);
    expect(await h.page.locator('[data-testid="sources-count"]').innerText()).toBe(
      `The 40 most cited of ${all} sources.`,
    );
    await h.page.getByRole('button', { name: `Show all ${all} sources` }).click();
    await expect.poll(() => body.count()).toBe(all);
    expect(await h.page.locator('[data-testid="sources-count"]').innerText()).toBe(`${all} sources.`);
    // the data version shown is the served manifest's (a hash of the input CSVs, see build-data.test.ts)
    const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { version: string };
    await expect.poll(() => h.page.locator('[data-testid="data-version"] strong').innerText()).toBe(manifest.version);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});

describe('accessibility (axe-core, WCAG 2 A/AA, serious and critical)', () => {
  it('overview and about have no serious violations', async () => {
    const { seriousViolations } = await import('./a11y');
    for (const view of ['overview', 'about']) {
      await h.page.goto(`${h.base}#/${view}`);
      await viewReady(h.page, view);
      expect(await seriousViolations(h.page)).toEqual([]);
    }
  });

  it('the checker itself catches a nameless button (so the check above can fail)', async () => {
    const { seriousViolations } = await import('./a11y');
    await h.page.evaluate(() => document.body.appendChild(document.createElement('button')));
    expect((await seriousViolations(h.page)).map((v) => v.id)).toContain('button-name');
  });
});
