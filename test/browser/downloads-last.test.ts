import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Expected values come from the raw CSVs, computed here without the app's code.
const states = readCsv('data/states/states.csv');
const votes = readCsv('data/unga-votes/votes.csv');
const positions = readCsv('data/il-positions/positions.csv');
const voteOf = (iso3: string, res: string) => votes.find((v) => v.iso3 === iso3 && v.resolution_id === res)?.vote;

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Open the download menu inside `scope` and save one dataset as CSV; the saved file's rows. */
async function download(scope: string, dataset: string): Promise<{ name: string; rows: Record<string, string>[] }> {
  const menu = `${scope} [data-testid="download-menu"]`;
  await h.page.locator(menu).first().waitFor();
  if (
    !(await h.page
      .locator(menu)
      .first()
      .evaluate((d) => (d as HTMLDetailsElement).open))
  )
    await h.page.locator(`${menu} summary`).first().click();
  const [dl] = await Promise.all([
    h.page.waitForEvent('download'),
    h.page.locator(`${menu} button[data-dataset="${dataset}"][data-format="csv"]`).first().click(),
  ]);
  return { name: dl.suggestedFilename(), rows: readCsv((await dl.path())!) };
}

describe('the last data sections: a download of exactly the rows shown', () => {
  it('Law, group against group (African | WEOG): one row per question shown, own stances counted', async () => {
    await h.page.goto(`${h.base}#/law?group=African|WEOG`);
    await viewReady(h.page, 'law');
    const panel = '[data-contrast="African|WEOG"]';
    await h.page.locator(`${panel} tbody tr[data-question]`).first().waitFor();
    const shown = await h.page
      .locator(`${panel} tbody tr[data-question]`)
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-question'), e.getAttribute('data-verdict')]));
    const { rows } = await download(panel, 'group-contrast-african-weog');
    expect(rows.length).toBe(shown.length);
    expect(rows.map((r) => [r.question_id, r.verdict])).toEqual(shown);
    // WEOG states' own stances on sovereignty as a rule, counted here from positions.csv
    const weog = new Set(states.filter((s) => s.un_regional_group === 'WEOG').map((s) => s.iso3));
    const own = (stance: string) =>
      positions.filter((p) => weog.has(p.actor_iso3) && p.question_id === 'sovereignty_rule' && p.stance === stance)
        .length;
    const row = rows.find((r) => r.question_id === 'sovereignty_rule');
    expect(row).toBeDefined();
    expect(row!.side_b_key).toBe('WEOG');
    expect([row!.side_b_supports, row!.side_b_qualified, row!.side_b_opposes].map(Number)).toEqual([
      own('supports'),
      own('qualified'),
      own('opposes'),
    ]);
    // the AU's common position is listed, never counted
    expect(row!.side_a_collective).toMatch(/^African Union.*: supports/);
  }, 60_000);

  it('Alignment, who moved (OEWG track): one row per change listed, votes as in votes.csv', async () => {
    await h.page.goto(`${h.base}#/alignment`);
    await viewReady(h.page, 'alignment');
    const panel = '[data-testid="who-moved"]';
    await h.page.locator(`${panel} tbody tr[data-iso3]`).first().waitFor();
    // the list opens on its first 25 changes; the download has every change the summary counts
    await h.page
      .locator(panel)
      .getByRole('button', { name: /^Show all \d+ changes$/ })
      .click();
    const shown = await h.page
      .locator(`${panel} tbody tr[data-iso3]`)
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-iso3'), e.getAttribute('data-from')]));
    const { rows } = await download(panel, 'who-moved-oewg');
    expect(rows.length).toBe(shown.length);
    expect(rows.map((r) => [r.iso3, r.from_resolution_id])).toEqual(shown);
    for (const r of rows) {
      expect(r.from_vote, r.iso3).toBe(voteOf(r.iso3, r.from_resolution_id));
      expect(r.to_vote, r.iso3).toBe(voteOf(r.iso3, r.to_resolution_id));
      expect(r.from_vote).not.toBe(r.to_vote);
    }
    // Albania: No on 73/27, Abstain on 74/29 (read by hand in votes.csv)
    const alb = rows.find((r) => r.iso3 === 'ALB' && r.from_resolution_id === 'A/RES/73/27');
    expect([alb?.from_vote, alb?.to_resolution_id, alb?.to_vote]).toEqual(['N', 'A/RES/74/29', 'A']);
  }, 60_000);

  it('Compare (FRA, DEU, USA): one row per item in the comparison tables, votes as in votes.csv', async () => {
    await h.page.goto(`${h.base}#/compare?states=FRA|DEU|USA`);
    await viewReady(h.page, 'compare');
    const tables = ['votes', 'law', 'norms']
      .map((t) => `[data-testid="compare-${t}"] tbody tr[data-status]`)
      .join(', ');
    await h.page.locator('[data-testid="compare-votes"] tbody tr[data-status]').first().waitFor();
    const shown = await h.page.locator(tables).evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    const { rows } = await download('[data-view="compare"]', 'comparison');
    expect(rows.length).toBe(shown.length);
    expect(rows.map((r) => r.status)).toEqual(shown);
    const voteRows = rows.filter((r) => r.section === 'votes');
    expect(voteRows.length).toBe(new Set(votes.map((v) => v.resolution_id)).size);
    let checked = 0;
    for (const r of voteRows)
      for (const iso3 of ['FRA', 'DEU', 'USA']) {
        const v = voteOf(iso3, r.key);
        if (v === 'Y' || v === 'N' || v === 'A') {
          expect(r[iso3.toLowerCase()], `${iso3} ${r.key}`).toBe(v);
          checked += 1;
        }
      }
    expect(checked).toBeGreaterThan(0);
  }, 60_000);
});
