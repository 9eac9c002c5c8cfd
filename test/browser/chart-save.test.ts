import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openHarness, viewReady, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

// Capacity has several charts now (heat table, distribution, map): this one is the distribution's.
const DISTRIBUTION =
  '[data-view="capacity"] [data-testid="chart-save"]:has(+ [data-saveable^="Capacity distribution"])';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function saveFrom(control: string, button: 'SVG' | 'PNG'): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    h.page.waitForEvent('download'),
    h.page.locator(control).first().getByRole('button', { name: button, exact: true }).click(),
  ]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(file!) };
}

describe('charts save as images', () => {
  it('the capacity distribution saves as an SVG file with its title and filter drawn in, and as a PNG', async () => {
    await h.page.goto(`${h.base}#/capacity?group=African`);
    await viewReady(h.page, 'capacity');
    const svg = await saveFrom(DISTRIBUTION, 'SVG');
    expect(svg.name).toMatch(/^common-ground-capacity-distribution-overall\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('Capacity distribution: Overall');
    expect(text).toContain('UN regional group: African');
    // well-formed XML: the browser's parser reports no error
    const parseError = await h.page.evaluate(
      (s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null,
      text,
    );
    expect(parseError).toBeNull();
    const png = await saveFrom(DISTRIBUTION, 'PNG');
    expect(png.name.endsWith('.png')).toBe(true);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(5000);
  });

  it('the overview map saves as PNG and SVG', async () => {
    await h.page.goto(`${h.base}#/overview`);
    await viewReady(h.page, 'overview');
    const png = await saveFrom('[data-view="overview"] [data-testid="chart-save"]', 'PNG');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const svg = await saveFrom('[data-view="overview"] [data-testid="chart-save"]', 'SVG');
    expect(svg.bytes.toString('utf8')).toContain('Map of the states in scope');
  });
});
