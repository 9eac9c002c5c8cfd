import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Issue 18, "words first": every table of measures leads each row with a verdict word and its
// counts; the indices sit behind an "i", two significant figures ("< 0.01" for tiny values);
// no statistic stands next to "too few answers". Expected words are computed here with this
// file's own Tastle–Wierman consensus and the bands 0.75 / 0.5, at least 5 answers.

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Tastle–Wierman ordinal consensus of counts over equally spaced levels 1..n. */
function tw(counts: number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const p = counts.map((c) => c / n);
  const mu = p.reduce((s, pi, i) => s + pi * (i + 1), 0);
  const width = counts.length - 1;
  return 1 + p.reduce((s, pi, i) => (pi ? s + pi * Math.log2(1 - Math.abs(i + 1 - mu) / width) : s), 0);
}
function expectedWord(counts: number[]): string {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return 'No answers';
  if (n < 5) return 'Too few answers';
  const c = tw(counts);
  return c >= 0.75 ? 'Consensus' : c >= 0.5 ? 'Leaning' : 'Divided';
}
/** An index printed with two significant figures, or "< 0.01". */
const INDEX = /^(< 0\.01|> −0\.01|−?0|−?[1-9]\d*|−?[1-9]\.\d|−?0\.[1-9]\d?|−?0\.0[1-9]\d?)$/;
/** The text behind a cell's "i" (InfoTip popup), or null when the cell has none. */
async function tip(cell: import('playwright-core').Locator): Promise<string | null> {
  return (await cell.locator('.pop').count()) ? await cell.locator('.pop').first().textContent() : null;
}
/** Every "Name value:" pair of a tip's text. */
const indexValues = (text: string, names: string[]) =>
  names.map((n) => {
    const m = text.match(new RegExp(`${n} (< 0\\.01|[−\\d.]+):`));
    expect([n, m !== null]).toEqual([n, true]);
    return m![1];
  });

describe('debate positions question table (#/law?set=debates)', () => {
  it('each row leads with the verdict word its counts give, the indices behind an i', async () => {
    // states' own latest counted stances (AI summaries out), states only (group_actors=0)
    const members = new Set(
      readCsv('data/states/states.csv')
        .filter((s) => s.un_member === 'true')
        .map((s) => s.iso3),
    );
    const latest = new Map<string, { year: number; stance: string }>();
    for (const r of readCsv('data/statements/statements.csv')) {
      if (r.source_type === 'ai_summary' || !members.has(r.actor_id)) continue;
      const k = `${r.question_id}|${r.actor_id}`;
      if (!latest.has(k) || Number(r.year) > latest.get(k)!.year)
        latest.set(k, { year: Number(r.year), stance: r.stance });
    }
    await h.page.goto(`${h.base}#/law?set=debates&group_actors=0`);
    await viewReady(h.page, 'law');
    const rows = h.page.locator('[data-testid="question-table"] tbody tr');
    const n = await rows.count();
    expect(n).toBe(readCsv('data/statements/questions.csv').length);
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      const q = (await row.getAttribute('data-question'))!;
      const counts = ['opposes', 'qualified', 'supports'].map(
        (s) => [...latest].filter(([k, v]) => k.startsWith(`${q}|`) && v.stance === s).length,
      );
      const first = row.locator('td').first();
      expect(await first.getAttribute('data-col')).toBe('verdict');
      const text = (await first.innerText()).trim();
      const word = expectedWord(counts);
      seen.add(word);
      expect([q, text.split('\n')[0]]).toEqual([q, word]);
      if (counts[2]) expect(text).toContain(`${counts[2]} support`);
      const t = await tip(first);
      if (word === 'Too few answers' || word === 'No answers') expect([q, t]).toEqual([q, null]);
      else
        for (const v of indexValues(t!, ['Ordinal consensus', 'Group-informed consensus']))
          expect([q, v]).toEqual([q, expect.stringMatching(INDEX)]);
    }
    // the data has both thin and measured questions, so both branches ran
    expect(seen.has('Too few answers')).toBe(true);
    expect([...seen].some((w) => ['Consensus', 'Leaning', 'Divided'].includes(w))).toBe(true);
  });
});

