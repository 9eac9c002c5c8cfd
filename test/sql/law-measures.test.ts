import { describe, expect, it } from 'vitest';
import { rows } from './db';
import { DEFAULT_FILTER } from '../../src/queries/filter';
import { lawQuestionsSql, lawScopeSql, type LawQuestionRow, type LawScopeRow } from '../../src/queries/law';
import { summariseQuestions, sortQuestions, type QuestionSummary } from '../../src/views/law/summary';
import { lawStatement } from '../../src/views/law/statements';

// Measures on the shipped data, every expected value worked out by hand from the stance counts
// (DATA.md coverage table and the UN regional groups of the actors in states.csv).
async function summaries(includeGroups = true): Promise<Map<string, QuestionSummary>> {
  const [q, t] = await Promise.all([
    rows<LawQuestionRow>(lawQuestionsSql()),
    rows<LawScopeRow>(lawScopeSql(DEFAULT_FILTER)),
  ]);
  return new Map(summariseQuestions(q, t, includeGroups).map((s) => [s.question.question_id, s]));
}

describe('law measures on the shipped data (all UN members)', () => {
  it('sovereignty as a rule: 24 / 2 / 1 of 27 actors, 25 of 193 states speak for themselves', async () => {
    const s = (await summaries()).get('sovereignty_rule')!;
    expect(s.counts).toEqual({ supports: 24, qualified: 2, opposes: 1 });
    expect(s.groupActors).toEqual(['AU', 'EU']);
    expect([s.actors, s.statesAnswered, s.statesInScope]).toEqual([27, 25, 193]);
    expect(s.measures.supportShare).toBeCloseTo((24 + 0.5 * 2) / 27, 12);
    // Tastle–Wierman with p = (1, 2, 24) / 27 at positions 0, 1, 2: μ = 50/27, d = 2.
    const mu = 50 / 27;
    const expected =
      1 +
      (1 / 27) * Math.log2(1 - mu / 2) +
      (2 / 27) * Math.log2(1 - (mu - 1) / 2) +
      (24 / 27) * Math.log2(1 - (2 - mu) / 2);
    expect(s.measures.consensus).toBeCloseTo(expected, 12);
  });

  it('sovereignty: divergence between UN regional groups by hand', async () => {
    const s = (await summaries()).get('sovereignty_rule')!;
    // States' own stances: Asia-Pacific 4 S (IRN, JPN, SGP, THA); Eastern European 4 S (CZE, EST, POL, ROU);
    // GRULAC 1 S (BRA); WEOG 13 S, 2 Q (ISR, USA), 1 O (GBR) → 14/16. Issue 18: the minimum basis
    // is 5 answers per group, so only WEOG qualifies and there is no gap ("too few answers"),
    // where the earlier 2-answer minimum reported Asia-Pacific vs WEOG, 1 − 14/16.
    expect(s.measures.divergence.gap).toBeNull();
    // Polis: African (0+1)/(0+2) · AP (4+1)/(4+2) · EE (4+1)/(4+2) · GRULAC (1+1)/(1+2) · WEOG (14+1)/(16+2)
    expect(s.measures.groupConsensus).toBeCloseTo((1 / 2) * (5 / 6) * (5 / 6) * (2 / 3) * (15 / 18), 12);
  });

  it('new binding instrument: split 13 / 13, consensus exactly 0', async () => {
    const s = (await summaries()).get('new_binding_instrument')!;
    expect(s.counts).toEqual({ supports: 13, qualified: 0, opposes: 13 });
    expect(s.measures.supportShare).toBeCloseTo(13 / 26, 12);
    // Half at each extreme: μ = 1, every |x − μ| / d = 1/2 → 1 + log2(1/2) = 0.
    expect(s.measures.consensus).toBeCloseTo(0, 12);
    const st = lawStatement({ ...s, names: undefined });
    expect(st.kind).toBe('split');
    expect(st.text).toContain('13 support and 13 oppose');
  });

  it('statements: international law applies is broad support, attribution evidence unanimous opposition with a thin-evidence caveat', async () => {
    const all = await summaries();
    const il = lawStatement({ ...all.get('il_applies')!, names: { qualified: ['Cuba'] } });
    expect(il.kind).toBe('broad');
    expect(il.text).toContain('44 of 45 actors that addressed it support; 1 qualifies (Cuba)');
    const att = lawStatement({ ...all.get('attribution_evidence')! });
    expect(att.kind).toBe('unanimous');
    expect(att.text).toContain('All 9 actors that addressed it oppose');
    expect(att.caveat).toContain('fewer than 10');
  });

  it('without group actors the counts hold states only: sovereignty 22 / 2 / 1', async () => {
    const s = (await summaries(false)).get('sovereignty_rule')!;
    expect(s.counts).toEqual({ supports: 22, qualified: 2, opposes: 1 });
    expect(s.groupActors).toEqual([]);
    expect(s.actors).toBe(s.statesAnswered);
  });

  it('sorting by support share: all-support questions first, questions fewer than 10 actors addressed after the rest', async () => {
    const sorted = sortQuestions([...(await summaries()).values()], 'support').map((s) => s.question.question_id);
    // Shares by hand: non-intervention 20/20, use of force 16/16, IL applies 44.5/45, … new binding treaty 13/26.
    expect(sorted.slice(0, 3)).toEqual(['non_intervention', 'use_of_force_effects', 'il_applies']);
    expect(sorted[9]).toBe('new_binding_instrument');
    // Thin (1, 4, 6 and 9 actors): necessity 1/1, data 3/4, collective 2.5/6, attribution 0/9.
    expect(sorted.slice(-4)).toEqual([
      'necessity',
      'data_as_object',
      'collective_countermeasures',
      'attribution_evidence',
    ]);
  });
});
