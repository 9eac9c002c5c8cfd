import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openHarness, scrollSettled, viewReady, type Harness } from './harness';
import { VIEW_REGISTRY } from '../../src/views/registry';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

// Every view, plus the states that draw further charts (question map, agreement matrix, opinion
// map, capacity and state profiles, the norm status map and the brief's group chart with the
// illustrative survey switched on, the POC chart on the Meetings participation tab).
const PAGES = [
  ...VIEW_REGISTRY.map((v) => ({ hash: `#/${v.name}`, view: v.name })),
  { hash: '#/law?question=sovereignty_rule', view: 'law' },
  { hash: '#/alignment?tab=agreement', view: 'alignment' },
  { hash: '#/alignment?tab=map', view: 'alignment' },
  { hash: '#/capacity?state=FRA', view: 'capacity' },
  { hash: '#/profile?state=FRA', view: 'profile' },
  { hash: '#/norms?illus=1&norm=g', view: 'norms' },
  { hash: '#/brief?focus=norm:g&illus=1', view: 'brief' },
  { hash: '#/meetings?tab=participation', view: 'meetings' },
];

/**
 * Charts on the page: svg or canvas with a role, canvases, figures. Bars drawn inside a table
 * cell are part of that table (its rows download as data), not charts of their own.
 */
function chartsOnPage(): { label: string; saveable: boolean }[] {
  const drawn = [...document.querySelectorAll('main svg[role], main canvas, main figure')].filter(
    (el) => !el.closest('td, th'),
  );
  // tables drawn as heat maps and matrices are charts too (saved as pictures of the HTML)
  const tables = [
    ...document.querySelectorAll(
      'main :is([data-testid="norm-heat"], [data-testid="evidence-matrix"] table, [data-testid="state-matrix"], [data-testid="actor-matrix"], [data-testid="crosswalk-matrix"], table.heat)',
    ),
  ];
  const els = [...drawn, ...tables];
  return els.map((el) => ({
    label: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.querySelector('figcaption, caption')?.textContent ?? '').slice(0, 60)}`,
    saveable: !!el.closest('[data-saveable]'),
  }));
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function save(box: string, button: 'SVG' | 'PNG'): Promise<{ name: string; bytes: Buffer }> {
  const control = h.page.locator(box).locator('xpath=following-sibling::*[@data-testid="chart-save"][1]');
  const btn = control.getByRole('button', { name: button, exact: true });
  await scrollSettled(btn);
  const [dl] = await Promise.all([h.page.waitForEvent('download'), btn.click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

describe('every chart can be saved as SVG and PNG', () => {
  it('each chart on every view and key state sits in a box with a save control', async () => {
    let total = 0;
    const missing: string[] = [];
    for (const p of PAGES) {
      await h.page.goto(`${h.base}${p.hash}`);
      await viewReady(h.page, p.view);
      await h.page.waitForTimeout(300);
      const charts = await h.page.evaluate(chartsOnPage);
      total += charts.length;
      for (const c of charts) if (!c.saveable) missing.push(`${p.hash}: ${c.label}`);
      // a saveable box always has its control on the page
      const boxes = await h.page.locator('[data-saveable]').count();
      expect(await h.page.locator('[data-testid="chart-save"]').count()).toBeGreaterThanOrEqual(boxes);
    }
    expect(missing).toEqual([]);
    // the walk really met the charts: maps, timeline, grid, matrix, scatter, dots, profiles, POC, brief
    expect(total).toBeGreaterThanOrEqual(20);
  }, 180_000);

  it('a non-map SVG chart (Law document timeline) saves as a parseable SVG and a PNG; a canvas chart (vote grid) as a PNG', async () => {
    await h.page.goto(`${h.base}#/law?group=WEOG`);
    await viewReady(h.page, 'law');
    const box = '[data-testid="doc-timeline"]';
    const svg = await save(box, 'SVG');
    expect(svg.name).toMatch(/^common-ground-position-documents-of-the-actors-in-scope.*\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('Position documents of the actors in scope by year');
    expect(text).toContain('UN regional group: WEOG');
    expect(text).toMatch(/data version \S+/);
    const parsed = await h.page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        circles: doc.querySelectorAll('circle').length,
      };
    }, text);
    expect(parsed).toMatchObject({ error: null, root: 'svg' });
    expect(parsed.circles).toBeGreaterThan(0);
    const png = await save(box, 'PNG');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(5000);

    await h.page.goto(`${h.base}#/alignment`);
    await viewReady(h.page, 'alignment');
    const grid = await save('div:has(> [data-testid="vote-grid"])', 'PNG');
    expect(grid.name).toMatch(/^common-ground-votes-of-\d+-states-on-12-roll-calls\.png$/);
    expect([...grid.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(grid.bytes.length).toBeGreaterThan(5000);
  }, 120_000);

  it('an HTML chart (the Law actor matrix) saves as an SVG holding the table and as a PNG', async () => {
    await h.page.goto(`${h.base}#/law`);
    await viewReady(h.page, 'law');
    const box = '[data-saveable^="Actors × legal questions"]';
    const svg = await save(box, 'SVG');
    expect(svg.name).toBe('common-ground-actors-legal-questions-stances.svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await h.page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      const fo = doc.querySelector('foreignObject');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        rows: fo?.querySelectorAll('tbody tr').length ?? 0,
        hidden: fo?.querySelectorAll('.sr-only').length ?? -1,
      };
    }, text);
    const onScreen = await h.page.locator('[data-testid="actor-matrix"] tbody tr:not([hidden])').count();
    expect(parsed.error).toBeNull();
    expect(parsed.rows).toBe(onScreen);
    expect(onScreen).toBeGreaterThan(10);
    const png = await save(box, 'PNG');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(5000);
  }, 60_000);
});
