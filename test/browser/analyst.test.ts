import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

const states = readCsv('data/states/states.csv');
const groupOf = new Map(states.map((s) => [s.name, s.un_regional_group || 'no group']));

describe('opinion-map clusters name their members', () => {
  it('every cluster lists its members grouped by UN regional group; the lists add up to the cluster size', async () => {
    await h.page.goto(`${h.base}#/alignment?tab=map`);
    await viewReady(h.page, 'alignment');
    await h.page.waitForSelector('[data-testid="clusters"] section');
    const sections = h.page.locator('[data-testid="clusters"] section');
    const n = await sections.count();
    expect(n).toBeGreaterThanOrEqual(2);
    let placed = 0;
    for (let c = 0; c < n; c++) {
      const s = sections.nth(c);
      const size = Number((await s.locator('h3').innerText()).match(/(\d+) states/)![1]);
      const dts = await s.locator('[data-testid="cluster-members"] dt').allInnerTexts();
      const dds = await s.locator('[data-testid="cluster-members"] dd').allInnerTexts();
      const names = dds.flatMap((d) => d.split(', ').map((x) => x.trim()).filter(Boolean));
      expect(names.length).toBe(size);
      placed += size;
      // each name sits under its own UN group's heading (groups from states.csv, by UN name)
      dts.forEach((dt, i) => {
        const group = dt.replace(/\s*\(\d+\)$/, '');
        for (const name of dds[i].split(', ')) if (groupOf.has(name)) expect([name, groupOf.get(name)]).toEqual([name, group]);
      });
    }
    expect(placed).toBe(Number(await h.page.locator('[data-testid="opinion-map"]').getAttribute('data-points')));
  });
});
