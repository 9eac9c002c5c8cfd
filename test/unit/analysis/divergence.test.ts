import { describe, expect, it } from 'vitest';
import { groupDivergence, type GroupValue } from '../../../src/analysis';

// A: 1, 1, 0.5 · B: 0, 0.5 · C: one silent state · D: 1 (a single answer)
const pairs: GroupValue[] = [
  { group: 'A', value: 1 },
  { group: 'B', value: 0 },
  { group: 'A', value: 1 },
  { group: 'C', value: null },
  { group: 'B', value: 0.5 },
  { group: 'A', value: 0.5 },
  { group: 'D', value: 1 },
];

describe('groupDivergence', () => {
  it('gives per-group means, n and missing, in input order', () => {
    const { groups } = groupDivergence(pairs);
    // A: (1 + 1 + 0.5) / 3 = 0.833333; B: (0 + 0.5) / 2 = 0.25; C: no answer; D: 1
    expect(groups.map((g) => g.group)).toEqual(['A', 'B', 'C', 'D']);
    expect(groups[0].mean).toBeCloseTo(0.833333, 6);
    expect(groups[1]).toEqual({ group: 'B', mean: 0.25, n: 2, missing: 0 });
    expect(groups[2]).toEqual({ group: 'C', mean: null, n: 0, missing: 1 });
    expect(groups[3]).toEqual({ group: 'D', mean: 1, n: 1, missing: 0 });
  });

  it('finds the largest gap, respecting the minimum n', () => {
    // minN 1: highest D (1), lowest B (0.25) → 0.75
    expect(groupDivergence(pairs).gap).toEqual({ high: 'D', low: 'B', gap: 0.75 });
    // minN 2 drops D: A (0.833333) − B (0.25) = 0.583333
    const gap = groupDivergence(pairs, 2).gap;
    expect(gap?.high).toBe('A');
    expect(gap?.low).toBe('B');
    expect(gap?.gap).toBeCloseTo(0.583333, 6);
    // minN 3 leaves only A: no pair to compare
    expect(groupDivergence(pairs, 3).gap).toBeNull();
  });

  it('computes η² = SSB / SST by hand', () => {
    // values 1, 0, 1, 0.5, 0.5, 1 → grand mean 4/6 = 2/3
    // SST = 3·(1/3)² + 2·(1/6)² + (2/3)² = 1/3 + 1/18 + 4/9 = 15/18 = 5/6
    // SSB = 3·(5/6 − 2/3)² + 2·(1/4 − 2/3)² + 1·(1 − 2/3)²
    //     = 3/36 + 50/144 + 1/9 = 6/72 + 25/72 + 8/72 = 39/72 = 13/24
    // η² = (13/24) / (5/6) = 78/120 = 0.65   (the silent group C adds nothing)
    expect(groupDivergence(pairs).etaSquared).toBeCloseTo(0.65, 12);
  });

  it('gives η² = 1 when groups are internally unanimous but differ', () => {
    // within-group SS = 0, so all variance is between groups
    const eta = groupDivergence([
      { group: 'x', value: 1 },
      { group: 'x', value: 1 },
      { group: 'y', value: 0 },
    ]).etaSquared;
    expect(eta).toBeCloseTo(1, 12);
  });

  it('handles a single group: no gap, η² = 0', () => {
    const result = groupDivergence([
      { group: 'only', value: 1 },
      { group: 'only', value: 0 },
    ]);
    expect(result.gap).toBeNull();
    // one group: its mean is the grand mean, SSB = 0, SST = 0.5 → η² = 0
    expect(result.etaSquared).toBe(0);
  });

  it('returns null η² for zero variance and for no answers', () => {
    const same = groupDivergence([
      { group: 'a', value: 0.1 },
      { group: 'b', value: 0.1 },
      { group: 'b', value: 0.1 },
    ]);
    expect(same.etaSquared).toBeNull();
    // equal means still form a pair, with gap 0
    expect(same.gap).toEqual({ high: 'a', low: 'b', gap: 0 });
    const silent = groupDivergence([
      { group: 'a', value: null },
      { group: 'b', value: null },
    ]);
    expect(silent.etaSquared).toBeNull();
    expect(silent.gap).toBeNull();
    expect(silent.groups.map((g) => g.mean)).toEqual([null, null]);
    expect(groupDivergence([]).groups).toEqual([]);
  });
});
