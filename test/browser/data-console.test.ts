import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, statusText, viewReady, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

async function runSql(sql: string) {
  await h.page.fill('[data-testid="console-input"]', sql);
  await h.page.click('[data-testid="console-run"]');
  await h.page.waitForFunction(() => document.querySelector('[data-view="data"]')?.getAttribute('aria-busy') === 'false');
}

describe('Data view and SQL console', () => {
  it('lists the shipped tables with their row counts', async () => {
    await h.page.goto(`${h.base}#/data`);
    await viewReady(h.page, 'data');
    const text = await h.page.locator('[data-testid="catalog"]').innerText();
    expect(text).toMatch(/votes\s+2316/);
    expect(text).toMatch(/states\s+195/);
  });

  it('runs a read-only query and shows its rows', async () => {
    await runSql("SELECT vote, count(*)::INTEGER AS n FROM votes WHERE resolution_id = 'A/RES/73/27' GROUP BY vote ORDER BY vote");
    const cells = await h.page.locator('[data-testid="console-result"] tbody tr').allInnerTexts();
    // 73/27: 119 yes, 46 no, 14 abstain, 14 absent (data/unga-votes/DATA.md coverage table)
    expect(cells.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual(['A 14', 'N 46', 'X 14', 'Y 119']);
  });

  it('refuses to drop or shadow shipped tables, and the app is unchanged', async () => {
    await runSql('DROP TABLE states');
    expect(await h.page.locator('[data-testid="console-error"]').innerText()).toContain('read-only');
    await runSql('CREATE TEMP TABLE states AS SELECT 1 AS iso3');
    expect(await h.page.locator('[data-testid="console-error"]').innerText()).toContain('starts with CREATE');
    await runSql('SELECT count(*)::INTEGER AS n FROM states');
    expect((await h.page.locator('[data-testid="console-result"] tbody').innerText()).trim()).toBe('195');
    await h.page.goto(`${h.base}#/overview?group=African`);
    await viewReady(h.page, 'overview');
    await h.page.waitForFunction(() => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '54 states in scope');
    expect(await statusText(h.page)).toBe('54 states in scope');
  });

  it('shows the SQL behind the current view and opens it in the console', async () => {
    await h.page.click('details.qlog summary');
    expect(await h.page.locator('details.qlog pre').first().innerText()).toContain('WITH scope AS');
    await h.page.locator('details.qlog button', { hasText: 'open in console' }).first().click();
    await viewReady(h.page, 'data');
    expect(await h.page.inputValue('[data-testid="console-input"]')).toContain('WITH scope AS');
  });

  it('made no external request and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
