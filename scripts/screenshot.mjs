/**
 * Dev tool: screenshot the built app at one or more hashes, to look at views as a user would.
 *   node scripts/screenshot.mjs out-dir '#/overview' '#/about?group=African' …
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [outDir = '/tmp/shots', ...hashes] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const dir = mkdtempSync(path.join(tmpdir(), 'cg-shot-'));
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: Number(process.env.WIDTH ?? 1400), height: 1000 },
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
for (const [i, h] of (hashes.length ? hashes : ['#/overview']).entries()) {
  await page.goto(base + h);
  await page
    .waitForSelector('[data-view][aria-busy="false"]', { timeout: 30_000 })
    .catch(() => console.error('view not ready:', h));
  await page.waitForTimeout(Number(process.env.SETTLE ?? 300));
  const file = path.join(outDir, `${String(i).padStart(2, '0')}.png`);
  await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
  console.log(file, h);
}
await ctx.close();
server.close();
rmSync(dir, { recursive: true, force: true });
