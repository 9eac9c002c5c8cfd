import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('shell: keyboard, titles and focus', () => {
  it('the first Tab reaches a skip link that moves focus to the main content', async () => {
    await h.page.goto(`${h.base}#/overview`);
    await viewReady(h.page, 'overview');
    await h.page.keyboard.press('Tab');
    expect(await h.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    await h.page.keyboard.press('Enter');
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('each view has its own page title, and navigating moves focus to the view heading', async () => {
    await h.page.goto(`${h.base}#/overview`);
    await viewReady(h.page, 'overview');
    expect(await h.page.title()).toBe('Overview — Common Ground');
    await h.page.locator('nav[aria-label="Views"] a', { hasText: 'About' }).click();
    await viewReady(h.page, 'about');
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await h.page.title()).toBe('About — Common Ground');
    const heading = await h.page.evaluate(() =>
      document.activeElement?.closest('[data-view]')?.getAttribute('data-view'),
    );
    expect(heading).toBe('about');
  });

  it('a focus ring on the dark header has at least 3:1 contrast against it', async () => {
    await h.page.goto(`${h.base}#/overview`);
    await viewReady(h.page, 'overview');
    const link = h.page.locator('nav[aria-label="Views"] a').first();
    await link.focus();
    await h.page.keyboard.press('Shift+Tab');
    await h.page.keyboard.press('Tab'); // keyboard focus, so :focus-visible applies
    const [ring, bg] = await h.page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const header = a.closest('header') as HTMLElement;
      return [getComputedStyle(a).outlineColor, getComputedStyle(header).backgroundColor];
    });
    expect(contrast(ring, bg)).toBeGreaterThanOrEqual(3);
  });

  it('Escape closes an open filter dropdown and returns focus to its button', async () => {
    await h.page.goto(`${h.base}#/overview`);
    await viewReady(h.page, 'overview');
    const region = h.page.locator('[data-testid="f-region"]');
    await region.locator('summary').click();
    expect(await region.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await region.locator('input[type="checkbox"]').first().focus();
    await h.page.keyboard.press('Escape');
    expect(await region.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await h.page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
  });

  it('a click outside an open filter dropdown closes it', async () => {
    const region = h.page.locator('[data-testid="f-region"]');
    await region.locator('summary').click();
    await h.page.mouse.click(1300, 950); // empty page area, away from the open list
    expect(await region.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });
});

describe('shell on a phone (390 px)', () => {
  it('folds the filter bar into one line with a button that opens it', async () => {
    await h.page.setViewportSize({ width: 390, height: 844 });
    try {
      await h.page.goto(`${h.base}#/overview?group=African`);
      await viewReady(h.page, 'overview');
      const bar = await h.page.locator('section.filterbar').boundingBox();
      expect(bar!.height).toBeLessThan(90);
      const toggle = h.page.locator('[data-testid="filter-toggle"]');
      expect(await toggle.innerText()).toContain('African');
      expect(await h.page.locator('[data-testid="f-region"]').isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await h.page.locator('[data-testid="f-region"]').isVisible()).toBe(true);
    } finally {
      await h.page.setViewportSize({ width: 1400, height: 1000 });
    }
  });
});
