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

// Every registered view, plus key states of the wider ones.
const PAGES = [
  ...VIEW_REGISTRY.map((v) => ({ hash: `#/${v.name}`, view: v.name })),
  { hash: '#/law?question=sovereignty_rule', view: 'law' },
  { hash: '#/alignment?tab=agreement', view: 'alignment' },
  { hash: '#/alignment?tab=map', view: 'alignment' },
  { hash: '#/profile?state=FRA', view: 'profile' },
  { hash: '#/brief?focus=norm:g&audience=KEN', view: 'brief' },
  { hash: '#/law?set=debates', view: 'law' },
  { hash: '#/overview?ind=cosponsor', view: 'overview' },
  { hash: '#/norms?illus=1&norm=g', view: 'norms' },
  { hash: '#/capacity?group=African', view: 'capacity' },
  { hash: '#/crosswalk?framework=OSCE', view: 'crosswalk' },
];

describe('reflow at 320 px (WCAG 1.4.10): the page never scrolls sideways', () => {
  for (const p of PAGES) {
    it(
      p.hash,
      async () => {
        await h.page.goto(`${h.base}${p.hash}`);
        await viewReady(h.page, p.view);
        const [scroll, client] = await h.page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        expect(scroll).toBeLessThanOrEqual(client);
      },
      60_000,
    );
  }
});
