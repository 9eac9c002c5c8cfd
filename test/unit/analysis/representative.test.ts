import { describe, expect, it } from 'vitest';
import {
  bridgeItems,
  clusterShare,
  clusterTallies,
  divisiveItems,
  matrixFromRows,
  representativeItems,
} from '../../../src/analysis';
import { thinItems } from '../../../src/analysis/representative';
import { MIN_ANSWERS_PER_SIDE, meetsBasis, thinSides } from '../../../src/analysis/basis';

// 20 states, clusters 0 (rows 0–9) and 1 (rows 10–19), 4 items:
//   item 0: cluster 0 all agree (1), cluster 1 all disagree (0)
//   item 1: everyone agrees
//   item 2: cluster 0 6 of 10 agree, cluster 1 4 of 10 (the rest 0)
//   item 3: cluster 0 silent, cluster 1 all qualified (0.5 → half an agree each)
const rows: (number | null)[][] = [];
for (let i = 0; i < 20; i++) {
  const inFirst = i < 10;
  const rank = i % 10;
  rows.push([inFirst ? 1 : 0, 1, rank < (inFirst ? 6 : 4) ? 1 : 0, inFirst ? null : 0.5]);
}
const labels = Array.from({ length: 20 }, (_, i) => (i < 10 ? 0 : 1));
const tallies = clusterTallies(matrixFromRows(rows), labels, 2);

describe('clusterTallies', () => {
  it('counts agrees with half credit and skips missing answers', () => {
    expect(Array.from(tallies.agree)).toEqual([10, 10, 6, 0, 0, 10, 4, 5]);
    expect(Array.from(tallies.answered)).toEqual([10, 10, 10, 0, 10, 10, 10, 10]);
    expect(clusterShare(tallies, 0, 3)).toBeNull();
    expect(clusterShare(tallies, 1, 3)).toBe(0.5);
  });

  it('leaves out states labelled −1', () => {
    const t = clusterTallies(matrixFromRows([[1], [1]]), [0, -1], 1);
    expect(Array.from(t.answered)).toEqual([1]);
  });
});

describe('representative items', () => {
  it('keeps only significant differences, in both directions', () => {
    // item 0, cluster 0 vs rest: 10/10 vs 0/10, pooled 0.5
    //   se = √(0.25 · (1/10 + 1/10)) = √0.05 = 0.223607; z = 1 / 0.223607 = 4.472136; p ≈ 7.7e−6
    // item 2: 0.6 vs 0.4, same se → z = 0.2 / 0.223607 = 0.894427, p = 0.371 → not significant
    // item 1: pooled 1, no test; item 3: cluster 0 has no answers, no test
    const first = representativeItems(tallies, 0);
    expect(first.map((r) => r.item)).toEqual([0]);
    expect(first[0].z).toBeCloseTo(4.472136, 6);
    expect(first[0].p).toBeLessThan(1e-5);
    expect(first[0].direction).toBe('more');
    const second = representativeItems(tallies, 1);
    expect(second.map((r) => [r.item, r.direction])).toEqual([[0, 'less']]);
    expect(second[0].z).toBeCloseTo(-4.472136, 6);
    // with α = 0.5 item 2 (p = 0.371) joins, ranked after item 0 by |difference| 0.2 < 1
    expect(representativeItems(tallies, 0, { alpha: 0.5 }).map((r) => r.item)).toEqual([0, 2]);
  });
});

describe('bridge and divisive items', () => {
  it('ranks bridges by group-informed consensus, only over items every cluster answered enough', () => {
    // item 1: (11/12)·(11/12) = 0.840278
    // item 2: (7/12)·(5/12) = 35/144 = 0.243056
    // item 0: (11/12)·(1/12) = 11/144 = 0.076389
    // item 3: cluster 0 silent (0 answers < 5): not a bridge, listed as too few answers
    const bridges = bridgeItems(tallies);
    expect(bridges.map((b) => b.item)).toEqual([1, 2, 0]);
    expect(bridges[0].consensus).toBeCloseTo(121 / 144, 12);
    expect(bridges[1].consensus).toBeCloseTo(35 / 144, 12);
    expect(thinItems(tallies)).toEqual([{ item: 3, answered: [0, 10] }]);
    expect(bridges[0].shares).toEqual([1, 1]);
    expect(bridgeItems(tallies, { limit: 1 })).toHaveLength(1);
  });

  it('ranks divisive items by spread between clusters', () => {
    // item 0: 1 − 0 = 1; item 2: 0.6 − 0.4 = 0.2; item 1: spread 0 (left out);
    // item 3: only cluster 1 answered (left out)
    const divisive = divisiveItems(tallies);
    expect(divisive.map((d) => [d.item, d.high, d.low])).toEqual([
      [0, 0, 1],
      [2, 0, 1],
    ]);
    expect(divisive[0].spread).toBe(1);
    expect(divisive[1].spread).toBeCloseTo(0.2, 12);
  });
});

describe('minimum basis (no finding built on one answer)', () => {
  it('the rule: every side needs MIN_ANSWERS_PER_SIDE = 5 answers', () => {
    expect(MIN_ANSWERS_PER_SIDE).toBe(5);
    expect(meetsBasis([5, 12])).toBe(true);
    expect(meetsBasis([4, 12])).toBe(false);
    expect(meetsBasis([])).toBe(false);
    expect(thinSides([1, 7, 0])).toEqual([0, 2]);
  });

  it('an item with 1 answer in a cluster is never divisive, bridging or representative', () => {
    // "New binding treaty — 100 % of 1 answering vs 0 % (z = 2.8)": cluster 0 has one answer
    // (agree), cluster 1 has 8 answers (all disagree); item 1 is answered fully by both.
    const r: (number | null)[][] = [];
    for (let i = 0; i < 16; i++) r.push([i === 0 ? 1 : i >= 8 ? 0 : null, i < 8 ? 1 : 0]);
    const t = clusterTallies(
      matrixFromRows(r),
      Array.from({ length: 16 }, (_, i) => (i < 8 ? 0 : 1)),
      2,
    );
    expect(Array.from(t.answered)).toEqual([1, 8, 8, 8]);
    expect(divisiveItems(t).map((d) => d.item)).toEqual([1]);
    expect(bridgeItems(t).map((b) => b.item)).toEqual([1]);
    for (const c of [0, 1]) expect(representativeItems(t, c, { alpha: 0.5 }).map((x) => x.item)).not.toContain(0);
    expect(thinItems(t)).toEqual([{ item: 0, answered: [1, 8] }]);
  });
});
