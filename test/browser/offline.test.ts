import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
      expect(
        await h.page.locator(`[data-view="${v.name}"] .error, [data-view="${v.name}"] [role="alert"]`).count(),
        v.name,
      ).toBe(0);
    }
  });

  it('filters and downloads offline', async () => {
    await h.page.click('nav a[href^="#/overview"]');
    await viewReady(h.page, 'overview');
    await h.page.click('button[data-group="GRULAC"]');
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="scope-status"]')?.textContent?.trim() === '33 states in scope',
    );
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

describe('a new build or data version', () => {
  // A served copy of dist/ whose sw.js can be replaced, as a deploy would replace it.
  const root = mkdtempSync(path.join(tmpdir(), 'cg-dist-'));
  let u: Harness;
  beforeAll(async () => {
    // A real copy, not symlinks: the server refuses links that lead outside its root (issue 17).
    cpSync('dist', root, { recursive: true });
    u = await openHarness(root);
  });
  afterAll(async () => {
    await u?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('installs beside the old cache, says "Updated — reload", and replaces the cache on reload', async () => {
    await u.page.goto(u.base);
    await viewReady(u.page, 'overview');
    await u.page.evaluate(async () => navigator.serviceWorker.ready);
    await u.page.reload(); // now controlled by the worker
    await viewReady(u.page, 'overview');
    const before = await u.page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);
    expect(await u.page.locator('[data-testid="update-notice"]').count()).toBe(0);
    // Deploy: the same files with a new version string (as a data rebuild changes the hash).
    const sw = readFileSync(path.join(root, 'sw.js'), 'utf8');
    writeFileSync(path.join(root, 'sw.js'), sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'next$1'"));
    await u.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await u.page.waitForSelector('[data-testid="update-notice"]', { timeout: 60_000 });
    expect(await u.page.locator('[data-testid="update-notice"]').innerText()).toContain('Updated');
    await Promise.all([u.page.waitForEvent('load'), u.page.click('[data-testid="update-notice"] button')]);
    await viewReady(u.page, 'overview');
    await u.page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && k[0] !== old), before[0]);
    expect((await u.page.evaluate(() => caches.keys()))[0]).toBe(before[0].replace(/^cg-/, 'cg-next'));
    expect(u.errors).toEqual([]);
  });
});
