import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { VIEW_REGISTRY } from '../../src/views/registry';

// Issue 15: after one visit, every view, a filter and a download work with the network off.
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.context.setOffline(false);
  await h?.close();
});

describe('offline after one visit', () => {
  it('installs the service worker with the web app manifest and icons', async () => {
    await h.page.goto(h.base);
    await viewReady(h.page, 'overview');
    // ready resolves once the worker is active, i.e. after its install precached every file.
    const scope = await h.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(h.base);
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
    expect(manifest.short_name).toBe('Common Ground');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
    // The icon files are real PNGs of the stated size (width and height from the IHDR chunk).
    const png = readFileSync('dist/icon-512.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('reloads offline, starts DuckDB from the cache and opens every registered view', async () => {
    await h.context.setOffline(true);
    await h.page.reload();
    await viewReady(h.page, 'overview');
    await h.page.waitForFunction(() => document.documentElement.dataset.duckdb === 'ready', null, { timeout: 60_000 });
    for (const v of VIEW_REGISTRY) {
      await h.page.click(`nav a[href^="#/${v.name}"]`);
      await viewReady(h.page, v.name, 60_000);
      expect(await h.page.locator(`[data-view="${v.name}"] .error, [data-view="${v.name}"] [role="alert"]`).count(), v.name).toBe(0);
    }
  });

  it('filters and downloads offline', async () => {
    await h.page.click('nav a[href^="#/overview"]');
    await viewReady(h.page, 'overview');
    await h.page.click('button[data-group="GRULAC"]');
    await h.page.waitForFunction(() => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '33 states in scope');
    await h.page.click('[data-testid="download-menu"] summary');
    const [d] = await Promise.all([
      h.page.waitForEvent('download', { timeout: 30_000 }),
      h.page.click('[data-testid="download-menu"] button[data-dataset="overview-headline"][data-format="csv"]'),
    ]);
    const text = readFileSync((await d.path())!, 'utf8');
    // The headline row for GRULAC: 33 states in scope, all of them UN members.
    expect(text.split(/\r?\n/)[1]?.startsWith('33,33,')).toBe(true);
    expect(h.errors).toEqual([]);
    expect(h.external).toEqual([]);
  });
});
