import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { wcag22Violations } from './a11y';
import { VIEW_REGISTRY } from '../../src/views/registry';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** One page to check: the URL hash, the view that must be ready, and an optional action first. */
interface Case {
  hash: string;
  view: string;
  act?: (h: Harness) => Promise<void>;
}

// Every registered view by its plain URL, then the pages and states a user reaches from them.
const CASES: Case[] = [
  ...VIEW_REGISTRY.map((v) => ({ hash: `#/${v.name}`, view: v.name })),
  { hash: '#/law?set=debates', view: 'law' },
  { hash: '#/law?question=sovereignty_rule', view: 'law' },
  { hash: '#/alignment?tab=agreement', view: 'alignment' },
  { hash: '#/alignment?tab=map', view: 'alignment' },
  { hash: '#/profile?state=FRA', view: 'profile' },
  { hash: '#/overview?state=FRA', view: 'overview' },
  { hash: '#/brief?focus=norm:g&audience=KEN', view: 'brief' },
  { hash: '#/compare?states=FRA,KEN', view: 'compare' },
  { hash: '#/overview?ind=cosponsor', view: 'overview' },
  { hash: '#/overview?ind=rung&norm=d', view: 'overview' },
  { hash: '#/overview?ind=debate', view: 'overview' },
  // states that draw further charts, each with its save control, and the Alignment votes download
  { hash: '#/capacity?state=FRA', view: 'capacity' },
  { hash: '#/norms?illus=1&norm=g', view: 'norms' },
  { hash: '#/meetings?tab=participation', view: 'meetings' },
  {
    hash: '#/alignment?res=77-37&ldc=1',
    view: 'alignment',
    act: async ({ page }) => {
      await page.locator('[data-view="alignment"] [data-testid="download-menu"] summary').first().click();
    },
  },
  {
    hash: '#/overview',
    view: 'overview',
    act: async ({ page }) => {
      await page.locator('[data-testid="f-region"] summary').click();
    },
  },
  {
    hash: '#/norms',
    view: 'norms',
    act: async ({ page }) => {
      await page.locator('[data-testid="survey-import"] > summary').click();
    },
  },
  {
    hash: '#/data',
    view: 'data',
    act: async ({ page }) => {
      await page.locator('[data-testid="console-input"]').fill('SELECT iso3, name FROM states ORDER BY iso3 LIMIT 5');
      await page.locator('[data-testid="console-run"]').click();
      await page.waitForSelector('[data-testid="console-result"]', { timeout: 30_000 });
    },
  },
];

describe('WCAG 2.2 AA (axe: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) on every view and key state', () => {
  for (const c of CASES) {
    it(`${c.hash}${c.act ? ' (after an action)' : ''}: zero violations`, async () => {
      await h.page.goto(`${h.base}${c.hash}`);
      await viewReady(h.page, c.view);
      if (c.act) await c.act(h);
      expect(await wcag22Violations(h.page)).toEqual([]);
    }, 60_000);
  }
});
