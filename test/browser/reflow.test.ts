import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { VIEW_REGISTRY } from '../../src/views/registry';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await h.page.setViewportSize({ width: 320, height: 800 });
});
afterAll(async () => {
  await h?.close();
});

// Capacity, Meetings and Regional crosswalk still scroll sideways at 320 px (open work, named
// in the branch report); every other view and state is pinned here.
const NOT_YET = new Set(['capacity', 'meetings', 'crosswalk']);
const PAGES = [
  ...VIEW_REGISTRY.filter((v) => !NOT_YET.has(v.name)).map((v) => ({ hash: `#/${v.name}`, view: v.name })),
  { hash: '#/law?question=sovereignty_rule', view: 'law' },
  { hash: '#/alignment?tab=agreement', view: 'alignment' },
  { hash: '#/alignment?tab=map', view: 'alignment' },
  { hash: '#/profile?state=FRA', view: 'profile' },
  { hash: '#/brief?focus=norm:g&audience=KEN', view: 'brief' },
  { hash: '#/law?set=debates', view: 'law' },
  { hash: '#/overview?ind=cosponsor', view: 'overview' },
  { hash: '#/norms?illus=1&norm=g', view: 'norms' },
];

describe('reflow at 320 px (WCAG 1.4.10): the page never scrolls sideways', () => {
  for (const p of PAGES) {
    it(p.hash, async () => {
      await h.page.goto(`${h.base}${p.hash}`);
      await viewReady(h.page, p.view);
      const [scroll, client] = await h.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
    }, 60_000);
  }
});