describe('Norms tables (illus=1)', () => {
  it('the norms table and the group table lead with the verdict word; indices behind an i', async () => {
    await h.page.goto(`${h.base}#/norms?illus=1`);
    await viewReady(h.page, 'norms');
    // counts per status (none, planned, partial, implemented) from the view's own counts table
    const countRows = await h.page
      .locator('[data-testid="norms-counts"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => Number(td.textContent))),
      );
    const rows = h.page.locator('[data-testid="norms-table"] tbody tr');
    expect(await rows.count()).toBe(11);
    for (let i = 0; i < 11; i++) {
      const cell = rows.nth(i).locator('td').first();
      expect(await cell.getAttribute('data-measure')).toBe('consensus');
      const text = (await cell.innerText()).trim();
      expect(text.split('\n')[0]).toBe(expectedWord(countRows[i]));
      // counts follow the word, highest status first
      expect(text).toContain(`${countRows[i][3]} implemented`);
      for (const v of indexValues((await tip(cell))!, ['Ordinal consensus', 'Group-informed consensus']))
        expect(v).toMatch(INDEX);
      // the consensus index itself is not printed in the cell
      expect(text).not.toMatch(/\d\.\d\d/);
      const div = rows.nth(i).locator('td[data-measure="divergence"]');
      expect((await div.innerText()).trim()).toMatch(/^(Differ|Close|Agree|Too few answers)\b/);
      if ((await div.innerText()).startsWith('Too few')) expect(await tip(div)).toBeNull();
      else expect(indexValues((await tip(div))!, ['η²'])[0]).toMatch(INDEX);
    }
    // one norm's group table: each group row leads with its own verdict
    await h.page.click('[data-testid="norms-table"] tr[data-norm="g"] button.norm');
    await h.page.waitForSelector('[data-testid="group-distribution"]');
    const grows = h.page.locator('[data-testid="group-distribution"] tbody tr');
    for (let i = 0; i < (await grows.count()); i++) {
      const tds = await grows.nth(i).locator('td').allInnerTexts();
      const counts = tds.slice(2, 6).map(Number);
      expect(tds[0].trim().split('\n')[0]).toBe(expectedWord(counts));
      if (counts.reduce((a, b) => a + b, 0) < 5) expect(tds[tds.length - 1]).not.toMatch(/%/);
    }
  });
});

describe('Alignment item lists and cluster comparisons', () => {
  it('bridges, divisive items, "stands apart" lists and the silhouette table lead with words', async () => {
    await h.page.goto(`${h.base}#/alignment?tab=map`);
    await viewReady(h.page, 'alignment');
    await h.page.waitForSelector('[data-testid="bridges"] tbody tr');
    const bridges = h.page.locator('[data-testid="bridges"] tbody tr');
    expect(await bridges.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await bridges.count()); i++) {
      const tds = await bridges.nth(i).locator('td').allInnerTexts();
      const shares = tds.slice(1).map((t) => Number(t.match(/^(\d+)%/)![1]));
      // "Agree" exactly when every cluster's support share is at least one half
      expect(tds[0].trim().split('\n')[0]).toBe(shares.every((s) => s >= 50) ? 'Agree' : 'Partly');
      expect(tds[0]).toContain(`${shares.filter((s) => s >= 50).length} of ${shares.length} clusters support`);
      expect(indexValues((await tip(bridges.nth(i).locator('td').first()))!, ['Group-informed consensus'])[0]).toMatch(
        INDEX,
      );
    }
    for (const t of await h.page.locator('[data-testid="divisive"] tbody td[data-col="verdict"]').allInnerTexts())
      expect(t).toMatch(/^Differ\b/);
    const reps = h.page.locator('[data-testid="clusters"] li[data-verdict]');
    expect(await reps.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await reps.count()); i++) {
      expect((await reps.nth(i).innerText()).trim()).toMatch(/^(More|Less) support for /);
      expect(indexValues((await reps.nth(i).locator('.pop').textContent())!, ['z'])[0]).toMatch(INDEX);
    }
    const sil = h.page.locator('[data-testid="silhouettes"] tbody td[data-col="verdict"]');
    for (let i = 0; i < (await sil.count()); i++) {
      const v = Number(indexValues((await tip(sil.nth(i)))!, ['Mean silhouette'])[0]);
      const word =
        v > 0.7
          ? 'Strong separation'
          : v > 0.5
            ? 'Reasonable separation'
            : v > 0.25
              ? 'Weak separation'
              : 'No real structure';
      expect((await sil.nth(i).innerText()).trim().split('\n')[0]).toBe(word);
    }
  });
});
