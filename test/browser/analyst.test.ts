import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

const states = readCsv('data/states/states.csv');
const groupOf = new Map(states.map((s) => [s.name, s.un_regional_group || 'No UN regional group']));

describe('opinion-map clusters name their members', () => {
  it('every cluster lists its members grouped by UN regional group; the lists add up to the cluster size', async () => {
    await h.page.goto(`${h.base}#/alignment?tab=map`);
    await viewReady(h.page, 'alignment');
    await h.page.waitForSelector('[data-testid="clusters"] section');
    const sections = h.page.locator('[data-testid="clusters"] section');
    const n = await sections.count();
    expect(n).toBeGreaterThanOrEqual(2);
    let placed = 0;
    for (let c = 0; c < n; c++) {
      const s = sections.nth(c);
      const size = Number((await s.locator('h3').innerText()).match(/(\d+) states/)![1]);
      const dts = await s.locator('[data-testid="cluster-members"] dt').allInnerTexts();
      const dds = await s.locator('[data-testid="cluster-members"] dd').allInnerTexts();
      const names = dds.flatMap((d) =>
        d
          .split(', ')
          .map((x) => x.trim())
          .filter(Boolean),
      );
      expect(names.length).toBe(size);
      placed += size;
      // each name sits under its own UN group's heading (groups from states.csv, by UN name)
      dts.forEach((dt, i) => {
        const group = dt.replace(/\s*\(\d+\)$/, '');
        for (const name of dds[i].split(', '))
          if (groupOf.has(name)) expect([name, groupOf.get(name)]).toEqual([name, group]);
      });
    }
    expect(placed).toBe(Number(await h.page.locator('[data-testid="opinion-map"]').getAttribute('data-points')));
  });
});

describe('Law: group against group, in words', () => {
  const positions = readCsv('data/il-positions/positions.csv');
  const weog = new Set(states.filter((s) => s.un_regional_group === 'WEOG').map((s) => s.iso3));
  const own = (stance: string) =>
    positions.filter((p) => weog.has(p.actor_iso3) && p.question_id === 'sovereignty_rule' && p.stance === stance)
      .length;

  it('with group=African|WEOG: a verdict on sovereignty as a rule, the AU apart, WEOG states counted', async () => {
    await h.page.goto(`${h.base}#/law?group=African|WEOG`);
    await viewReady(h.page, 'law');
    const row = h.page.locator('[data-contrast="African|WEOG"] tr[data-question="sovereignty_rule"]');
    await row.waitFor();
    const verdict = await row.getAttribute('data-verdict');
    // expected verdict by hand from the CSV counts: a side silent alone, or fewer than 5 own stances
    const african = new Set(states.filter((s) => s.un_regional_group === 'African').map((s) => s.iso3));
    const afAnswers = positions.filter((p) => african.has(p.actor_iso3) && p.question_id === 'sovereignty_rule').length;
    const wAnswers = own('supports') + own('qualified') + own('opposes');
    if ((afAnswers === 0) !== (wAnswers === 0)) expect(verdict).toBe('One side silent');
    else if (afAnswers < 5 || wAnswers < 5) expect(verdict).toBe('Too few answers');
    else expect(['Agree', 'Differ']).toContain(verdict);
    expect(await row.locator('.verdict').innerText()).toBe(verdict);
    // the AU's common position is its own line on the African side, with its 55 members
    const au = row.locator('td[data-side="0"] .collective');
    expect(await au.innerText()).toMatch(/^African Union.*on behalf of its 55 members.*: supports/);
    // the African side's own count does not include the AU's position
    const afSupports = positions.filter(
      (p) => african.has(p.actor_iso3) && p.question_id === 'sovereignty_rule' && p.stance === 'supports',
    ).length;
    expect(Number(await row.locator('td[data-side="0"] .own').getAttribute('data-supports'))).toBe(afSupports);
    // WEOG states' own stances with counts computed here from the CSVs
    const w = row.locator('td[data-side="1"] .own');
    expect(
      [
        await w.getAttribute('data-supports'),
        await w.getAttribute('data-qualified'),
        await w.getAttribute('data-opposes'),
      ].map(Number),
    ).toEqual([own('supports'), own('qualified'), own('opposes')]);
    expect(await w.innerText()).toContain(`${own('supports')} support`);
    // no statistic beside "too few"
    for (const t of await h.page.locator('tr[data-verdict="Too few answers"] td:nth-child(2)').allInnerTexts())
      expect(t).not.toMatch(/η²|gap|%/);
  });

  it('the debates set takes the same panel from vs=', async () => {
    await h.page.goto(`${h.base}#/law?set=debates&vs=EU|African`);
    await viewReady(h.page, 'law');
    await h.page.locator('[data-contrast="EU|African"] tbody tr').first().waitFor();
    expect(await h.page.locator('[data-contrast="EU|African"] tbody tr').count()).toBeGreaterThan(0);
  });
});

