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
  await h.page.waitForFunction(
    () => document.querySelector('[data-view="data"]')?.getAttribute('aria-busy') === 'false',
  );
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
    await runSql(
      "SELECT vote, count(*)::INTEGER AS n FROM votes WHERE resolution_id = 'A/RES/73/27' GROUP BY vote ORDER BY vote",
    );
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
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '54 states in scope',
    );
    expect(await statusText(h.page)).toBe('54 states in scope');
  });

  it('shows the SQL behind the current view and opens it in the console', async () => {
    await h.page.click('details.qlog summary');
    expect(await h.page.locator('details.qlog pre').first().innerText()).toContain('WITH scope AS');
    await h.page.locator('details.qlog button', { hasText: 'open in console' }).first().click();
    await viewReady(h.page, 'data');
    expect(await h.page.inputValue('[data-testid="console-input"]')).toContain('WITH scope AS');
  });

  it('runs on its own engine: attacks leave the app connection answering and the shipped tables unchanged', async () => {
    const appCount = () =>
      h.page.evaluate(async () => {
        const cg = (
          globalThis as unknown as { __commonGround: { runQuery: (s: string) => Promise<{ n: number; s: number }[]> } }
        ).__commonGround;
        const [r] = await cg.runQuery(
          `SELECT count(*)::INTEGER AS n, sum(length(name))::INTEGER AS s FROM states /* ${Math.random()} */`,
        );
        return r;
      });
    const before = await appCount();
    expect(before.n).toBe(195);
    // Through the screen, the courtesy guard names the problem …
    for (const sql of [
      "SELECT E'\\''; DETACH cg; --'",
      "SELECT $$ $$; SET memory_limit = '4GB'",
      'EXPLAIN ANALYZE CREATE TABLE x AS SELECT 1',
      "WITH a AS (SELECT 1) SELECT * FROM a; SELECT 1 FROM (ATTACH 'common-ground.duckdb' AS w)",
    ]) {
      await runSql(sql);
      expect(await h.page.locator('[data-testid="console-error"]').innerText(), sql).toMatch(
        /does not allow|starts with/,
      );
    }
    // … and without the guard, straight to the console's engine, the boundary still holds.
    const raw = (stmts: string[]) =>
      h.page.evaluate(async (list) => {
        const c = (
          globalThis as unknown as { __cgConsole: { runUnguarded(s: string[]): Promise<void>; error: string | null } }
        ).__cgConsole;
        await c.runUnguarded(list);
        return c.error;
      }, stmts);
    expect(await raw(['DETACH cg'])).toMatch(/default database/);
    expect(await raw(['CREATE TEMP TABLE states AS SELECT 1 AS iso3', "SET memory_limit = '4GB'"])).toMatch(/locked/);
    expect(await raw(['SET enable_external_access = true'])).toMatch(/locked/);
    expect(await raw(["SET custom_extension_repository = 'http://127.0.0.1:1/'"])).toMatch(/locked/);
    expect(await raw(['EXPLAIN ANALYZE CREATE TABLE cg.main.x AS SELECT 1'])).toMatch(/read-only/);
    expect(
      await raw([
        'USE memory',
        'DETACH cg',
        "ATTACH 'common-ground.duckdb' AS cg",
        "DELETE FROM cg.main.states WHERE iso3 = 'FRA'",
      ]),
    ).toBeNull();
    // the damaged copy is replaced before the next run
    await runSql("SELECT count(*)::INTEGER AS n FROM states WHERE iso3 = 'FRA'");
    expect((await h.page.locator('[data-testid="console-result"] tbody').innerText()).trim()).toBe('1');
    expect(await appCount()).toEqual(before);
    // Huge cross join: the console stops reading at the row limit and answers quickly.
    const t0 = Date.now();
    await runSql('SELECT a.range AS a, b.range AS b FROM range(1000000) a CROSS JOIN range(1000000) b');
    expect(Date.now() - t0).toBeLessThan(9000);
    expect(await h.page.locator('[data-testid="console-summary"]').innerText()).toContain('showing the first 1000');
    // 50 MB cell: cut on screen, downloadable whole, page stays responsive.
    await runSql("SELECT repeat('x', 50000000) AS big");
    expect(await h.page.locator('[data-testid="console-cut"]').innerText()).toHaveLength(301);
    const download = h.page.waitForEvent('download');
    await h.page.locator('[data-testid="console-result"] button', { hasText: 'full value' }).click();
    const file = await (await download).path();
    const { statSync } = await import('node:fs');
    expect(statSync(file).size).toBe(50_000_000);
    expect(await appCount()).toEqual(before);
  });

  it('Stop ends a runaway recursive CTE; the time limit ends one nobody stops; the app carries on', async () => {
    const runaway = 'WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r';
    await h.page.fill('[data-testid="console-input"]', runaway);
    await h.page.click('[data-testid="console-run"]');
    await h.page.waitForSelector('[data-testid="console-stop"]:not([disabled])');
    await h.page.waitForTimeout(500);
    await h.page.click('[data-testid="console-stop"]');
    await h.page.waitForFunction(
      () => document.querySelector('[data-view="data"]')?.getAttribute('aria-busy') === 'false',
    );
    expect(await h.page.locator('[data-testid="console-error"]').innerText()).toContain('Stopped');
    // the app's connection answers at once while the console's engine restarts
    await h.page.goto(`${h.base}#/overview?group=African`);
    await viewReady(h.page, 'overview');
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '54 states in scope',
    );
    await h.page.goto(`${h.base}#/data`);
    await viewReady(h.page, 'data');
    // nobody presses Stop: the 10 s limit ends it
    const t0 = Date.now();
    await runSql(runaway);
    expect(Date.now() - t0).toBeGreaterThan(9000);
    expect(await h.page.locator('[data-testid="console-error"]').innerText()).toContain('time limit');
    // a newer run wins over an older one still running
    await h.page.fill('[data-testid="console-input"]', runaway);
    await h.page.click('[data-testid="console-run"]');
    await runSql('SELECT 42 AS answer');
    expect((await h.page.locator('[data-testid="console-result"] tbody').innerText()).trim()).toBe('42');
    await h.page.waitForTimeout(300);
    expect((await h.page.locator('[data-testid="console-result"] tbody').innerText()).trim()).toBe('42');
    // the console works again, on a fresh engine with the shipped rows
    await runSql('SELECT count(*)::INTEGER AS n FROM states');
    expect((await h.page.locator('[data-testid="console-result"] tbody').innerText()).trim()).toBe('195');
  }, 90_000);

  it('made no external request and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
