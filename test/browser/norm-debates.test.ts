import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Norm detail: positions in UN debates on the norms (statements data), expected from the CSV.
const statements = readCsv('data/statements/statements.csv');
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});
const go = (hash: string) =>
  h.page.evaluate((x) => {
    location.hash = x;
  }, hash);

/** Latest non-AI row per actor on a question (every actor of these questions is in scope under the default filter). */
function latest(qid: string): Map<string, Record<string, string>> {
  const best = new Map<string, Record<string, string>>();
  for (const r of statements) {
    if (r.question_id !== qid || r.source_type === 'ai_summary') continue;
    const b = best.get(r.actor_id);
    if (!b || Number(r.year) > Number(b.year)) best.set(r.actor_id, r);
  }
  return best;
}

describe('norm detail: positions in UN debates on the norms', () => {
  it("#/norms?norm=g lists each actor's latest stance with its document link, groups as their own rows", async () => {
    await h.page.goto(`${h.base}#/norms?norm=g`);
    await h.page.waitForSelector('[data-testid="norm-debates"] table');
    await viewReady(h.page, 'norms');
    const sec = h.page.locator('[data-testid="norm-debates"]');
    expect(await sec.innerText()).toContain('not about norm (g) in particular');
    for (const qid of ['norms_sufficient', 'new_norms']) {
      const exp = latest(qid);
      const rows = sec.locator(`table[data-question="${qid}"] tbody tr`);
      expect(await rows.count(), qid).toBe(exp.size);
      expect(exp.size).toBeGreaterThan(0);
      for (const [actor, r] of exp) {
        const row = sec.locator(`table[data-question="${qid}"] tr[data-actor="${actor}"]`);
        expect(await row.locator('a[data-testid="debate-doc"]').getAttribute('href'), `${qid} ${actor}`).toBe(
          r.source_url,
        );
        expect(await row.innerText()).toContain(r.year);
      }
    }
    // By hand: the EU spoke on norms_sufficient (2023) as a group; 7 states in scope did.
    expect(
      await sec.locator('table[data-question="norms_sufficient"] tr[data-actor="EU"][data-kind="group"]').count(),
    ).toBe(1);
    expect(await sec.locator('h4[data-question="norms_sufficient"]').innerText()).toContain(
      '7 of 193 States in scope have spoken',
    );
  });

  it('an honest line when no state in scope has spoken (SIDS)', async () => {
    await go('#/norms?norm=g&sids=1');
    await h.page.waitForSelector('[data-testid="norm-debates-none"]');
    expect(await h.page.locator('[data-testid="norm-debates-none"]').innerText()).toMatch(
      /^None of the \d+ States in scope has a coded statement/,
    );
  });
});