describe('Alignment: find a state across the three charts', () => {
  it('searching "Kenya" outlines and names it in the vote grid, the agreement matrix and the opinion map', async () => {
    const kenya = states.find((s) => s.iso3 === 'KEN')!.name;
    await h.page.goto(`${h.base}#/alignment`);
    await viewReady(h.page, 'alignment');
    await h.page.fill('#alignment-find', 'Kenya');
    await h.page.press('#alignment-find', 'Enter');
    await h.page.waitForFunction(() => location.hash.includes('state=KEN'));
    await viewReady(h.page, 'alignment');
    const grid = h.page.locator('[data-testid="vote-grid"]');
    expect(await grid.getAttribute('data-selected')).toBe('KEN');
    expect(await grid.locator('.sel-name').innerText()).toContain(kenya);
    // every state named: 12 px columns after a 110 px roll-call label band, a 130 px name band on top
    await h.page.check('[data-testid="vote-grid-names"]');
    const cols = Number(await grid.getAttribute('data-columns'));
    const box = await grid.locator('canvas').boundingBox();
    expect(Math.round(box!.width)).toBe(Math.ceil(110 + cols * 12));
    expect(await grid.getAttribute('data-named')).toBe('true');
    await h.page.click('button[data-tab="agreement"]');
    await viewReady(h.page, 'alignment');
    const matrix = h.page.locator('.agreement-canvas').first();
    await matrix.waitFor();
    expect(await matrix.getAttribute('data-selected-name')).toBe(kenya);
    expect(await matrix.locator('.sel-name').innerText()).toContain(kenya);
    // every row and column named: 11 px cells after a 130 px name band and the 10 px group strip
    await h.page.check('[data-testid="agreement-names"]');
    const n = Number(await h.page.locator('[data-testid="agreement-canvas"]').getAttribute('data-n'));
    expect(await matrix.getAttribute('data-named')).toBe('true');
    expect(Math.round((await h.page.locator('[data-testid="agreement-canvas"]').boundingBox())!.height)).toBe(
      130 + 10 + n * 11,
    );
    await h.page.click('button[data-tab="map"]');
    await viewReady(h.page, 'alignment');
    const map = h.page.locator('[data-testid="opinion-map"]');
    await map.waitFor();
    expect(await map.getAttribute('data-selected')).toBe('KEN');
    expect(await map.locator('text.sel-label').textContent()).toBe(kenya);
    // the search box keeps the found state's name
    expect(await h.page.inputValue('#alignment-find')).toBe(kenya);
  });
});

describe('Overview map coloured by a stance on a legal question', () => {
  it('ind=stance (sovereignty as a rule): the map table counts equal the Law view counts and the CSV', async () => {
    const positions = readCsv('data/il-positions/positions.csv');
    // the default scope: the 193 UN members
    const isState = new Set(states.filter((s) => s.un_member === 'true').map((s) => s.iso3));
    const csv = (stance: string) =>
      positions.filter((p) => isState.has(p.actor_iso3) && p.question_id === 'sovereignty_rule' && p.stance === stance)
        .length;
    await h.page.goto(`${h.base}#/overview?ind=stance`);
    await viewReady(h.page, 'overview');
    expect(await h.page.inputValue('[data-testid="question"]')).toBe('sovereignty_rule');
    await h.page.click('.map-table summary');
    await h.page.locator('.map-table tbody tr').first().waitFor();
    const labels = await h.page.locator('.map-table tbody td').allInnerTexts();
    const onMap = (stance: string) => labels.filter((l) => l.startsWith(stance)).length;
    // the Law view, states' own stances only (group actors left out of the counts)
    await h.page.goto(`${h.base}#/law?group_actors=0`);
    await viewReady(h.page, 'law');
    const row = h.page.locator('[data-testid="question-table"] tr[data-question="sovereignty_rule"]');
    for (const stance of ['supports', 'qualified', 'opposes']) {
      const law = Number(await row.locator(`td[data-col="${stance}"]`).innerText());
      expect([stance, onMap(stance)]).toEqual([stance, law]);
      expect([stance, law]).toEqual([stance, csv(stance)]);
    }
  });
});

describe('Overview map coloured by a published legal position', () => {
  it('ind=legal: the states marked as publishing equal the states with a document in national_positions.csv', async () => {
    const isState = new Set(states.filter((s) => s.un_member === 'true').map((s) => s.iso3));
    const published = new Set(
      readCsv('data/il-positions/national_positions.csv')
        .map((d) => d.actor_iso3)
        .filter((c) => isState.has(c)),
    );
    await h.page.goto(`${h.base}#/overview?ind=legal`);
    await viewReady(h.page, 'overview');
    await h.page.click('.map-table summary');
    await h.page.locator('.map-table tbody tr').first().waitFor();
    const labels = await h.page.locator('.map-table tbody td').allInnerTexts();
    expect(labels.length).toBe(isState.size);
    expect(labels.filter((l) => l.startsWith('published a legal position')).length).toBe(published.size);
  });
});
