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

describe('downloads on the Capacity view', () => {
  it('offers the GCI rows of the states in scope as a CSV for Excel (BOM) and a codebook', async () => {
    await h.page.goto(`${h.base}#/capacity?group=African`);
    await viewReady(h.page, 'capacity');
    await h.page.locator('[data-testid="download-menu"] summary').click();
    const excel = await click('[data-testid="download-menu"] button[data-dataset="gci-2020"][data-format="excel"]');
    expect(excel.name).toBe('common-ground-gci-2020-african-excel.csv');
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = excel.bytes.subarray(3).toString('utf8').trim().split('\r\n');
    // rows = African Group members' GCI rows in capacity.csv, long format (one per pillar)
    const african = new Set(
      readCsv('data/states/states.csv')
        .filter((s) => s.un_regional_group === 'African' && s.un_member === 'true')
        .map((s) => s.iso3),
    );
    const header = lines[0].split(',');
    expect(header.slice(0, 2)).toEqual(['iso3', 'name']);
    const isoInFile = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    const isoInCsv = new Set(
      readCsv('data/norms-capacity/capacity.csv')
        .map((r) => r.iso3)
        .filter((i) => african.has(i)),
    );
    expect([...isoInFile].sort()).toEqual([...isoInCsv].sort());
    const readme = await click('[data-testid="download-menu"] button[data-dataset="gci-2020"][data-format="readme"]');
    expect(readme.name).toBe('common-ground-gci-2020-african-README.md');
    const text = readme.bytes.toString('utf8');
    expect(text).toContain('States in scope: UN regional group: African');
    for (const col of header) expect(text).toContain(`| ${col} |`);
    expect(text).toMatch(/Data version: \S+/);
  });
});
