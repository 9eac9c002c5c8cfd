import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows, shippedDb } from './db';
import { DEFAULT_FILTER } from '../../src/queries/filter';
import { lawQuestionsSql, lawScopeSql, type LawQuestionRow, type LawScopeRow } from '../../src/queries/law';
import { summariseQuestions } from '../../src/views/law/summary';
import { loadBriefRows } from '../../src/export/brief/load';
import { buildBrief } from '../../src/export/brief/build';
import { parseFocus } from '../../src/export/brief/focus';

// Issue 12: the widest gap between UN regional groups has ONE minimum group size (5 answers,
// analysis/measures.ts), so the Law view and the Brief name the same gap. Expected values are
// worked out here from the raw CSVs, independent of src/analysis.
const states = readCsv('data/states/states.csv');
const groupOf = new Map(states.filter((s) => s.un_member === 'true').map((s) => [s.iso3, s.un_regional_group]));
const positions = readCsv('data/il-positions/positions.csv');
const SCORE: Record<string, number> = { supports: 1, qualified: 0.5, opposes: 0 };

/** Widest gap in mean stance score between UN regional groups with ≥ 5 own stances, from the CSVs. */
function gapFromCsv(question: string): { high: string; low: string; points: number } | null {
  const byGroup = new Map<string, number[]>();
  for (const p of positions) {
    const g = groupOf.get(p.actor_iso3);
    if (p.question_id !== question || !g) continue;
    byGroup.set(g, [...(byGroup.get(g) ?? []), SCORE[p.stance]]);
  }
  const means = [...byGroup]
    .filter(([, v]) => v.length >= 5)
    .map(([g, v]) => ({ g, mean: v.reduce((a, b) => a + b, 0) / v.length }));
  if (means.length < 2) return null;
  means.sort((a, b) => b.mean - a.mean);
  return {
    high: means[0].g,
    low: means[means.length - 1].g,
    points: Math.round((means[0].mean - means[means.length - 1].mean) * 100),
  };
}

async function briefGap(question: string) {
  const r = await loadBriefRows(await shippedDb(), parseFocus(`question:${question}`)!, null, DEFAULT_FILTER);
  const b = buildBrief({
    ...r,
    filterText: 'All UN member states',
    date: '2026-12-04',
    version: 'test',
    builtAt: '2026-12-04T00:00:00Z',
  });
  return { figure: b.keyFigures.find((k) => k.label === 'Widest group gap')!, sentence: b.consensus[2]?.text ?? '' };
}

describe('widest group gap: one minimum for the Law view and the Brief', () => {
  it('every legal question: one row per actor and question in positions.csv (so the CSV means above are the stances counted)', () => {
    const keys = positions.map((p) => `${p.actor_iso3}|${p.question_id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sovereignty as a rule: only WEOG has 5 own stances, so the brief names no gap (it said 13 points with 3)', async () => {
    expect(gapFromCsv('sovereignty_rule')).toBeNull();
    const { figure, sentence } = await briefGap('sovereignty_rule');
    expect(figure.value).toBe('n/a');
    expect(sentence).toBe('Too few answers for a group gap: no two UN regional groups have at least 5 answers each.');
  });

  it("IHL applies: the brief's gap is the CSV gap between groups with ≥ 5 stances", async () => {
    const csv = gapFromCsv('ihl_applies')!;
    expect(csv).not.toBeNull();
    const { figure } = await briefGap('ihl_applies');
    expect(figure.value).toBe(`${csv.points} points`);
    expect(figure.note).toBe(`${csv.high} vs ${csv.low}`);
  });

  it('every legal question: the brief and the Law view report the same gap, equal to the CSV one', async () => {
    const [q, t] = await Promise.all([
      rows<LawQuestionRow>(lawQuestionsSql()),
      rows<LawScopeRow>(lawScopeSql(DEFAULT_FILTER)),
    ]);
    const law = new Map(
      summariseQuestions(q, t, false).map((s) => [s.question.question_id, s.measures.divergence.gap]),
    );
    for (const { question_id } of q) {
      const csv = gapFromCsv(question_id);
      const { figure } = await briefGap(question_id);
      const lawGap = law.get(question_id) ?? null;
      expect(figure.value, question_id).toBe(csv ? `${csv.points} points` : 'n/a');
      expect(lawGap === null ? null : Math.round(lawGap.gap * 100), question_id).toBe(csv?.points ?? null);
    }
  }, 120_000);
});
