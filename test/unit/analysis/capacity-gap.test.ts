import { describe, expect, it } from 'vitest';
import { capacityGaps, summariseByGroup, type CapacityScore } from '../../../src/analysis';

const rows: CapacityScore[] = [
  { state: 'AAA', pillar: 'legal', score: 20 },
  { state: 'BBB', pillar: 'legal', score: 15 },
  { state: 'CCC', pillar: 'legal', score: 10 },
  { state: 'DDD', pillar: 'legal', score: 5 },
  { state: 'EEE', pillar: 'legal', score: null },
  { state: 'AAA', pillar: 'technical', score: 8 },
  { state: 'BBB', pillar: 'technical', score: null },
  { state: 'AAA', pillar: 'cooperation', score: null },
];

describe('capacityGaps', () => {
  it('measures to the maximum, leaving missing scores missing', () => {
    // legal: 20 − 20 = 0, 20 − 15 = 5, 10, 15, unknown
    const gaps = capacityGaps(rows, { kind: 'maximum', value: 20 });
    expect(gaps.slice(0, 5).map((g) => g.gap)).toEqual([0, 5, 10, 15, null]);
    expect(gaps[0].benchmark).toBe(20);
  });

  it('measures to the per-pillar top quartile, gap 0 above it', () => {
    // legal sorted 5, 10, 15, 20: h = 3 · 0.75 = 2.25 → 15 + 0.25 · 5 = 16.25
    //   gaps: 20 → 0 (above), 16.25 − 15 = 1.25, 6.25, 11.25, null
    // technical: only 8 → benchmark 8, gap 0; the unscored state stays null
    // cooperation: nobody scored → no benchmark, no gap
    const gaps = capacityGaps(rows, { kind: 'topQuartile' });
    expect(gaps.map((g) => g.benchmark)).toEqual([16.25, 16.25, 16.25, 16.25, 16.25, 8, 8, null]);
    expect(gaps.map((g) => g.gap)).toEqual([0, 1.25, 6.25, 11.25, null, 0, null, null]);
    expect(gaps[1]).toMatchObject({ state: 'BBB', pillar: 'legal', score: 15 });
  });
});

describe('summariseByGroup', () => {
  it('gives quartiles, counts under a threshold and missing states per group', () => {
    // X: 1, 2, 3, 4 and one missing → q1 1.75, median 2.5, q3 3.25 (type 7, see quantile tests)
    //   under 2.5: 1 and 2 → 2 of 4 = 0.5; the missing state is not "under"
    // Y: only missing values
    const summary = summariseByGroup(
      [
        { group: 'X', value: 3 },
        { group: 'Y', value: null },
        { group: 'X', value: 1 },
        { group: 'X', value: null },
        { group: 'X', value: 4 },
        { group: 'X', value: 2 },
        { group: 'Y', value: null },
      ],
      2.5,
    );
    expect(summary).toEqual([
      { group: 'X', n: 4, missing: 1, q1: 1.75, median: 2.5, q3: 3.25, under: 2, shareUnder: 0.5 },
      { group: 'Y', n: 0, missing: 2, q1: null, median: null, q3: null, under: 0, shareUnder: null },
    ]);
  });

  it('leaves the threshold counts null without a threshold', () => {
    const [only] = summariseByGroup([{ group: 'Z', value: 7 }]);
    expect(only).toMatchObject({ n: 1, median: 7, under: null, shareUnder: null });
  });
});
