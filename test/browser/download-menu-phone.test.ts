import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await h.page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => {
  await h?.close();
});

// On a phone the open download menu must show every format button whole: none may run past
// the menu's own box (they used to be cut at "CSV for Exce").
describe('download menu at 390 px', () => {
  for (const [hash, view] of [
    ['#/overview', 'overview'],
    ['#/alignment?res=77-37&ldc=1', 'alignment'],
  ] as const) {
    it(`${hash}: every format button fits inside the menu`, async () => {
      await h.page.goto(`${h.base}${hash}`);
      await viewReady(h.page, view);
      const menu = h.page.locator(`[data-view="${view}"] [data-testid="download-menu"]`).first();
      await menu.locator('summary').click();
      const overflow = await menu.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const buttons = [...el.querySelectorAll('td.fmt button')] as HTMLElement[];
        return {
          n: buttons.length,
          outside: buttons.filter((b) => b.getBoundingClientRect().right > box.right + 0.5).map((b) => b.textContent),
          clipped: buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent),
        };
      });
      expect(overflow.n).toBeGreaterThan(5);
      expect(overflow.outside).toEqual([]);
      expect(overflow.clipped).toEqual([]);
    });
  }
});
