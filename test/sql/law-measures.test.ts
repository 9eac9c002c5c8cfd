import { describe, expect, it } from 'vitest';
import { rows } from './db';
import { DEFAULT_FILTER } from '../../src/queries/filter';
import { lawQuestionsSql, lawScopeSql, type LawQuestionRow, type LawScopeRow } from '../../src/queries/law';
import { summariseQuestions, sortQuestions, type QuestionSummary } from '../../src/views/law/summary';
import { lawStatement } from '../../src/views/law/statements';

// Measures on the shipped data, every expected value worked out by hand from the stance counts
// (DATA.md coverage table and the UN regional groups of the actors in states.csv).
async function summaries(includeGroups = true): Promise<Map<string, QuestionSummary>> {
  const [q, t] = await Promise.all([rows<LawQuestionRow>(lawQuestionsSql()), rows<LawScopeRow>(lawScopeSql(DEFAULT_FILTER))]);
  return new Map(summariseQuestions(q, t, includeGroups).map((s) => [s.question.question_id, s]));
}

describe('law measures on the shipped data (all UN members)', () => {
  it('sovereignty as a rule: 22 / 2 / 1 of 25 actors, 23 of 193 states speak for themselves', async () => {
    const s = (await summaries()).get('sovereignty_rule')!;
    expect(s.counts).toEqual({ supports: 22, qualified: 2, opposes: 1 });
    expect(s.groupActors).toEqual(['AU', 'EU']);
    expect([s.actors, s.statesAnswered, s.statesInScope]).toEqual([25, 23, 193]);
    expect(s.measures.supportShare).toBeCloseTo((22 + 0.5 * 2) / 25, 12);
    // Tastle–Wierman with p = (1, 2, 22) / 25 at positions 0, 1, 2: μ = 46/25 = 1.84, d = 2.
    const expected = 1 + (1 / 25) * Math.log2(1 - 1.84 / 2) + (2 / 25) * Math.log2(1 - 0.84 / 2) + (22 / 25) * Math.log2(1 - 0.16 / 2);
    expect(s.measures.consensus).toBeCloseTo(expected, 12);
  });

  it('sovereignty: divergence between UN regional groups by hand', async () => {
    const s = (await summaries()).get('sovereignty_rule')!;
    // States' own stances: Asia-Pacific 3 S (JPN, IRN, SGP); Eastern European 4 S (CZE, EST, POL, ROU);
    // GRULAC 1 S (BRA, below the 2-answer minimum); WEOG 12 S, 2 Q (ISR, USA), 1 O (GBR) → 13/15.
    expect(s.measures.divergence.gap?.high).toBe('Asia-Pacific');
    expect(s.measures.divergence.gap?.low).toBe('WEOG');
    expect(s.measures.divergence.gap?.gap).toBeCloseTo(1 - 13 / 15, 12);
    // Polis: African (0+1)/(0+2) · AP (3+1)/(3+2) · EE (4+1)/(4+2) · GRULAC (1+1)/(1+2) · WEOG (13+1)/(15+2)
    expect(s.measures.groupConsensus).toBeCloseTo((1 / 2) * (4 / 5) * (5 / 6) * (2 / 3) * (14 / 17), 12);
  });

  it('new binding instrument: split 12 / 13, consensus near 0, Asia-Pacific vs WEOG', async () => {
    const s = (await summaries()).get('new_binding_instrument')!;
    expect(s.counts).toEqual({ supports: 12, qualified: 0, opposes: 13 });
    expect(s.measures.supportShare).toBeCloseTo(12 / 25, 12);
    const expected = 1 + (13 / 25) * Math.log2(1 - 0.96 / 2) + (12 / 25) * Math.log2(1 - 1.04 / 2);
    expect(s.measures.consensus).toBeCloseTo(expected, 12);
    const st = lawStatement({ ...s, names: undefined });
    expect(st.kind).toBe('split');
    expect(st.text).toContain('12 support and 13 oppose');
  });

  it('statements: international law applies is broad support, attribution evidence unanimous opposition with a thin-evidence caveat', async () => {
    const all = await summaries();
    const il = lawStatement({ ...all.get('il_applies')!, names: { qualified: ['Cuba'] } });
    expect(il.kind).toBe('broad');
    expect(il.text).toContain('40 of 41 actors that addressed it support; 1 qualifies (Cuba)');
    const att = lawStatement({ ...all.get('attribution_evidence')! });
    expect(att.kind).toBe('unanimous');
    expect(att.text).toContain('All 9 actors that addressed it oppose');
    expect(att.caveat).toContain('fewer than 10');
  });

  it('without group actors the counts hold states only: sovereignty 20 / 2 / 1', async () => {
    const s = (await summaries(false)).get('sovereignty_rule')!;
    expect(s.counts).toEqual({ supports: 20, qualified: 2, opposes: 1 });
    expect(s.groupActors).toEqual([]);
    expect(s.actors).toBe(s.statesAnswered);
  });

  it('sorting by support share: all-support questions first, questions fewer than 10 actors addressed after the rest', async () => {
    const sorted = sortQuestions([...(await summaries()).values()], 'support').map((s) => s.question.question_id);
    // Shares by hand: non-intervention 13/13, use of force 14/14, IL applies 40.5/41, … new binding treaty 12/25.
    expect(sorted.slice(0, 3)).toEqual(['non_intervention', 'use_of_force_effects', 'il_applies']);
    expect(sorted[9]).toBe('new_binding_instrument');
    // Thin (1, 6, 1 and 9 actors): necessity 1/1, collective 2.5/6, data 0/1, attribution 0/9.
    expect(sorted.slice(-4)).toEqual(['necessity', 'collective_countermeasures', 'data_as_object', 'attribution_evidence']);
  });
});
