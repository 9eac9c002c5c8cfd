import { describe, expect, it } from 'vitest';
import { averageLinkageOrder } from '../../../src/analysis/seriation';

/** Symmetric n × n matrix from the upper triangle given as [i, j, d] triples; default fill. */
function dist(n: number, pairs: [number, number, number][], fill: number): Float64Array {
  const d = new Float64Array(n * n).fill(fill);
  for (let i = 0; i < n; i++) d[i * n + i] = 0;
  for (const [i, j, v] of pairs) d[i * n + j] = d[j * n + i] = v;
  return d;
}

describe('averageLinkageOrder', () => {
  it('keeps close pairs together and joins blocks at their nearest seam', () => {
    // 0–2 at 0.1 and 1–3 at 0.2 merge first; then the two blocks merge, and the seam is the
    // closest cross pair 2–3 (0.5), so block [1, 3] is reversed: 0 2 3 1 (worked by hand).
    const d = dist(
      4,
      [
        [0, 2, 0.1],
        [1, 3, 0.2],
        [2, 3, 0.5],
      ],
      0.9,
    );
    expect(Array.from(averageLinkageOrder(d, 4))).toEqual([0, 2, 3, 1]);
  });

  it('uses the size-weighted average distance between clusters (UPGMA)', () => {
    // 0–1 (0.1) merge first. Then d({0,1}, 2) = (0.8 + 0.2) / 2 = 0.5 beats d(2, 3) = 0.55 and
    // d({0,1}, 3) = 0.6, so 2 joins next, at the seam next to 1 (0.2 < 0.8). Last, 3 joins with
    // d = (2 · 0.6 + 0.55) / 3 next to 2 (0.55 < 0.6). Order 0 1 2 3 (worked by hand).
    const d = dist(
      4,
      [
        [0, 1, 0.1],
        [0, 2, 0.8],
        [1, 2, 0.2],
        [0, 3, 0.6],
        [1, 3, 0.6],
        [2, 3, 0.55],
      ],
      1,
    );
    expect(Array.from(averageLinkageOrder(d, 4))).toEqual([0, 1, 2, 3]);
  });

  it('treats unknown distances as the largest known one and returns a permutation', () => {
    const n = 6;
    const d = dist(
      n,
      [
        [0, 3, 0.05],
        [1, 4, 0.05],
        [2, 5, 0.05],
      ],
      0.7,
    );
    d[0 * n + 1] = d[1 * n + 0] = Number.NaN;
    const order = Array.from(averageLinkageOrder(d, n));
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const [a, b] of [
      [0, 3],
      [1, 4],
      [2, 5],
    ])
      expect(Math.abs(order.indexOf(a) - order.indexOf(b))).toBe(1);
  });

  it('handles 0 and 1 items and rejects a wrong shape', () => {
    expect(Array.from(averageLinkageOrder(new Float64Array(0), 0))).toEqual([]);
    expect(Array.from(averageLinkageOrder(new Float64Array([0]), 1))).toEqual([0]);
    expect(() => averageLinkageOrder(new Float64Array(3), 2)).toThrow(RangeError);
  });
});
