import { expect } from 'vitest';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

/** A served build plus one headless Chromium, with everything a test needs to watch. */
export interface Harness {
  base: string;
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught page errors seen so far */
  errors: string[];
  /** requests to any origin other than the app's own */
  external: string[];
  close(): Promise<void>;
}

/** Chromium flags that work in this sandbox (no GPU, no background network chatter). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serve dist/ (or another built folder) on a random localhost port and open a fresh Chromium profile on it. */
export async function openHarness(root = 'dist'): Promise<Harness> {
  const server: Server = await serve(root, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const external: string[] = [];
  const origin = new URL(base).origin;
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    base,
    context,
    page,
    errors,
    external,
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Wait until the view's root says its data is rendered (DESIGN §6 contract), then for the
 * frame that paints it: charts take their width from a ResizeObserver report, which comes
 * with that frame (charts/observe-width.ts), so a test reads what the user first sees.
 */
export async function viewReady(page: Page, view: string, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`[data-view="${view}"][aria-busy="false"]`, { timeout });
  // Blocks below the fold are built one per frame after the first screen (ui/below-fold.ts).
  await page.waitForFunction(() => !document.querySelector('[data-below-fold]'), null, { timeout });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The shell's status line text, e.g. "54 states in scope". */
export async function statusText(page: Page): Promise<string> {
  return (await page.locator('[role="status"][data-testid="scope-status"]').innerText()).trim();
}

/**
 * An element's text as a user sees it: scrolled into view, then read once drawn. Long tables
 * and detail blocks are laid out only on or near the screen (`.lazy-render`, issue 15), and
 * `innerText` of a block that is not drawn is empty.
 */
export async function shownText(loc: Locator): Promise<string> {
  await loc.scrollIntoViewIfNeeded();
  await loc.page().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return loc.innerText();
}

/**
 * Scroll `loc` into view and wait until its box has stayed put for 5 frames (2 s at most).
 * A scroll that jumps past a `.lazy-render` block whose rows changed while it was off screen
 * lays that block out a few frames later, and the content below it moves: a click aimed before
 * then can land on what moved into its place (seen in CI: the Law timeline's save button
 * moved 43 px when the actor matrix above it was laid out three frames after the scroll).
 */
export async function scrollSettled(loc: Locator): Promise<void> {
  await loc.scrollIntoViewIfNeeded();
  await loc.evaluate(
    (el) =>
      new Promise<void>((done) => {
        let last = '';
        let still = 0;
        const t0 = performance.now();
        const tick = () => {
          const b = el.getBoundingClientRect();
          const now = `${b.x},${b.y},${b.width},${b.height}`;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 5 || performance.now() - t0 > 2000) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * The app writes the URL after the paint that shows a change (state/app.svelte.ts), so a test
 * that reads it the moment the screen has changed races that write: wait for it (2 s at most),
 * then assert on it.
 */
export async function urlHas(page: Page, part: string): Promise<void> {
  const has = (p: string) => location.href.includes(p) || decodeURIComponent(location.href).includes(p);
  await page.waitForFunction(has, part, { timeout: 2000 }).catch(() => {});
  const url = page.url();
  expect(url.includes(part) ? url : decodeURIComponent(url)).toContain(part);
}

/** As `urlHas`, for the whole hash. */
export async function hashIs(page: Page, hash: string): Promise<void> {
  await page.waitForFunction((x) => location.hash === x, hash, { timeout: 2000 }).catch(() => {});
  expect(new URL(page.url()).hash).toBe(hash);
}

/**
 * Hold DuckDB's wasm back until the returned function is called, so "before DuckDB is ready" is
 * certain (the page paints and filters from the snapshot meanwhile). Call before navigating.
 */
export async function holdDuckdb(h: Harness): Promise<() => void> {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await h.context.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}
