import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Expected values come from the raw CSVs, computed here without the app's code.
const states = readCsv('data/states/states.csv');
const votes = readCsv('data/unga-votes/votes.csv');
const byState = new Map<string, Map<string, string>>();
for (const v of votes) {
  if (!byState.has(v.iso3)) byState.set(v.iso3, new Map());
  byState.get(v.iso3)?.set(v.resolution_id, v.vote);
}
const inGroup = (g: string) => states.filter((s) => s.un_regional_group === g).map((s) => s.iso3);

/** (same + ½ where exactly one abstained) / joint, absences dropped, over the given roll calls. */
function agreement(a: string, b: string, res: readonly string[]): { value: number | null; joint: number } {
  let joint = 0;
  let score = 0;
  for (const r of res) {
    const va = byState.get(a)?.get(r);
    const vb = byState.get(b)?.get(r);
    if (!va || !vb || va === 'X' || vb === 'X') continue;
    joint += 1;
    score += va === vb ? 1 : va === 'A' || vb === 'A' ? 0.5 : 0;
  }
  return { value: joint ? score / joint : null, joint };
}

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Open the tab's download menu and save one dataset in one format; the saved file's rows. */
async function download(dataset: string, format = 'csv'): Promise<{ name: string; path: string }> {
  const menu = '[data-view="alignment"] [data-testid="download-menu"]';
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

describe('Alignment downloads: the agreement matrix and the opinion map as shown', () => {
  it('Agreement tab, two roll calls, WEOG only: every cell of the matrix with its value and joint votes', async () => {
    const res = ['A/RES/73/27', 'A/RES/74/29'];
    // States in scope with a vote record: WEOG members in states.csv that have rows in votes.csv.
    const weog = inGroup('WEOG').filter((s) => byState.has(s));
    expect(weog.length).toBe(29);
    await h.page.goto(`${h.base}#/alignment?tab=agreement&rc=73-27|74-29&group=WEOG`);
    await viewReady(h.page, 'alignment');
    const file = await download('agreement-agreement');
    expect(file.name).toBe('common-ground-agreement-agreement-weog.csv');
    const rows = readCsv(file.path);
    expect(rows.length).toBe(weog.length * weog.length);
    expect(new Set(rows.map((r) => r.state_a_iso3))).toEqual(new Set(weog));
    expect(new Set(rows.map((r) => r.roll_calls))).toEqual(new Set(['2']));
    // WEOG splits on these two (votes.csv): FRA N/A, USA N/N, CHE A/Y, TUR A/A. By hand: FRA–USA
    // (1 + ½) / 2 = 0.75, CHE–USA (½ + 0) / 2 = 0.25, TUR–CHE (1 + ½) / 2 = 0.75; the helper recomputes them.
    expect(agreement('FRA', 'USA', res).value).toBe(0.75);
    expect(agreement('CHE', 'USA', res).value).toBe(0.25);
    for (const [a, b] of [
      ['FRA', 'USA'],
      ['CHE', 'USA'],
      ['TUR', 'CHE'],
      ['DEU', 'DEU'],
    ]) {
      const exp = agreement(a, b, res);
      const row = rows.find((r) => r.state_a_iso3 === a && r.state_b_iso3 === b);
      expect(row, `${a}–${b}`).toBeDefined();
      expect(Number(row!.joint_votes)).toBe(exp.joint);
      expect(row!.value === '' ? null : Number(row!.value)).toBeCloseTo(exp.value as number, 10);
    }
    // Codebook says how the rows were made, and names the roll calls.
    const readme = await download('agreement-agreement', 'readme');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(readme.path, 'utf8');
    expect(text).toContain(`Rows: ${weog.length * weog.length}.`);
    expect(text).toContain('written from the rows shown on screen');
    expect(text).toContain('A/RES/73/27, A/RES/74/29');
  }, 60_000);

  it('Opinion map tab, roll calls only, African Group: one row per state in scope; placed = ≥ 3 answers', async () => {
    const african = inGroup('African');
    // Items are the 12 roll calls; a state's answers are its non-X votes (X is silence).
    const answered = new Map(
      african.map((s) => [s, [...(byState.get(s)?.values() ?? [])].filter((v) => v !== 'X').length]),
    );
    await h.page.goto(`${h.base}#/alignment?tab=map&items=votes&group=African`);
    await viewReady(h.page, 'alignment');
    await h.page.waitForSelector('[data-view="alignment"] [data-testid="download-menu"]');
    const file = await download('opinion-map-states');
    const rows = readCsv(file.path);
    expect(rows.map((r) => r.iso3).sort()).toEqual([...african].sort());
    for (const r of rows) {
      expect(Number(r.answered), r.iso3).toBe(answered.get(r.iso3));
      expect(r.items).toBe('12');
      const placed = answered.get(r.iso3)! >= 3;
      expect(r.placed, r.iso3).toBe(String(placed));
      expect(r.x !== '' && r.cluster !== '', r.iso3).toBe(placed);
    }
    // Cluster sizes in the file = the cluster headings on screen.
    const shown = await h.page
      .locator('[data-testid="clusters"] section')
      .evaluateAll((els) =>
        els.map((e) => Number(/· (\d+) states/.exec(e.querySelector('h3')?.textContent ?? '')?.[1])),
      );
    const sizes = shown.map((_, c) => rows.filter((r) => r.cluster === `Cluster ${c + 1}`).length);
    expect(sizes).toEqual(shown);

    const items = readCsv((await download('opinion-map-items')).path);
    const count = (list: string) => items.filter((r) => r.list === list).length;
    expect(count('bridge')).toBe(await h.page.locator('[data-testid="bridges"] tbody tr').count());
    expect(count('divisive')).toBe(await h.page.locator('[data-testid="divisive"] tbody tr').count());
    expect(new Set(items.map((r) => r.family))).toEqual(new Set(['votes']));
  }, 90_000);
});
