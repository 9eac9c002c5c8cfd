import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Expected values come from the raw CSVs, computed here without the app's code.
const states = readCsv('data/states/states.csv');
const weog = states.filter((s) => s.un_regional_group === 'WEOG').map((s) => s.iso3);

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Open the view's download menu and save one dataset in one format. */
async function download(view: string, dataset: string, format = 'csv'): Promise<{ name: string; path: string }> {
  const menu = `[data-view="${view}"] [data-testid="download-menu"]`;
  await h.page.waitForSelector(`${menu} summary`);
  if (
    !(await h.page
      .locator(menu)
      .first()
      .evaluate((d) => (d as HTMLDetailsElement).open))
  )
    await h.page.locator(`${menu} summary`).first().click();
  const [dl] = await Promise.all([
    h.page.waitForEvent('download'),
    h.page.locator(`${menu} button[data-dataset="${dataset}"][data-format="${format}"]`).first().click(),
  ]);
  return { name: dl.suggestedFilename(), path: (await dl.path())! };
}

/** Type-7 median (R's default), written out here. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h7 = (s.length - 1) * 0.5;
  const lo = Math.floor(h7);
  return s[lo] + (h7 - lo) * ((s[lo + 1] ?? s[lo]) - s[lo]);
}

describe('downloads of the focused item and the filter', () => {
  it('Law, a question open (sovereignty), WEOG only: each state in scope with its own stance, and the coded rows', async () => {
    const own = new Map(
      readCsv('data/il-positions/positions.csv')
        .filter((r) => r.question_id === 'sovereignty_rule')
        .map((r) => [r.actor_iso3, r.stance]),
    );
    await h.page.goto(`${h.base}#/law?question=sovereignty_rule&group=WEOG`);
    await viewReady(h.page, 'law');
    const file = await download('law', 'question-sovereignty-rule-states');
    expect(file.name).toBe('common-ground-question-sovereignty-rule-states-weog.csv');
    const rows = readCsv(file.path);
    expect(rows.map((r) => r.iso3).sort()).toEqual([...weog].sort());
    for (const r of rows) expect(r.stance, r.iso3).toBe(own.get(r.iso3) ?? '');
    expect(rows.filter((r) => r.stance !== '').length).toBe(weog.filter((s) => own.has(s)).length);

    const coded = readCsv((await download('law', 'il-positions-sovereignty-rule')).path);
    expect(new Set(coded.map((r) => r.question_id))).toEqual(new Set(['sovereignty_rule']));
    expect(
      coded
        .filter((r) => r.actor_kind === 'state')
        .map((r) => r.iso3)
        .sort(),
    ).toEqual(weog.filter((s) => own.has(s)).sort());
  }, 60_000);

  it('Norms, norm (a) open, WEOG only: only that norm’s evidence, every cited CSV row of it included', async () => {
    const fromCsv = readCsv('data/norm-evidence/norm_evidence.csv').filter(
      (r) => r.norm_id === 'a' && weog.includes(r.iso3),
    );
    expect(fromCsv.length).toBeGreaterThan(0);
    await h.page.goto(`${h.base}#/norms?norm=a&group=WEOG`);
    await viewReady(h.page, 'norms');
    const focused = readCsv((await download('norms', 'norm-evidence-a')).path);
    expect(new Set(focused.map((r) => r.norm_id))).toEqual(new Set(['a']));
    expect(focused.every((r) => weog.includes(r.iso3))).toBe(true);
    const ids = new Set(focused.map((r) => r.evidence_id));
    for (const r of fromCsv) expect(ids.has(r.evidence_id), r.evidence_id).toBe(true);
    // The same rows as the whole evidence file holds for norm (a): nothing lost, nothing added.
    const all = readCsv((await download('norms', 'norm-evidence')).path).filter((r) => r.norm_id === 'a');
    expect([...ids].sort()).toEqual(all.map((r) => r.evidence_id).sort());
  }, 60_000);

  it('Capacity, WEOG only: the group × pillar cells, n and median recomputed from capacity.csv', async () => {
    const gci = readCsv('data/norms-capacity/capacity.csv').filter((r) => weog.includes(r.iso3));
    await h.page.goto(`${h.base}#/capacity?group=WEOG`);
    await viewReady(h.page, 'capacity');
    const file = await download('capacity', 'capacity-cells');
    const rows = readCsv(file.path);
    expect(new Set(rows.map((r) => r.group))).toEqual(new Set(['WEOG']));
    for (const pillar of ['overall', 'legal', 'cooperation']) {
      const scores = gci.filter((r) => r[pillar] !== '').map((r) => Number(r[pillar]));
      const cell = rows.find((r) => r.pillar === pillar);
      expect(cell, pillar).toBeDefined();
      expect(Number(cell!.n), pillar).toBe(scores.length);
      expect(Number(cell!.missing), pillar).toBe(weog.length - scores.length);
      expect(Number(cell!.median), pillar).toBeCloseTo(median(scores), 9);
    }
    const readme = readFileSync((await download('capacity', 'capacity-cells', 'readme')).path, 'utf8');
    expect(readme).toContain('written from the cells shown on screen');
  }, 60_000);

  it('Profile of France: the resolutions it sponsored, as sponsors.csv lists them (5 rows, 2 as lead)', async () => {
    const expected = readCsv('data/unga-votes/sponsors.csv').filter((r) => r.iso3_or_group === 'FRA');
    await h.page.goto(`${h.base}#/profile?state=FRA`);
    await viewReady(h.page, 'profile');
    const rows = readCsv((await download('profile', 'sponsorships')).path);
    expect(rows.length).toBe(expected.length);
    expect(rows.map((r) => r.resolution_id).sort()).toEqual(expected.map((r) => r.resolution_id).sort());
    expect(rows.filter((r) => r.role === 'lead').length).toBe(expected.filter((r) => r.role === 'lead').length);
  }, 60_000);

  it('Crosswalk, OAS open: exactly the OAS links of regional_norm_links.csv', async () => {
    const key = (r: Record<string, string>) => `${r.item_id}→${r.norm_id}`;
    const expected = readCsv('data/process/regional_norm_links.csv').filter((r) => r.framework === 'OAS');
    expect(expected.length).toBeGreaterThan(0);
    await h.page.goto(`${h.base}#/crosswalk?framework=OAS`);
    await viewReady(h.page, 'crosswalk');
    const rows = readCsv((await download('crosswalk', 'regional-norm-links-oas')).path);
    expect(new Set(rows.map((r) => r.framework))).toEqual(new Set(['OAS']));
    expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
  }, 60_000);
});
