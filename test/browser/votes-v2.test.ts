import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../sql/csv';
import { openHarness, shownText, urlHas, viewReady, type Harness } from './harness';

// Expected values from the raw CSVs (the tests' own reader), never from the app.
const D = 'data/unga-votes';
const resolutions = readCsv(`${D}/resolutions.csv`);
const sponsors = readCsv(`${D}/sponsors.csv`);
const firstUrl = (cell: string) => cell.match(/https?:\/\/[^\s;]+/)?.[0];

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('votes, adoptions without a vote, sponsors and who moved in the browser', () => {
  it('Alignment shows A/RES/78/237 with 104–53–7 and the five adoptions without a vote as consensus', async () => {
    await h.page.goto(`${h.base}#/alignment`);
    await viewReady(h.page, 'alignment');
    const timeline = h.page.locator('[data-testid="resolution-timeline"]');
    const r237 = timeline.locator('tr[data-id="A/RES/78/237"]');
    const csv237 = resolutions.find((r) => r.resolution_id === 'A/RES/78/237')!;
    expect(await shownText(r237.locator('[data-testid="published"]'))).toBe(
      `${csv237.yes}–${csv237.no}–${csv237.abstain}`,
    );
    expect(await shownText(r237.locator('[data-testid="published"]'))).toBe('104–53–7');
    expect(await r237.locator('[data-testid="counted"]').innerText()).toBe('104–53–7');
    const without = resolutions
      .filter((r) => r.adopted_without_vote === 'true')
      .map((r) => r.resolution_id)
      .sort();
    const rows = timeline.locator('tr[data-modality="consensus"]');
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()).toEqual(without);
    for (const id of without) {
      const row = timeline.locator(`tr[data-id="${id}"]`);
      expect(await row.innerText()).toContain('adopted without a vote');
      expect(await row.locator('[data-testid="consensus-note"]').innerText()).toContain('all 193 members joined');
      expect(await row.locator('[data-testid="published"]').count()).toBe(0); // never shown as a missing vote
    }
    // the roll-call table keeps the 12 recorded votes only
    expect(await h.page.locator('[data-testid="resolution-table"] tbody tr').count()).toBe(12);
    expect(await h.page.locator('[data-testid="resolution-table"] tr[data-token="78-237"]').count()).toBe(1);
  });

  it('lists each resolution’s sponsors with their count', async () => {
    const row = h.page.locator('[data-testid="resolution-timeline"] tr[data-id="A/RES/78/16"]');
    const expected = sponsors.filter((s) => s.resolution_id === 'A/RES/78/16').length;
    expect(await shownText(row.locator('[data-testid="sponsor-count"]'))).toBe(String(expected));
    // the names are built when the fold opens
    expect(await row.locator('[data-testid="sponsor-list"] li').count()).toBe(0);
    await row.locator('summary').click();
    await expect.poll(() => row.locator('[data-testid="sponsor-list"] li').count()).toBe(expected);
    expect(await row.locator('li[data-iso3="FRA"]').innerText()).toContain('(lead)');
  });

  it('"who moved" lists states for the OEWG track, each change linked to both records', async () => {
    const panel = h.page.locator('[data-testid="who-moved"]');
    expect(await panel.locator('[data-testid="who-moved-track"]').inputValue()).toBe('oewg');
    const rows = panel.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    // Albania: No on 73/27, Abstain on 74/29 (read by hand in votes.csv)
    const alb = panel.locator('tr[data-iso3="ALB"][data-from="A/RES/73/27"]');
    expect(await alb.getAttribute('data-to')).toBe('A/RES/74/29');
    expect(await shownText(alb)).toMatch(/No on 73\/27\s+Abstain on 74\/29/);
    const links = await alb.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const url = (id: string) => firstUrl(resolutions.find((r) => r.resolution_id === id)!.source_url);
    expect(links).toEqual([url('A/RES/73/27'), url('A/RES/74/29')]);
    // the first 25 changes are listed, every one on request (as many as the summary counts)
    const total = Number(
      /^(\d+) changes/.exec(await panel.locator('[data-testid="who-moved-summary"]').innerText())![1],
    );
    expect(total).toBeGreaterThan(25);
    expect(await rows.count()).toBe(25);
    await panel.getByRole('button', { name: `Show all ${total} changes` }).click();
    await expect.poll(() => rows.count()).toBe(total);
    // the global filter: WEOG only
    await h.page.goto(`${h.base}#/alignment?group=WEOG`);
    await viewReady(h.page, 'alignment');
    const weog = new Set(
      readCsv('data/states/states.csv')
        .filter((s) => s.un_regional_group === 'WEOG')
        .map((s) => s.iso3),
    );
    const isos = await h.page
      .locator('[data-testid="who-moved"] tbody tr[data-iso3]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3') ?? ''));
    expect(isos.length).toBeGreaterThan(0);
    expect(isos.every((i) => weog.has(i))).toBe(true);
  });

  it('a state profile lists the resolutions it co-sponsored, with role, stage and the document link', async () => {
    await h.page.goto(`${h.base}#/profile?state=FRA`);
    await viewReady(h.page, 'profile');
    const section = h.page.locator('[data-testid="profile-sponsors"]');
    const csv = sponsors.filter((s) => s.iso3_or_group === 'FRA');
    expect(await section.locator('tbody tr').count()).toBe(csv.length);
    const r7816 = section.locator('tr[data-id="A/RES/78/16"]');
    expect(await r7816.innerText()).toContain('lead');
    expect(await r7816.locator('a').getAttribute('href')).toBe(
      firstUrl(csv.find((s) => s.resolution_id === 'A/RES/78/16')!.source_url),
    );
    expect(await section.locator('tr[data-id="A/RES/74/28"]').innerText()).toContain('joined later');
  });

  it('shows co-sponsorship agreement beside vote agreement for a chosen state', async () => {
    await h.page.goto(`${h.base}#/alignment?tab=agreement&state=FRA`);
    await viewReady(h.page, 'alignment');
    const panel = h.page.locator('[data-testid="cosponsor-partners"]');
    const own = sponsors.filter((s) => s.iso3_or_group === 'FRA' && !s.stage.startsWith('lead named')).length;
    expect(await panel.locator('[data-testid="cosponsor-own"]').innerText()).toContain(`sponsored ${own} of the`);
    expect(await panel.locator('li').count()).toBeGreaterThan(0);
    expect(await h.page.locator('[data-testid="partners"]').count()).toBe(1);
  });

  it('a picker finds a state by its common name and shows its UN name', async () => {
    await h.page.goto(`${h.base}#/profile`);
    await viewReady(h.page, 'profile');
    await h.page.fill('[data-testid="profile-picker-search"]', 'Ivory Coast');
    await h.page.press('[data-testid="profile-picker-search"]', 'Enter');
    await viewReady(h.page, 'profile');
    await urlHas(h.page, 'state=CIV');
    expect(await h.page.locator('[data-view="profile"] h1').innerText()).toContain('Côte d’Ivoire');
    expect(await h.page.locator('[data-view="profile"] h1').innerText()).not.toContain('Ivory');
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
