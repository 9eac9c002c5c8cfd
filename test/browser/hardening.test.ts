import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Issue 17: imports that cannot race, limits stated and enforced, encodings named, and a newer
// action winning for imports, view switches and briefs.
let h: Harness;
const tmp = mkdtempSync(path.join(tmpdir(), 'cg-harden-'));
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const HEADER = 'iso3,year,part,item,status,challenges,capacity_need,capacity_offer,evidence,origin,source';
// (beyond 193 x 11 x 12 rows the keys repeat: the repeats are rejected as duplicates, which is fine for a race)
const MEMBERS = readCsv('data/states/states.csv')
  .filter((s) => s.un_member === 'true')
  .map((s) => s.iso3);
const NORMS = 'abcdefghijk'.split('');

/** n valid rows with unique keys (state × norm × year from 2015), each `pad` characters of evidence. */
function survey(n: number, pad = 10): string {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const s = MEMBERS[i % MEMBERS.length];
    const k = Math.floor(i / MEMBERS.length);
    lines.push(
      `${s},${2015 + Math.floor(k / NORMS.length)},norms,${NORMS[k % NORMS.length]},partial,,,,${'e'.repeat(pad)},submitted,https://example.org/s`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Rows in the app's imported table, read on the app's own connection (0 when there is none). */
const analysed = () =>
  h.page.evaluate(async () => {
    const cg = (globalThis as unknown as { __commonGround: { runQuery: (s: string) => Promise<{ n: number }[]> } })
      .__commonGround;
    const [t] = await cg.runQuery(
      `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'imported_survey' /* ${Math.random()} */`,
    );
    if (t.n === 0) return 0;
    const [r] = await cg.runQuery(
      `SELECT count(*)::INTEGER AS n FROM temp.main.imported_survey /* ${Math.random()} */`,
    );
    return r.n;
  });
const choose = (name: string, text: string | Buffer) =>
  h.page.setInputFiles('[data-testid="import-file"]', {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
  });
const status = () => h.page.locator('[data-testid="import-status"]').innerText();

describe('survey import hardening', () => {
  it('states its limits and imports the template it offers, unchanged', async () => {
    await h.page.goto(`${h.base}#/norms`);
    await viewReady(h.page, 'norms');
    await h.page.click('[data-testid="survey-import"] summary');
    expect(await h.page.locator('[data-testid="import-limits"]').innerText()).toContain(
      'at most 64 MB, 600,000 rows and 10,000 characters per cell',
    );
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.click('[data-testid="download-template"]'),
    ]);
    const template = readFileSync((await download.path())!);
    await choose('template.csv', template);
    await h.page.waitForSelector('[data-testid="import-status"]');
    // two example rows in the template (data/survey/DATA.md)
    expect(await status()).toContain('template.csv: 2 of 2 rows loaded');
    expect(await analysed()).toBe(2);
  });

  it('a newer file wins over a big file still being checked', async () => {
    await choose('big.csv', survey(100_000, 60));
    await h.page.waitForSelector('[data-testid="import-checking"]');
    await choose('small.csv', survey(3));
    await h.page.waitForFunction(() =>
      document.querySelector('[data-testid="import-status"]')?.textContent?.includes('small.csv'),
    );
    expect(await status()).toContain('small.csv: 3 of 3 rows loaded');
    expect(await analysed()).toBe(3);
    await h.page.waitForTimeout(2500); // long enough for the big check to have finished, had it not been cancelled
    expect(await status()).toContain('small.csv: 3 of 3 rows loaded');
    expect(await analysed()).toBe(3);
  });

  it('Remove during a check: the panel says nothing is loaded and nothing is analysed', async () => {
    await choose('big.csv', survey(20_000, 400));
    await h.page.waitForSelector('[data-testid="import-checking"]');
    await h.page.click('[data-testid="remove-import"]');
    await h.page.waitForTimeout(3000);
    expect(await h.page.locator('[data-testid="import-status"]').count()).toBe(0);
    expect(await h.page.locator('[data-testid="import-checking"]').count()).toBe(0);
    expect(await analysed()).toBe(0);
  });

  it('reads a Latin-1 file, names the encoding, keeps the accents', async () => {
    const text = `${HEADER}\r\nCIV,2024,norms,a,partial,,,,"Stratégie nationale, Côte d'Ivoire",submitted,https://example.org/civ\r\n`;
    await choose('latin1.csv', Buffer.from(text, 'latin1'));
    await h.page.waitForFunction(() =>
      document.querySelector('[data-testid="import-status"]')?.textContent?.includes('latin1.csv'),
    );
    expect(await h.page.locator('[data-testid="import-encoding"]').innerText()).toBe(
      'Read as Windows-1252 (Latin-1) and converted to UTF-8.',
    );
    const evidence = await h.page.evaluate(async () => {
      const cg = (globalThis as unknown as { __commonGround: { runQuery: (s: string) => Promise<{ e: string }[]> } })
        .__commonGround;
      return (await cg.runQuery('SELECT evidence AS e FROM temp.main.imported_survey'))[0].e;
    });
    expect(evidence).toBe("Stratégie nationale, Côte d'Ivoire");
  });

  it('checks a 50 MB file in the worker and loads it', async () => {
    // 193 members x 11 norms x 12 years (2015-2026) = 25,476 unique rows of ~2 KB
    const rows = MEMBERS.length * 11 * 12;
    const file = path.join(tmp, 'fifty.csv');
    writeFileSync(file, survey(rows, 1960));
    expect(readFileSync(file).length).toBeGreaterThan(50_000_000);
    await h.page.setInputFiles('[data-testid="import-file"]', file);
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.textContent?.includes('fifty.csv'),
      null,
      { timeout: 60_000 },
    );
    expect(await status()).toContain(`${rows} of ${rows} rows loaded`);
    expect(await analysed()).toBe(rows);
    await h.page.click('[data-testid="remove-import"]');
    await h.page.waitForSelector('[data-testid="import-status"]', { state: 'detached' });
  }, 90_000);
});

describe('a newer action wins', () => {
  it('view switches: the last view chosen is the one shown', async () => {
    const views = ['law', 'capacity', 'alignment', 'data', 'compare', 'norms', 'about'];
    for (const v of views) await h.page.evaluate((x) => (location.hash = `#/${x}`), v);
    await viewReady(h.page, 'about');
    await h.page.waitForTimeout(1000);
    const shown = await h.page.locator('[data-view]').evaluateAll((els) => els.map((e) => e.getAttribute('data-view')));
    expect(shown).toEqual(['about']);
  });

  it('briefs: the last focus chosen is the brief shown', async () => {
    await h.page.goto(`${h.base}#/brief?focus=norm:g&audience=KEN`);
    await h.page.evaluate(() => (location.hash = '#/brief?focus=question:sovereignty_rule'));
    await h.page.evaluate(() => (location.hash = '#/brief?focus=group:African'));
    await viewReady(h.page, 'brief');
    await h.page.waitForTimeout(1000);
    const title = await h.page.locator('[data-testid="brief-document"] h1').innerText();
    expect(title).toContain('African');
    expect(title).not.toMatch(/sovereignty|norm/i);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