const STAMP = 'ILLUSTRATIVE — NOT STATE DATA';
describe('generated survey: a stamp on every cell, row and tooltip (illus=1)', () => {
  const texts = (sel: string) => h.page.locator(sel).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const attrs = (sel: string, a: string) =>
    h.page.locator(sel).evaluateAll((els, x) => els.map((e) => e.getAttribute(x) ?? ''), a);

  it('with illus=1 every survey-derived map cell, tooltip and table row carries the stamp', async () => {
    await go('#/norms?illus=1&norm=g');
    await h.page.waitForSelector('[data-testid="norm-map"] rect[data-iso3]');
    await viewReady(h.page, 'norms');
    // Map tiles with an answer (every answer is generated: no State has published its survey).
    const tiles = (await attrs('[data-testid="norm-map"] rect[data-iso3]', 'aria-label')).filter(
      (l) => !/: no answer( \(outside the current filter\))?$/.test(l),
    );
    expect(tiles.length).toBeGreaterThan(50);
    for (const l of tiles) expect(l).toContain(STAMP);
    await h.page.locator('[data-testid="norm-map"] details.map-table summary').click();
    await h.page.waitForSelector('[data-testid="norm-map"] table tbody tr');
    const mapRows = (await texts('[data-testid="norm-map"] table tbody tr')).filter((t) => !t.endsWith('no answer'));
    expect(mapRows.length).toBe(tiles.filter((l) => !l.endsWith('(outside the current filter)')).length);
    for (const t of mapRows) expect(t).toContain(STAMP);
    // The hover tooltip of an answered tile.
    const iso3 = await h.page
      .locator('[data-testid="norm-map"] rect[data-iso3]')
      .evaluateAll((els) =>
        els.find((e) => !(e.getAttribute('aria-label') ?? '').includes('no answer'))?.getAttribute('data-iso3'),
      );
    await h.page.locator(`[data-testid="norm-map"] rect[data-iso3="${iso3}"]`).hover();
    expect(await h.page.locator('[data-testid="map-tooltip"]').innerText()).toContain(STAMP);
    // Every row of every survey table; every answered matrix cell and heat cell's tooltip.
    for (const id of ['norms-table', 'norms-counts', 'norm-heat', 'group-distribution', 'norm-challenges']) {
      const rows = await texts(`[data-testid="${id}"] tbody tr`);
      expect(rows.length, id).toBeGreaterThan(0);
      for (const t of rows) expect(t, id).toContain(STAMP);
    }
    for (const t of await attrs('[data-testid="norm-heat"] td[data-cell]', 'title')) expect(t).toContain(STAMP);
    const cells = await attrs('[data-testid="state-matrix"] td[data-status]:not([data-status="none-given"])', 'title');
    expect(cells.length).toBeGreaterThan(500);
    for (const t of cells) expect(t).toContain(STAMP);
    const matrixRows = await h.page
      .locator('[data-testid="state-matrix"] tbody tr')
      .evaluateAll((els) =>
        els
          .filter((e) => e.querySelector('td[data-status]:not([data-status="none-given"])'))
          .map((e) => e.textContent ?? ''),
      );
    expect(matrixRows.length).toBeGreaterThan(100);
    for (const t of matrixRows) expect(t).toContain(STAMP);
    for (const t of await texts('[data-testid="norm-evidence"] tbody tr')) expect(t).toContain(STAMP);
    for (const t of await texts('[data-testid="states-by-status"] .list:not([data-status="no-answer"]) .nw'))
      expect(t).toContain(STAMP);
  });

  it('with it off, no survey-derived cell or row exists and nothing is stamped', async () => {
    await go('#/norms?norm=g');
    await h.page.waitForSelector('[data-testid="evidence-detail"][data-norm="g"]');
    await viewReady(h.page, 'norms');
    for (const id of [
      'norm-map',
      'norms-table',
      'norm-heat',
      'state-matrix',
      'group-distribution',
      'norm-challenges',
      'norm-evidence',
      'states-by-status',
    ]) {
      expect(await h.page.locator(`[data-testid="${id}"]`).count(), id).toBe(0);
    }
    expect(await h.page.locator('[data-testid="row-stamp"]').count()).toBe(0);
    expect(await h.page.locator('[data-view="norms"]').evaluate((e) => e.textContent ?? '')).not.toContain(STAMP);
  });
});

describe('generated survey on other views: per-cell and per-row stamps (illus=1)', () => {
  it('Capacity need vs offer: every cell tooltip built from generated rows is stamped', async () => {
    await go('#/capacity?by=income&illus=1');
    await h.page.waitForSelector('[data-testid="cap-need-offer"] .pair');
    await viewReady(h.page, 'capacity');
    const titles = await h.page
      .locator('[data-testid="cap-need-offer"] .pair')
      .evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    expect(titles.length).toBeGreaterThan(5);
    for (const t of titles) expect(t).toContain(STAMP);
  });

  it('Compare: every survey row flagged as generated carries the full stamp', async () => {
    await go('#/compare?states=FRA|DEU|USA&illus=1');
    await h.page.waitForSelector('[data-testid="compare-norms"] tbody tr');
    await viewReady(h.page, 'compare');
    const rows = await h.page
      .locator('[data-testid="compare-norms"] tbody tr')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(rows.length).toBe(11);
    for (const t of rows) expect(t).toContain(STAMP);
  });
});
