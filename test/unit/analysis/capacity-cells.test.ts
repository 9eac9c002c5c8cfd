import { describe, expect, it } from 'vitest';
import {
  capacityCells,
  pillarBenchmarks,
  rankCapacityGaps,
  type CapacityCell,
  type GroupedScore,
} from '../../../src/analysis/capacity-cells';

// Scoped states s1…s6 in groups A and B; s7 is out of scope but counts for the global benchmark.
const scoped: GroupedScore[] = [
  { state: 's1', group: 'A', pillar: 'legal', score: 4 },
  { state: 's2', group: 'A', pillar: 'legal', score: 12 },
  { state: 's3', group: 'A', pillar: 'legal', score: null },
  { state: 's4', group: 'A', pillar: 'legal', score: 18 },
  { state: 's5', group: 'B', pillar: 'legal', score: 8 },
  { state: 's6', group: 'B', pillar: 'legal', score: 9 },
  { state: 's1', group: 'A', pillar: 'technical', score: 2 },
  { state: 's2', group: 'A', pillar: 'technical', score: null },
  { state: 's4', group: 'A', pillar: 'technical', score: 16 },
  { state: 's5', group: 'B', pillar: 'technical', score: null },
  { state: 's6', group: 'B', pillar: 'technical', score: null },
  { state: 's1', group: 'A', pillar: 'overall', score: 40 },
  { state: 's2', group: 'A', pillar: 'overall', score: 60 },
];
const all = [
  ...scoped,
  { state: 's7', group: 'C', pillar: 'legal', score: 20 },
  { state: 's7', group: 'C', pillar: 'technical', score: 20 },
];
const maxOf = (p: string) => (p === 'overall' ? 100 : 20);
const thresholdOf = (p: string) => (p === 'overall' ? 50 : 10);

describe('pillarBenchmarks', () => {
  it('uses the maximum of each pillar', () => {
    const b = pillarBenchmarks(all, 'max', maxOf);
    expect(Object.fromEntries(b)).toEqual({ legal: 20, technical: 20, overall: 100 });
  });

  it('uses the top quartile over all states given, missing scores dropped', () => {
    // legal: 4 8 9 12 18 20 → h = 5 · 0.75 = 3.75 → 12 + 0.75 · (18 − 12) = 16.5
    // technical: 2 16 20 → h = 1.5 → 16 + 0.5 · 4 = 18;  overall: 40 60 → h = 0.75 → 55
    const b = pillarBenchmarks(all, 'q3', maxOf);
    expect(Object.fromEntries(b)).toEqual({ legal: 16.5, technical: 18, overall: 55 });
  });
});

describe('capacityCells', () => {
  it('summarises each group × pillar with the median gap to the maximum', () => {
    const cells = capacityCells(scoped, thresholdOf, pillarBenchmarks(all, 'max', maxOf));
    // legal A: 4 12 18 (+1 missing): q1 = 4 + 0.5 · 8 = 8, median 12, q3 = 12 + 0.5 · 6 = 15; under 10: one (4);
    //   gaps to 20: 16 8 2 → median 8
    expect(cells[0]).toEqual({
      pillar: 'legal',
      group: 'A',
      n: 3,
      missing: 1,
      q1: 8,
      median: 12,
      q3: 15,
      under: 1,
      shareUnder: 1 / 3,
      threshold: 10,
      benchmark: 20,
      medianGap: 8,
    });
    // legal B: 8 9 → median 8.5, both under 10; gaps 12 11 → 11.5
    expect(cells[1]).toMatchObject({
      pillar: 'legal',
      group: 'B',
      n: 2,
      missing: 0,
      median: 8.5,
      under: 2,
      shareUnder: 1,
      medianGap: 11.5,
    });
    // technical A: 2 16 (+1 missing) → median 9; gaps 18 4 → 11
    expect(cells[2]).toMatchObject({
      pillar: 'technical',
      group: 'A',
      n: 2,
      missing: 1,
      median: 9,
      under: 1,
      shareUnder: 0.5,
      medianGap: 11,
    });
    // technical B: nobody scored → unknown, not zero
    expect(cells[3]).toMatchObject({
      pillar: 'technical',
      group: 'B',
      n: 0,
      missing: 2,
      median: null,
      under: 0,
      shareUnder: null,
      medianGap: null,
    });
    // overall uses its own threshold (50 of 100): 40 is under, 60 is not
    expect(cells[4]).toMatchObject({
      pillar: 'overall',
      group: 'A',
      n: 2,
      under: 1,
      threshold: 50,
      benchmark: 100,
      medianGap: 50,
    });
    expect(cells).toHaveLength(5);
  });

  it('measures to the global top quartile, a state above it having gap 0', () => {
    const cells = capacityCells(scoped, thresholdOf, pillarBenchmarks(all, 'q3', maxOf));
    // legal A to 16.5: 12.5 4.5 0 → 4.5;  legal B: 8.5 7.5 → 8;  technical A to 18: 16 2 → 9;
    // overall A to 55: 15 0 → 7.5
    expect(cells.map((c) => c.medianGap)).toEqual([4.5, 8, 9, null, 7.5]);
    expect(cells[0].benchmark).toBe(16.5);
  });
});

describe('rankCapacityGaps', () => {
  it('ranks by share under, drops cells without a scored state', () => {
    const cells = capacityCells(scoped, thresholdOf, pillarBenchmarks(all, 'max', maxOf));
    // shares: legal A 1/3, legal B 1, technical A 1/2, technical B none, overall A 1/2 (gap 50 > 11)
    expect(rankCapacityGaps(cells).map((c) => `${c.pillar}/${c.group}`)).toEqual([
      'legal/B',
      'overall/A',
      'technical/A',
      'legal/A',
    ]);
  });

  it('breaks ties on the count under, then on the median gap', () => {
    const cell = (group: string, n: number, under: number, medianGap: number): CapacityCell => ({
      group,
      pillar: 'legal',
      n,
      missing: 0,
      q1: null,
      median: null,
      q3: null,
      under,
      shareUnder: under / n,
      threshold: 10,
      benchmark: 20,
      medianGap,
    });
    const ranked = rankCapacityGaps([cell('small', 2, 1, 9), cell('big', 10, 5, 1), cell('wide', 2, 1, 12)]);
    expect(ranked.map((c) => c.group)).toEqual(['big', 'wide', 'small']);
  });
});
