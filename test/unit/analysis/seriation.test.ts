import { describe, expect, it } from 'vitest';
import { averageLinkageOrder } from '../../../src/analysis/seriation';
import { mulberry32 } from '../../../src/analysis/random';

/** Symmetric n × n matrix from the upper triangle given as [i, j, d] triples; default fill. */
function dist(n: number, pairs: [number, number, number][], fill: number): Float64Array {
  const d = new Float64Array(n * n).fill(fill);
  for (let i = 0; i < n; i++) d[i * n + i] = 0;
  for (const [i, j, v] of pairs) d[i * n + j] = d[j * n + i] = v;
  return d;
}

/**
 * The textbook procedure, written out independently: scan every active pair for the closest
 * (first found wins a tie), merge with the size-weighted mean, join the two orders at the
 * closest seam. The fast version must give the same order on every input.
 */
function referenceOrder(distance: Float64Array, n: number): number[] {
  let largest = 0;
  for (const v of distance) if (Number.isFinite(v) && v > largest) largest = v;
  const leaf = (a: number, b: number) => (Number.isFinite(distance[a * n + b]) ? distance[a * n + b] : largest);
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => leaf(i, j)));
  const clusters = new Map<number, { size: number; order: number[] }>();
  for (let i = 0; i < n; i++) clusters.set(i, { size: 1, order: [i] });
  while (clusters.size > 1) {
    const ids = [...clusters.keys()].sort((a, b) => a - b);
    let pick = [ids[0], ids[1]];
    for (const i of ids) for (const j of ids) if (i < j && d[i][j] < d[pick[0]][pick[1]]) pick = [i, j];
    const [i, j] = pick;
    const a = clusters.get(i)!;
    const b = clusters.get(j)!;
    for (const k of ids) {
      if (k === i || k === j) continue;
      d[i][k] = d[k][i] = (a.size * d[i][k] + b.size * d[j][k]) / (a.size + b.size);
    }
    const seams: [number[], number[]][] = [
      [a.order, b.order],
      [a.order, [...b.order].reverse()],
      [[...a.order].reverse(), b.order],
      [[...a.order].reverse(), [...b.order].reverse()],
    ];
    let best = seams[0];
    for (const s of seams)
      if (leaf(s[0][s[0].length - 1], s[1][0]) < leaf(best[0][best[0].length - 1], best[1][0])) best = s;
    clusters.set(i, { size: a.size + b.size, order: [...best[0], ...best[1]] });
    clusters.delete(j);
  }
  return n === 0 ? [] : [...clusters.values()][0].order;
}

describe('averageLinkageOrder', () => {
  it('gives the same order as a full pairwise scan, on 300 seeded inputs full of ties and gaps', () => {
    const rnd = mulberry32(20261205);
    for (let t = 0; t < 300; t++) {
      const n = 2 + Math.floor(rnd() * 40);
      const levels = 1 + Math.floor(rnd() * 6); // few distinct distances: many ties, as votes give
      const d = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const v = rnd() < 0.05 ? Number.NaN : Math.floor(rnd() * (levels + 1)) / levels;
          d[i * n + j] = d[j * n + i] = v;
        }
      expect([...averageLinkageOrder(d, n)], `input ${t} (n = ${n})`).toEqual(referenceOrder(d, n));
    }
  });

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
