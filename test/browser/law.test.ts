import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../sql/csv';
import { openHarness, statusText, viewReady, type Harness } from './harness';
import { seriousViolations } from './a11y';

const positions = readCsv('data/il-positions/positions.csv');
const states = readCsv('data/states/states.csv');
const stanceOf = (actor: string, q: string) => positions.find((p) => p.actor_iso3 === actor && p.question_id === q) ?? null;

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

const cellText = (q: string, col: string) => h.page.locator(`[data-testid="question-table"] tr[data-question="${q}"] [data-col="${col}"]`).innerText();

describe('international law view in the browser', () => {
  it('shows the 14 questions with their counts for all UN members', async () => {
    await h.page.goto(`${h.base}#/law`);
    await viewReady(h.page, 'law');
    expect(await statusText(h.page)).toBe('193 states in scope');
    expect(await h.page.locator('[data-testid="question-table"] tbody tr').count()).toBe(14);
    expect([await cellText('sovereignty_rule', 'supports'), await cellText('sovereignty_rule', 'qualified'), await cellText('sovereignty_rule', 'opposes')]).toEqual(['22', '2', '1']);
    expect([await cellText('new_binding_instrument', 'supports'), await cellText('new_binding_instrument', 'opposes')]).toEqual(['12', '13']);
    // 25 actors on sovereignty, 2 of them groups (AU, EU): 23 states spoke, 170 of 193 silent.
    expect(await cellText('sovereignty_rule', 'coverage')).toMatch(/23 \/ 193\s+170 silent · 12%/);
    expect(await cellText('data_as_object', 'actors')).toContain('fewer than 10 spoke');
    expect(await h.page.locator('[data-testid="statements"] li[data-question="new_binding_instrument"]').innerText()).toContain('12 support and 13 oppose');
    expect(await h.page.locator('[data-testid="statements"] li[data-question="attribution_evidence"]').innerText()).toContain('thin evidence');
  });

  it('opens a question: stance by group, every actor with its source, and the map', async () => {
    await h.page.click('[data-testid="question-table"] tr[data-question="sovereignty_rule"] th a');
    await h.page.waitForSelector('[data-testid="question-detail"][data-question="sovereignty_rule"]');
    await viewReady(h.page, 'law');
    expect(h.page.url()).toContain('question=sovereignty_rule');
    expect(await h.page.locator('[data-testid="question-actors"] tbody tr').count()).toBe(25);
    expect(await h.page.locator('[data-testid="question-actors"] tr[data-actor="GBR"]').innerText()).toContain('Opposes');
    // Group actors are listed as such: AU and EU speak for themselves.
    expect(await h.page.locator('[data-testid="question-actors"] tr[data-actor="AU"]').innerText()).toContain('group');
    const weog = await h.page.locator('[data-testid="by-group"] tr[data-group="WEOG"]').innerText();
    expect(weog.split(/\s+/).slice(1, 7)).toEqual(['29', '12', '2', '1', '14', '87%']);
    expect(await h.page.locator('[data-testid="law-map"] [data-in-scope="true"]').count()).toBe(193);
  });

  it('opens a cell\'s source: title, year, link, note and source strength', async () => {
    await h.page.click('[data-cell="GBR.sovereignty_rule"]');
    await h.page.waitForSelector('[data-testid="source-panel"]');
    const csv = stanceOf('GBR', 'sovereignty_rule')!;
    const panel = h.page.locator('[data-testid="source-panel"]');
    expect(await panel.locator('[data-testid="source-stance"]').innerText()).toBe('Opposes');
    expect(await panel.locator('[data-testid="source-title"]').innerText()).toBe(csv.source_title);
    expect(await panel.locator('[data-testid="source-link"]').getAttribute('href')).toBe(csv.source_url);
    expect(await panel.locator('[data-testid="source-note"]').innerText()).toContain(csv.evidence_note);
    expect(await panel.locator('[data-testid="source-strength"]').innerText()).toContain('Expert analysis'); // ejiltalk.org = Tier 2
    expect(await panel.innerText()).toContain(csv.year);
    expect(h.page.url()).toContain('cell=GBR.sovereignty_rule');
  });

  it('compares two actors: agree, differ and silent counted from the CSV', async () => {
    await h.page.check('[data-testid="actor-matrix"] tr[data-actor="FRA"] input[type="checkbox"]');
    await h.page.check('[data-testid="actor-matrix"] tr[data-actor="GBR"] input[type="checkbox"]');
    await h.page.waitForSelector('[data-testid="compare-table"]');
    expect(h.page.url()).toContain('actors=FRA|GBR');
    const questions = [...new Set(positions.map((p) => p.question_id))];
    const tally = { agree: 0, differ: 0, partial: 0, silent: 0 };
    for (const q of questions) {
      const a = stanceOf('FRA', q)?.stance ?? null;
      const b = stanceOf('GBR', q)?.stance ?? null;
      if (a && b) tally[a === b ? 'agree' : 'differ'] += 1;
      else if (a || b) tally.partial += 1;
      else tally.silent += 1;
    }
    const summary = await h.page.locator('[data-testid="compare-summary"]').innerText();
    expect(summary).toContain(`agree on ${tally.agree}, differ on ${tally.differ}`);
    expect(summary).toContain(`silent on ${tally.partial}, all silent on ${tally.silent}`);
    expect(await h.page.locator('[data-testid="compare-table"] tr[data-status="differ"]').count()).toBe(tally.differ);
  });

  it('clicking a document on the timeline adds its actor to the comparison', async () => {
    await h.page.click('[data-testid="doc-timeline"] circle[data-row="EST"] >> nth=0');
    await h.page.waitForFunction(() => location.hash.includes('actors=FRA|GBR|EST'));
    expect(await h.page.locator('[data-testid="compare-table"] thead th').allInnerTexts()).toContain('Estonia');
  });

  it('follows the filter: African Group → Kenya, Zimbabwe and the AU, whose stance is never counted as its members\'', async () => {
    await h.page.goto(`${h.base}#/law?group=African&question=sovereignty_rule&covered=1`);
    await viewReady(h.page, 'law');
    expect(await statusText(h.page)).toBe('54 states in scope');
    const ids = await h.page.locator('[data-testid="actor-matrix"] tbody tr[data-actor]').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-actor')));
    expect(ids.sort()).toEqual(['AU', 'KEN', 'ZWE']);
    // Sovereignty: the AU supports, no African state has a stance of its own.
    expect(await cellText('sovereignty_rule', 'supports')).toBe('1');
    expect((await h.page.locator('[data-testid="by-group"] tr[data-group="African"]').innerText()).split(/\s+/).slice(1, 6)).toEqual(['54', '0', '0', '0', '54']);
    // On the map Algeria is drawn as covered by the AU position, labelled as not its own.
    await h.page.click('[data-testid="question-detail"] .map-table summary');
    const dza = await h.page.locator('[data-testid="question-detail"] .map-table tr', { hasText: 'Algeria' }).innerText();
    expect(dza).toContain("covered by the AU position (supports), not the state's own");
  });

  it('downloads the positions in scope with their source strength', async () => {
    await h.page.goto(`${h.base}#/law?group=WEOG`);
    await viewReady(h.page, 'law');
    await h.page.click('[data-view="law"] [data-testid="download-menu"] summary');
    const [dl] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.click('[data-view="law"] [data-testid="download-menu"] button[data-dataset="il-positions"][data-format="csv"]'),
    ]);
    const lines = readFileSync((await dl.path())!, 'utf8').trim().split(/\r?\n/);
    const header = lines[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['actor_id', 'stance', 'source_strength', 'inferred', 'source_url']));
    // WEOG states' own rows, plus the EU and NATO as group actors (both have WEOG members).
    const weog = new Set(states.filter((x) => x.un_regional_group === 'WEOG').map((x) => x.iso3));
    const expected = positions.filter((p) => weog.has(p.actor_iso3) || p.actor_iso3 === 'EU' || p.actor_iso3 === 'NATO');
    expect(lines.length - 1).toBe(expected.length);
  });

  it('has no serious accessibility violation (axe-core, WCAG 2 A/AA) with a question, a source and a comparison open', async () => {
    await h.page.goto(`${h.base}#/law?question=new_binding_instrument&cell=RUS.new_binding_instrument&actors=RUS|USA&covered=1`);
    await viewReady(h.page, 'law');
    await h.page.waitForSelector('[data-testid="source-panel"]');
    expect(await seriousViolations(h.page)).toEqual([]);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
