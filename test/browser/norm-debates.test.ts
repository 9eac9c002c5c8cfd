import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Norm detail: positions in UN debates on the norms (statements data), expected from the CSV.
const statements = readCsv('data/statements/statements.csv');
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});
const go = (hash: string) => h.page.evaluate((x) => { location.hash = x; }, hash);

/** Latest non-AI row per actor on a question (every actor of these questions is in scope under the default filter). */
function latest(qid: string): Map<string, Record<string, string>> {
  const best = new Map<string, Record<string, string>>();
  for (const r of statements) {
    if (r.question_id !== qid || r.source_type === 'ai_summary') continue;
    const b = best.get(r.actor_id);
    if (!b || Number(r.year) > Number(b.year)) best.set(r.actor_id, r);
  }
  return best;
}

describe('norm detail: positions in UN debates on the norms', () => {
  it('#/norms?norm=g lists each actor\'s latest stance with its document link, groups as their own rows', async () => {
    await h.page.goto(`${h.base}#/norms?norm=g`);
    await h.page.waitForSelector('[data-testid="norm-debates"] table');
    await viewReady(h.page, 'norms');
    const sec = h.page.locator('[data-testid="norm-debates"]');
    expect(await sec.innerText()).toContain('not about norm (g) in particular');
    for (const qid of ['norms_sufficient', 'new_norms']) {
      const exp = latest(qid);
      const rows = sec.locator(`table[data-question="${qid}"] tbody tr`);
      expect(await rows.count(), qid).toBe(exp.size);
      expect(exp.size).toBeGreaterThan(0);
      for (const [actor, r] of exp) {
        const row = sec.locator(`table[data-question="${qid}"] tr[data-actor="${actor}"]`);
        expect(await row.locator('a[data-testid="debate-doc"]').getAttribute('href'), `${qid} ${actor}`).toBe(r.source_url);
        expect(await row.innerText()).toContain(r.year);
      }
    }
    // By hand: the EU spoke on norms_sufficient (2023) as a group; 7 states in scope did.
    expect(await sec.locator('table[data-question="norms_sufficient"] tr[data-actor="EU"][data-kind="group"]').count()).toBe(1);
    expect(await sec.locator('h4[data-question="norms_sufficient"]').innerText()).toContain('7 of 193 States in scope have spoken');
  });

  it('an honest line when no state in scope has spoken (SIDS)', async () => {
    await go('#/norms?norm=g&sids=1');
    await h.page.waitForSelector('[data-testid="norm-debates-none"]');
    expect(await h.page.locator('[data-testid="norm-debates-none"]').innerText()).toMatch(/^None of the \d+ States in scope has a coded statement/);
  });
});
