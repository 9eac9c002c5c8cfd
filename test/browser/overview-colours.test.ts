import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';
import { expectedCounts, members } from '../sql/evidence-expected';

// Overview map colourings by debate stance, evidence rung and co-sponsorship: each colouring's
// counts against counts computed here from the CSVs in data/ (default scope: the 193 members).

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Open the map table of the Overview at `query` and return its value cells. */
async function mapLabels(query: string): Promise<string[]> {
  await h.page.goto(`${h.base}#/overview?${query}`);
  await viewReady(h.page, 'overview');
  // a hash change keeps the page (and an open table) alive: open it only when closed
  if ((await h.page.locator('.map-table').getAttribute('open')) === null) await h.page.click('.map-table summary');
  await h.page.locator('.map-table tbody tr').first().waitFor();
  return h.page.locator('.map-table tbody td').allInnerTexts();
}

const coverage = () => h.page.locator('[data-testid="map-coverage"]').innerText();

describe('Overview map coloured by a stance on a debate question', () => {
  it('ind=debate&q=binding_instrument: latest own stance per state, AI summaries left out, equals the CSV and the debates view', async () => {
    const q = 'binding_instrument';
    // latest counted statement per state actor (ai_summary rows dropped before "latest")
    const latest = new Map<string, { year: number; stance: string }>();
    for (const r of readCsv('data/statements/statements.csv')) {
      if (r.question_id !== q || r.source_type === 'ai_summary' || !members.has(r.actor_id)) continue;
      const prev = latest.get(r.actor_id);
      if (!prev || Number(r.year) > prev.year) latest.set(r.actor_id, { year: Number(r.year), stance: r.stance });
    }
    const csv = (stance: string) => [...latest.values()].filter((v) => v.stance === stance).length;
    expect(csv('supports') + csv('qualified') + csv('opposes')).toBeGreaterThan(3);
    const labels = await mapLabels(`ind=debate&q=${q}`);
    expect(labels.length).toBe(members.size);
    expect(await h.page.inputValue('[data-testid="question"]')).toBe(q);
    for (const stance of ['supports', 'qualified', 'opposes'])
      expect([stance, labels.filter((l) => l.startsWith(stance)).length]).toEqual([stance, csv(stance)]);
    expect(await coverage()).toBe(
      `${latest.size} of ${members.size} states in scope stated a stance of their own in the debates`,
    );
    // the debates question table, states' own stances only, counts the same
    await h.page.goto(`${h.base}#/law?set=debates&group_actors=0`);
    await viewReady(h.page, 'law');
    const row = h.page.locator(`[data-testid="question-table"] tr[data-question="${q}"]`);
    for (const stance of ['supports', 'qualified', 'opposes'])
      expect([stance, Number(await row.locator(`td[data-col="${stance}"]`).innerText())]).toEqual([
        stance,
        csv(stance),
      ]);
  });
});

describe('Overview map coloured by an evidence rung on a norm', () => {
  it('ind=rung&norm=d: states per rung equal the ladder computed from the evidence CSVs', async () => {
    const { counts } = expectedCounts('d', members);
    expect(counts.slice(2).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const labels = await mapLabels('ind=rung&norm=d');
    expect(labels.length).toBe(members.size);
    const words = ['no evidence', 'committed', 'planned or signed', 'measure in place', 'self-reported implementation'];
    expect(words.map((w) => labels.filter((l) => l.startsWith(w)).length)).toEqual(counts);
    expect(await coverage()).toBe(
      `${members.size - counts[0]} of ${members.size} states in scope have evidence on this norm`,
    );
    expect(await h.page.inputValue('[data-testid="norm"]')).toBe('d');
  });
});

describe('Overview map coloured by co-sponsorship of a resolution', () => {
  const sponsors = readCsv('data/unga-votes/sponsors.csv');
  const roleCount = (res: string, role: string) =>
    sponsors.filter((s) => s.resolution_id === res && s.role === role && members.has(s.iso3_or_group)).length;

  it('ind=cosponsor&res=A/RES/77/37: co-sponsors, the lead and non-sponsors as in sponsors.csv', async () => {
    const res = 'A/RES/77/37';
    const co = roleCount(res, 'co-sponsor');
    const lead = roleCount(res, 'lead');
    expect(co).toBeGreaterThan(10);
    const labels = await mapLabels(`ind=cosponsor&res=${res}`);
    expect(labels.filter((l) => l.startsWith('co-sponsor')).length).toBe(co);
    expect(labels.filter((l) => l.startsWith('lead sponsor')).length).toBe(lead);
    expect(labels.filter((l) => l.startsWith('not a sponsor')).length).toBe(members.size - co - lead);
    expect(await coverage()).toBe(`${co + lead} of ${members.size} states in scope sponsored it`);
  });

  it('a session-73 resolution with only its lead recorded never calls anyone "not a sponsor"', async () => {
    const res = 'A/RES/73/27';
    expect(sponsors.filter((s) => s.resolution_id === res).every((s) => s.stage.startsWith('lead named'))).toBe(true);
    const labels = await mapLabels(`ind=cosponsor&res=${res}`);
    expect(labels.filter((l) => l.startsWith('lead sponsor')).length).toBe(roleCount(res, 'lead'));
    expect(labels.filter((l) => l.startsWith('not a sponsor')).length).toBe(0);
    expect(labels.filter((l) => l.startsWith('full sponsor list not found')).length).toBe(
      members.size - roleCount(res, 'lead'),
    );
  });
});
