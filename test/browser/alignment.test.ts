import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../sql/csv';
import { openHarness, urlHas, viewReady, type Harness } from './harness';

// Expected values come from the raw CSVs, computed here without the app's code.
const states = readCsv('data/states/states.csv');
const groupOf = new Map(states.map((s) => [s.iso3, s.un_regional_group]));
const votes = readCsv('data/unga-votes/votes.csv');
const byState = new Map<string, Map<string, string>>();
for (const v of votes) {
  if (!byState.has(v.iso3)) byState.set(v.iso3, new Map());
  byState.get(v.iso3)?.set(v.resolution_id, v.vote);
}
/** (same + ½ one-abstains) / joint over all 12 roll calls, absences dropped. */
function agreement(a: string, b: string): { value: number; joint: number } {
  let joint = 0;
  let score = 0;
  for (const [res, va] of byState.get(a) ?? []) {
    const vb = byState.get(b)?.get(res);
    if (va === 'X' || !vb || vb === 'X') continue;
    joint += 1;
    score += va === vb ? 1 : va === 'A' || vb === 'A' ? 0.5 : 0;
  }
  return { value: score / joint, joint };
}

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('alignment view in the browser', () => {
  it('lists the 12 roll calls, none flagged inferred, and every state in the vote grid', async () => {
    await h.page.goto(`${h.base}#/alignment`);
    await viewReady(h.page, 'alignment');
    expect(await h.page.locator('[data-testid="resolution-table"] tbody tr').count()).toBe(12);
    expect(
      await h.page.locator('[data-testid="resolution-table"] tbody tr:has-text("identity inferred")').count(),
    ).toBe(0);
    expect(await h.page.locator('[data-testid="vote-grid"]').getAttribute('data-columns')).toBe('193');
  });

  it('breaks a roll call down by UN group for the states in scope', async () => {
    await h.page.goto(`${h.base}#/alignment?res=77-37&group=WEOG|GRULAC`);
    await viewReady(h.page, 'alignment');
    const weog = votes.filter((v) => v.resolution_id === 'A/RES/77/37' && groupOf.get(v.iso3) === 'WEOG');
    const row = h.page.locator('[data-testid="breakdown-groups"] tr[data-key="WEOG"] td.num');
    expect(await row.nth(0).innerText()).toBe(String(weog.filter((v) => v.vote === 'Y').length));
    expect(await h.page.locator('[data-testid="breakdown-groups"] tbody tr').count()).toBe(2);
    expect(await h.page.locator('[data-testid="vote-grid"]').getAttribute('data-columns')).toBe('62');
  });

  it('draws the agreement matrix, shows a pair on hover and a state’s closest and farthest states', async () => {
    await h.page.goto(`${h.base}#/alignment?tab=agreement`);
    await viewReady(h.page, 'alignment');
    const canvas = h.page.locator('[data-testid="agreement-canvas"]');
    expect(await canvas.getAttribute('data-n')).toBe('193');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas box');
    await h.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    expect(await h.page.locator('[data-testid="chart-tip"]').innerText()).toMatch(/joint vote/);

    await h.page.selectOption('[data-testid="agreement-state"]', 'FRA');
    await h.page.waitForSelector('[data-testid="partners"]');
    await urlHas(h.page, 'state=FRA');
    const listed = await h.page
      .locator('[data-testid="closest"] li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3') ?? ''));
    expect(listed.length).toBe(10);
    // No unlisted state (with at least 6 joint votes) agrees with France more than a listed one.
    const members = states
      .filter((s) => s.un_member === 'true' && s.iso3 !== 'FRA')
      .map((s) => ({ iso3: s.iso3, ...agreement('FRA', s.iso3) }))
      .filter((s) => s.joint >= 6);
    const weakestListed = Math.min(...listed.map((iso3) => agreement('FRA', iso3).value));
    expect(members.filter((s) => !listed.includes(s.iso3)).every((s) => s.value <= weakestListed)).toBe(true);
    const farthest = await h.page.locator('[data-testid="farthest"] li').first().getAttribute('data-iso3');
    const min = Math.min(...members.map((s) => s.value));
    expect(agreement('FRA', farthest ?? '').value).toBe(min);
  });

  it('maps states from the chosen items, shows clusters, switches overlay to UN groups and selects a state', async () => {
    await h.page.goto(`${h.base}#/alignment?tab=map`);
    await viewReady(h.page, 'alignment');
    // choose items: roll calls only
    await h.page.click('[data-testid="item-picker"] summary');
    await h.page.click('[data-testid="item-picker"] fieldset[data-family="il"] .quick button:has-text("none")');
    await h.page.waitForFunction(() => location.hash.includes('items=votes'));
    await h.page.click('[data-testid="item-picker"] summary'); // close the picker
    await viewReady(h.page, 'alignment');
    expect(await h.page.locator('[data-testid="silhouettes"] tbody tr').count()).toBe(4);
    const clusters = await h.page.locator('[data-testid="clusters"] section').count();
    expect(clusters).toBeGreaterThanOrEqual(2);
    // every member cast at least 3 of the 12 votes except those the CSV says did not
    const sparse = states.filter(
      (s) => s.un_member === 'true' && [...(byState.get(s.iso3)?.values() ?? [])].filter((v) => v !== 'X').length < 3,
    );
    expect(Number(await h.page.locator('[data-testid="opinion-map"]').getAttribute('data-points'))).toBe(
      193 - sparse.length,
    );

    await h.page.click('[data-testid="overlay-group"]');
    await h.page.waitForFunction(() => location.hash.includes('overlay=group'));
    expect(await h.page.locator('[data-testid="opinion-map"] circle[data-iso3="FRA"]').getAttribute('fill')).toBe(
      '#0072B2',
    );
    expect(await h.page.locator('[data-testid="opinion-map"] circle[data-iso3="NGA"]').getAttribute('fill')).toBe(
      '#E69F00',
    );
    const total = await h.page.locator('[data-testid="contingency-groups"] tr.tot td').last().innerText();
    expect(Number(total)).toBe(193 - sparse.length);

    // States with identical votes share a spot, so dispatch on France's own dot rather than at a point.
    await h.page.locator('[data-testid="opinion-map"] circle[data-iso3="FRA"]').dispatchEvent('click');
    await h.page.waitForSelector('[data-testid="map-selected"]');
    await urlHas(h.page, 'state=FRA');
    expect(await h.page.locator('[data-testid="map-selected"] h3').innerText()).toContain('France');
    expect(await h.page.locator('[data-testid="map-nearest"] li').count()).toBe(8);
  });

  it('gives the same map after a reload (deterministic worker) and badges the illustrative survey when included', async () => {
    const sizes = () => h.page.locator('[data-testid="clusters"] section h3').allInnerTexts();
    const before = await sizes();
    await h.page.reload();
    await viewReady(h.page, 'alignment');
    expect(await sizes()).toEqual(before);
    // Issue 11: generated data is off by default; turn it on before opting the survey in.
    await h.page.click('[data-testid="f-illustrative"]');
    await viewReady(h.page, 'alignment');
    await h.page.click('[data-testid="survey-optin"]');
    await h.page.waitForFunction(() => location.hash.includes('survey'));
    await viewReady(h.page, 'alignment');
    expect(await h.page.locator('text=includes illustrative survey data').count()).toBe(1);
    // the survey norms count as items; switching illustrative data off in the filter bar drops them
    await h.page.click('[data-testid="f-illustrative"]');
    await viewReady(h.page, 'alignment');
    await h.page.waitForFunction(() => !document.body.innerText.includes('includes illustrative survey data'));
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
