import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../sql/csv';
import { openHarness, statusText, urlHas, viewReady, type Harness } from './harness';
import { seriousViolations } from './a11y';

const positions = readCsv('data/il-positions/positions.csv');
const states = readCsv('data/states/states.csv');
const stanceOf = (actor: string, q: string) =>
  positions.find((p) => p.actor_iso3 === actor && p.question_id === q) ?? null;

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

const cellText = (q: string, col: string) =>
  h.page.locator(`[data-testid="question-table"] tr[data-question="${q}"] [data-col="${col}"]`).innerText();

describe('international law view in the browser', () => {
  it('shows the 14 questions with their counts for all UN members', async () => {
    await h.page.goto(`${h.base}#/law`);
    await viewReady(h.page, 'law');
    expect(await statusText(h.page)).toBe('193 states in scope');
    expect(await h.page.locator('[data-testid="question-table"] tbody tr').count()).toBe(14);
    // il-positions-2 DATA.md coverage table: sovereignty 24 / 1 / 2 (s / o / q), new binding instrument 13 / 13.
    expect([
      await cellText('sovereignty_rule', 'supports'),
      await cellText('sovereignty_rule', 'qualified'),
      await cellText('sovereignty_rule', 'opposes'),
    ]).toEqual(['24', '2', '1']);
    expect([
      await cellText('new_binding_instrument', 'supports'),
      await cellText('new_binding_instrument', 'opposes'),
    ]).toEqual(['13', '13']);
    // 27 actors on sovereignty, 2 of them groups (AU, EU): 25 states spoke, 168 of 193 silent, 25/193 = 13%.
    expect(await cellText('sovereignty_rule', 'coverage')).toMatch(/25 \/ 193\s+168 silent · 13%/);
    expect(await cellText('data_as_object', 'actors')).toContain('fewer than 10 spoke');
    expect(
      await h.page.locator('[data-testid="statements"] li[data-question="new_binding_instrument"]').innerText(),
    ).toContain('13 support and 13 oppose');
    expect(
      await h.page.locator('[data-testid="statements"] li[data-question="attribution_evidence"]').innerText(),
    ).toContain('thin evidence');
  });

  it('opens a question: stance by group, every actor with its source, and the map', async () => {
    await h.page.click('[data-testid="question-table"] tr[data-question="sovereignty_rule"] th a');
    await h.page.waitForSelector('[data-testid="question-detail"][data-question="sovereignty_rule"]');
    await viewReady(h.page, 'law');
    await urlHas(h.page, 'question=sovereignty_rule');
    expect(await h.page.locator('[data-testid="question-actors"] tbody tr').count()).toBe(27);
    expect(await h.page.locator('[data-testid="question-actors"] tr[data-actor="GBR"]').innerText()).toContain(
      'Opposes',
    );
    // Group actors are listed as such: AU and EU speak for themselves.
    expect(await h.page.locator('[data-testid="question-actors"] tr[data-actor="AU"]').innerText()).toContain('group');
    const weog = await h.page.locator('[data-testid="by-group"] tr[data-group="WEOG"]').innerText();
    // WEOG: 13 S, 2 Q (ISR, USA), 1 O (GBR) of 29 → 13 silent, share 14/16 = 87.5% → 88%.
    expect(weog.split(/\s+/).slice(1, 7)).toEqual(['29', '13', '2', '1', '13', '88%']);
    expect(await h.page.locator('[data-testid="law-map"] [data-in-scope="true"]').count()).toBe(193);
  });

  it("opens a cell's source: title, year, link, note and source strength", async () => {
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
    await urlHas(h.page, 'cell=GBR.sovereignty_rule');
    // the open cell, and only it, is outlined; the outline follows the next cell opened
    const open = () =>
      h.page
        .locator('[data-testid="actor-matrix"] .cell.open')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-cell')));
    expect(await open()).toEqual(['GBR.sovereignty_rule']);
    await h.page.click('[data-cell="FRA.sovereignty_rule"]');
    await expect.poll(open).toEqual(['FRA.sovereignty_rule']);
    await h.page.click('[data-cell="GBR.sovereignty_rule"]');
    await expect.poll(open).toEqual(['GBR.sovereignty_rule']);
  });

  it('compares two actors: agree, differ and silent counted from the CSV', async () => {
    await h.page.check('[data-testid="actor-matrix"] tr[data-actor="FRA"] input[type="checkbox"]');
    await h.page.check('[data-testid="actor-matrix"] tr[data-actor="GBR"] input[type="checkbox"]');
    await h.page.waitForSelector('[data-testid="compare-table"]');
    await urlHas(h.page, 'actors=FRA|GBR');
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
    expect(summary).toContain(`no coded stance on ${tally.partial}, none has a coded stance on ${tally.silent}`);
    expect(await h.page.locator('[data-testid="compare-table"] tr[data-status="differ"]').count()).toBe(tally.differ);
  });

  it('clicking a document on the timeline adds its actor to the comparison', async () => {
    await h.page.click('[data-testid="doc-timeline"] circle[data-row="EST"] >> nth=0');
    await h.page.waitForFunction(() => location.hash.includes('actors=FRA|GBR|EST'));
    expect(await h.page.locator('[data-testid="compare-table"] thead th').allInnerTexts()).toContain('Estonia');
  });

  it("follows the filter: African Group → Egypt, Ghana, Kenya, Zimbabwe and the AU, whose stance is never counted as its members'", async () => {
    await h.page.goto(`${h.base}#/law?group=African&question=sovereignty_rule&covered=1`);
    await viewReady(h.page, 'law');
    expect(await statusText(h.page)).toBe('54 states in scope');
    const ids = await h.page
      .locator('[data-testid="actor-matrix"] tbody tr[data-actor]:not([hidden])')
      .evaluateAll((trs) => trs.map((t) => t.getAttribute('data-actor')));
    expect(ids.sort()).toEqual(['AU', 'EGY', 'GHA', 'KEN', 'ZWE']);
    // Sovereignty: the AU supports, no African state has a stance of its own.
    expect(await cellText('sovereignty_rule', 'supports')).toBe('1');
    expect(
      (await h.page.locator('[data-testid="by-group"] tr[data-group="African"]').innerText()).split(/\s+/).slice(1, 6),
    ).toEqual(['54', '0', '0', '0', '54']);
    // On the map Algeria is drawn as covered by the AU position, labelled as not its own.
    await h.page.click('[data-testid="question-detail"] .map-table summary');
    const dza = await h.page
      .locator('[data-testid="question-detail"] .map-table tr', { hasText: 'Algeria' })
      .innerText();
    expect(dza).toContain("covered by the AU position (supports), not the state's own");
  });

  it('downloads the positions in scope with their source strength', async () => {
    await h.page.goto(`${h.base}#/law?group=WEOG`);
    await viewReady(h.page, 'law');
    await h.page.click('[data-view="law"] [data-testid="download-menu"] summary');
    const [dl] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.click(
        '[data-view="law"] [data-testid="download-menu"] button[data-dataset="il-positions"][data-format="csv"]',
      ),
    ]);
    const lines = readFileSync((await dl.path())!, 'utf8')
      .trim()
      .split(/\r?\n/);
    const header = lines[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['actor_id', 'stance', 'source_strength', 'inferred', 'source_url']));
    // WEOG states' own rows, plus the EU and NATO as group actors (both have WEOG members).
    const weog = new Set(states.filter((x) => x.un_regional_group === 'WEOG').map((x) => x.iso3));
    const expected = positions.filter(
      (p) => weog.has(p.actor_iso3) || p.actor_iso3 === 'EU' || p.actor_iso3 === 'NATO',
    );
    expect(lines.length - 1).toBe(expected.length);
  });

  it('has no serious accessibility violation (axe-core, WCAG 2 A/AA) with a question, a source and a comparison open', async () => {
    await h.page.goto(
      `${h.base}#/law?question=new_binding_instrument&cell=RUS.new_binding_instrument&actors=RUS|USA&covered=1`,
    );
    await viewReady(h.page, 'law');
    await h.page.waitForSelector('[data-testid="source-panel"]');
    expect(await seriousViolations(h.page)).toEqual([]);
  });

  it('an actor with published documents shows "coded from N of M known documents"; a missing stance reads "not coded yet"', async () => {
    const docs = readCsv('data/il-positions/national_positions.csv');
    const coverage = (a: string) => {
      const mine = docs.filter((d) => d.actor_iso3 === a);
      const own = positions.filter((p) => p.actor_iso3 === a);
      return [
        mine.filter((d) => own.some((p) => p.source_url === d.source_url || (p.year !== '' && p.year === d.year)))
          .length,
        mine.length,
      ];
    };
    await h.page.goto(`${h.base}#/law?group=African&cell=EGY.il_applies&actors=EGY|GHA`);
    await viewReady(h.page, 'law');
    const [egyUsed, egyDocs] = coverage('EGY');
    expect(await h.page.locator('[data-testid="actor-matrix"] [data-docs="EGY"]').innerText()).toBe(
      `${egyUsed}/${egyDocs}`,
    );
    const missing = await h.page.locator('[data-testid="source-missing"]').innerText();
    expect(missing).toContain('Not coded yet');
    expect(missing).toContain(`coded from ${egyUsed} of ${egyDocs} known documents`);
    const [ghaUsed, ghaDocs] = coverage('GHA');
    expect(await h.page.locator('[data-testid="compare-coded-from"]').allInnerTexts()).toContain(
      `coded from ${ghaUsed} of ${ghaDocs} known document${ghaDocs === 1 ? '' : 's'}`,
    );
    expect(await h.page.locator('[data-testid="compare-table"] tbody').innerText()).toContain('not coded yet');
  });

  it('positions in UN debates: the same table with coverage, AI-summary rows flagged and left out until included', async () => {
    const statements = readCsv('data/statements/statements.csv');
    const questions = readCsv('data/statements/questions.csv');
    await h.page.goto(`${h.base}#/law?set=debates`);
    await viewReady(h.page, 'law');
    expect(await h.page.locator('[data-view="law"]').getAttribute('data-set')).toBe('debates');
    expect(await h.page.locator('[data-testid="question-table"] tbody tr').count()).toBe(questions.length);
    // Latest row per actor without AI summaries, from the CSV: binding_instrument 5 support, 5 oppose, 10 states.
    const latest = (withAi: boolean) => {
      const m = new Map<string, Record<string, string>>();
      for (const r of statements) {
        if (r.question_id !== 'binding_instrument' || (!withAi && r.source_type === 'ai_summary')) continue;
        const b = m.get(r.actor_id);
        if (!b || Number(r.year) > Number(b.year)) m.set(r.actor_id, r);
      }
      return [...m.values()];
    };
    const count = (rs: Record<string, string>[], s: string) => String(rs.filter((r) => r.stance === s).length);
    const noAi = latest(false);
    expect([await cellText('binding_instrument', 'supports'), await cellText('binding_instrument', 'opposes')]).toEqual(
      [count(noAi, 'supports'), count(noAi, 'opposes')],
    );
    const states = noAi.filter((r) => /^[A-Z]{3}$/.test(r.actor_id)).length;
    expect(await cellText('binding_instrument', 'coverage')).toMatch(
      new RegExp(`${states} / 193\\s+${193 - states} not coded`),
    );
    // Pairs known only from AI summaries are drawn flagged and not counted.
    const pairs = new Map<string, boolean>();
    for (const r of statements)
      pairs.set(
        `${r.actor_id}.${r.question_id}`,
        (pairs.get(`${r.actor_id}.${r.question_id}`) ?? true) && r.source_type === 'ai_summary',
      );
    const aiOnly = [...pairs].filter(([, only]) => only).length;
    expect(await h.page.locator('[data-testid="actor-matrix"] [data-uncounted="true"]').count()).toBe(aiOnly);
    expect(await h.page.locator('[data-testid="ai-note"]').innerText()).toContain(
      `${statements.filter((r) => r.source_type === 'ai_summary').length} rows from AI-generated meeting summaries are left out`,
    );
    await h.page.check('[data-testid="toggle-ai"]');
    await h.page.waitForFunction(() => location.hash.includes('ai=1'));
    await viewReady(h.page, 'law');
    const withAi = latest(true);
    expect(await cellText('binding_instrument', 'supports')).toBe(count(withAi, 'supports'));
    expect(await h.page.locator('[data-testid="actor-matrix"] [data-uncounted="true"]').count()).toBe(0);
  });

  it("a debate cell shows its year, source type and the actor's statements over time", async () => {
    await h.page.goto(`${h.base}#/law?set=debates&cell=RUS.binding_instrument`);
    await viewReady(h.page, 'law');
    const rus = readCsv('data/statements/statements.csv').filter(
      (r) => r.actor_id === 'RUS' && r.question_id === 'binding_instrument',
    );
    const newest = rus.reduce((a, b) => (Number(b.year) > Number(a.year) ? b : a));
    const panel = h.page.locator('[data-testid="source-panel"]');
    expect(await panel.innerText()).toContain(newest.year);
    expect(await panel.locator('[data-testid="source-link"]').getAttribute('href')).toBe(newest.source_url);
    expect(await panel.locator('[data-testid="statement-history"] tbody tr').count()).toBe(rus.length);
    expect(await seriousViolations(h.page)).toEqual([]);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
