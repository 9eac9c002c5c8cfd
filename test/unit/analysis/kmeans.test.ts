import { describe, expect, it } from 'vitest';
import { chooseK, kmeans, matrix, matrixFromRows, matrixRow, mulberry32 } from '../../../src/analysis';

// Two obvious blobs: unit squares at (0,0) and (10,10), listed interleaved so the canonical
// relabelling, not the input order, decides which blob is cluster 0.
const blobs = matrixFromRows([
  [10, 10],
  [0, 0],
  [10, 11],
  [0, 1],
  [11, 10],
  [1, 0],
  [11, 11],
  [1, 1],
]);

describe('kmeans', () => {
  it('separates two blobs with centroids at their centres', () => {
    const result = kmeans(blobs, 2, { seed: 42 });
    // cluster 0 is the blob with the smaller first coordinate
    expect(Array.from(result.labels)).toEqual([1, 0, 1, 0, 1, 0, 1, 0]);
    expect(matrixRow(result.centroids, 0)).toEqual([0.5, 0.5]);
    expect(matrixRow(result.centroids, 1)).toEqual([10.5, 10.5]);
    expect(Array.from(result.sizes)).toEqual([4, 4]);
    // every point is (±0.5, ±0.5) from its centre: 8 · (0.25 + 0.25) = 4
    expect(result.inertia).toBeCloseTo(4, 12);
  });

  it('is deterministic for a seed and finds the same partition from other seeds', () => {
    const random = mulberry32(5);
    const points = matrix(
      60,
      2,
      Float64Array.from({ length: 120 }, () => random()),
    );
    const a = kmeans(points, 4, { seed: 9 });
    const b = kmeans(points, 4, { seed: 9 });
    expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
    expect(b.inertia).toBe(a.inertia);
    for (const seed of [1, 2, 3])
      expect(Array.from(kmeans(blobs, 2, { seed }).labels)).toEqual([1, 0, 1, 0, 1, 0, 1, 0]);
  });

  it('handles k = 1, k = n and coincident points', () => {
    // k = 1: one centroid at the mean (5.5, 5.5)
    expect(matrixRow(kmeans(blobs, 1).centroids, 0)).toEqual([5.5, 5.5]);
    // k = n: every point its own cluster, inertia 0
    expect(kmeans(blobs, 8).inertia).toBe(0);
    // three identical points, k = 2: nothing to split, one cluster stays empty; inertia 0
    const same = kmeans(
      matrixFromRows([
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
      2,
    );
    expect(same.inertia).toBe(0);
    expect(Array.from(same.sizes).sort()).toEqual([0, 3]);
  });

  it('rejects impossible k and missing coordinates', () => {
    expect(() => kmeans(blobs, 0)).toThrow(RangeError);
    expect(() => kmeans(blobs, 9)).toThrow(RangeError);
    expect(() =>
      kmeans(
        matrixFromRows([
          [0, null],
          [1, 1],
        ]),
        1,
      ),
    ).toThrow(/finite/);
  });
});

describe('chooseK', () => {
  it('chooses k = 2 for two blobs', () => {
    const choice = chooseK(blobs, { seed: 1 });
    expect(choice.candidates.map((c) => c.k)).toEqual([2, 3, 4, 5]);
    expect(choice.best?.k).toBe(2);
    // silhouette at k = 2 (by hand, see silhouette.test.ts): 0.919527
    expect(choice.best?.silhouette).toBeCloseTo(0.919527, 5);
  });

  it('caps k at n − 1 and returns no best when nothing can be scored', () => {
    const three = matrixFromRows([[0], [1], [5]]);
    expect(chooseK(three).candidates.map((c) => c.k)).toEqual([2]);
    // two points: k = 2 would leave every point alone, so no k is tried
    expect(chooseK(matrixFromRows([[0], [1]]))).toEqual({ best: null, candidates: [] });
    // identical points cannot be split: every point lands in cluster 0, the silhouette is
    // undefined for each k, and there is no best k
    const flat = chooseK(matrixFromRows([[1], [1], [1], [1]]), { kMax: 3 });
    expect(flat.candidates.map((c) => c.silhouette)).toEqual([null, null]);
    expect(flat.best).toBeNull();
  });
});
