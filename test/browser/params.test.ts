import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCsv } from '../sql/csv';
import { hashIs, openHarness, viewReady, type Harness } from './harness';

// Keys such as `res` mean different things in different views: a roll call token in Alignment,
// a resolution symbol for the Overview's vote map. Moving between views must not carry one
// view's keys into the other.

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Fill of every tile of the Overview map, by state (the no-data pattern's id varies per map instance). */
async function fills(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator('[data-testid="state-map"] rect[data-iso3]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-iso3') ?? '', e.getAttribute('fill') ?? '']));
  return Object.fromEntries(pairs.map(([iso3, fill]) => [iso3, fill.startsWith('url(') ? 'no data' : fill]));
}

describe('per-view URL parameters', () => {
  it('a roll call focused in Alignment does not leak into the Overview map', async () => {
    // A/RES/78/16 is the roll call in focus; its token in Alignment links is `78-16`.
    await h.page.goto(`${h.base}#/alignment?res=78-16&group=WEOG`);
    await viewReady(h.page, 'alignment');
    await h.page.click('nav a[href^="#/overview"]');
    await viewReady(h.page, 'overview');
    await h.page.waitForFunction(() => !location.hash.includes('alignment'));
    // The filter and nothing else travels.
    await hashIs(h.page, '#/overview?group=WEOG');
    await h.page.selectOption('[data-testid="indicator"]', 'vote');
    await h.page.waitForURL(/ind=vote/);
    await viewReady(h.page, 'overview');
    await hashIs(h.page, '#/overview?group=WEOG&ind=vote');
    expect(await h.page.locator('[data-testid="resolution"]').inputValue()).toBe('A/RES/77/37');
    const after = await fills(h.page);
    const legend = await h.page.locator('.legend').first().innerText();

    // The same map as a fresh Overview coloured by the vote.
    await h.page.goto(`${h.base}#/overview?group=WEOG&ind=vote`);
    await h.page.reload();
    await viewReady(h.page, 'overview');
    const fresh = await fills(h.page);
    expect(Object.keys(fresh).length).toBe(Object.keys(after).length);
    expect(after).toEqual(fresh);
    expect(await h.page.locator('.legend').first().innerText()).toBe(legend);
    // And that map is the vote on A/RES/77/37: France (WEOG) voted as the CSV says.
    const fra = readCsv('data/unga-votes/votes.csv').find(
      (v) => v.iso3 === 'FRA' && v.resolution_id === 'A/RES/77/37',
    )!.vote;
    const sameVote = readCsv('data/unga-votes/votes.csv')
      .filter((v) => v.resolution_id === 'A/RES/77/37' && v.vote === fra)
      .map((v) => v.iso3);
    expect(sameVote.every((iso3) => fresh[iso3] === fresh.FRA)).toBe(true);
  });

  it('shared keys travel: the selected state goes with the user, local keys stay behind', async () => {
    await h.page.goto(`${h.base}#/law?question=sovereignty_rule&covered=1&state=FRA`);
    await viewReady(h.page, 'law');
    await h.page.click('nav a[href^="#/profile"]');
    await viewReady(h.page, 'profile');
    await hashIs(h.page, '#/profile?state=FRA');
  });
});
