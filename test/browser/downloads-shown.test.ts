import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

async function click(selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([h.page.waitForEvent('download'), h.page.locator(selector).first().click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

/** Data lines of a CSV download (no quoted line breaks in these files). */
const dataLines = (b: Buffer) =>
  b
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);

describe('downloads of exactly what is shown', () => {
  it('Alignment: the focused roll call (A/RES/77/37) and the filter (LDCs only) → only those votes', async () => {
    // Expected, from the CSVs: UN members flagged LDC in states.csv with a vote row on A/RES/77/37.
    const ldc = new Set(
      readCsv('data/states/states.csv')
        .filter((s) => s.ldc === 'true' && s.un_member === 'true')
        .map((s) => s.iso3),
    );
    const expected = readCsv('data/unga-votes/votes.csv')
      .filter((v) => v.resolution_id === 'A/RES/77/37' && ldc.has(v.iso3))
      .map((v) => v.iso3)
      .sort();
    expect(expected.length).toBe(44); // the figure, checked against the CSVs

    await h.page.goto(`${h.base}#/alignment?res=77-37&ldc=1`);
    await viewReady(h.page, 'alignment');
    const menu = '[data-view="alignment"] [data-testid="download-menu"]';
    await h.page.locator(`${menu} summary`).first().click();
    const csv = await click(`${menu} button[data-dataset="unga-votes-77-37"][data-format="csv"]`);
    expect(csv.name).toBe('common-ground-unga-votes-77-37-ldc-yes.csv');
    const [header, ...rows] = dataLines(csv.bytes);
    const cols = header.split(',');
    const at = (c: string) => cols.indexOf(c);
    expect(rows.length).toBe(44);
    expect(new Set(rows.map((r) => r.split(',')[at('resolution_id')]))).toEqual(new Set(['A/RES/77/37']));
    expect(rows.map((r) => r.split(',')[at('iso3')]).sort()).toEqual(expected);

    const readme = await click(`${menu} button[data-dataset="unga-votes-77-37"][data-format="readme"]`);
    expect(readme.name).toBe('common-ground-unga-votes-77-37-ldc-yes-README.md');
    const text = readme.bytes.toString('utf8');
    expect(text).toContain('## Votes on A/RES/77/37');
    expect(text).toContain('Rows: 44.');
    expect(text).toMatch(/States in scope: .*LDC/);
    for (const c of cols) expect(text).toContain(`| ${c} |`);
    expect(text).toMatch(/Data version: \S+/);
  }, 60_000);

  it('the SQL console: its result in CSV, CSV for Excel, Parquet, and a codebook naming the query', async () => {
    const sql = "SELECT iso3, name, ldc FROM states WHERE un_regional_group = 'GRULAC' ORDER BY iso3";
    const expected = readCsv('data/states/states.csv')
      .filter((s) => s.un_regional_group === 'GRULAC')
      .map((s) => s.iso3)
      .sort();
    await h.page.goto(`${h.base}#/data`);
    await viewReady(h.page, 'data');
    await h.page.fill('[data-testid="console-input"]', sql);
    await h.page.click('[data-testid="console-run"]');
    await h.page.waitForSelector('[data-testid="console-download"]');
    const dl = '[data-testid="console-download"]';

    const csv = await click(`${dl} button[data-format="csv"]`);
    expect(csv.name).toBe('common-ground-console-result.csv');
    const [header, ...rows] = dataLines(csv.bytes);
    expect(header).toBe('iso3,name,ldc');
    expect(rows.map((r) => r.split(',')[0])).toEqual(expected);
    // Haiti is GRULAC's one LDC (states.csv): the boolean survives as true/false
    expect(rows.find((r) => r.startsWith('HTI,'))).toBe(
      `HTI,Haiti,${readCsv('data/states/states.csv').find((s) => s.iso3 === 'HTI')!.ldc}`,
    );

    const excel = await click(`${dl} button[data-format="excel"]`);
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(dataLines(excel.bytes).length).toBe(expected.length + 1);

    const parquet = await click(`${dl} button[data-format="parquet"]`);
    expect(parquet.bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(parquet.bytes.subarray(-4).toString('latin1')).toBe('PAR1');

    const readme = await click(`${dl} button[data-format="readme"]`);
    expect(readme.name).toBe('common-ground-console-result-README.md');
    const text = readme.bytes.toString('utf8');
    expect(text).toContain(`Rows: ${expected.length}.`);
    expect(text).toContain(sql);
    for (const c of ['iso3', 'name', 'ldc']) expect(text).toContain(`| ${c} |`);
    expect(text).toMatch(/Data version: \S+/);
  }, 60_000);
});
