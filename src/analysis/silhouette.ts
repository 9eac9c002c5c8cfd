/**
 * Silhouette (Rousseeuw 1987): how much closer each point is to its own cluster than to the
 * nearest other one. Used to choose k on the opinion map because it needs no reference
 * distribution and reads the same at any k.
 *
 *   s_i = (b_i − a_i) / max(a_i, b_i)
 * a_i = mean distance to the other members of i's cluster, b_i = least mean distance to the
 * members of another cluster; s_i = 0 for a point alone in its cluster.
 */

import type { Matrix } from './matrix';

/** Silhouette values. */
export interface Silhouette {
  /** mean of s_i over all points, in [−1, 1] */
  readonly mean: number;
  /** s_i per point */
  readonly perPoint: Float64Array;
}

/**
 * Silhouette of a labelling with Euclidean distances.
 * @param points n × dim
 * @param labels cluster per point, integers ≥ 0
 * @returns null when fewer than two clusters are non-empty (the measure is undefined)
 */
export function silhouette(points: Matrix, labels: ArrayLike<number>): Silhouette | null {
  const { rows: n, cols: dim, data } = points;
  if (labels.length !== n) throw new RangeError('silhouette: one label per point');
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isInteger(labels[i]) || labels[i] < 0) throw new RangeError(`silhouette: bad label ${labels[i]}`);
    k = Math.max(k, labels[i] + 1);
  }
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i]] += 1;
  if (sizes.filter((s) => s > 0).length < 2) return null;

  // Distance sums from each point to each cluster, filled symmetrically: O(n² · dim).
  const sums = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let sq = 0;
      for (let t = 0; t < dim; t++) sq += (data[i * dim + t] - data[j * dim + t]) ** 2;
      const dist = Math.sqrt(sq);
      sums[i * k + labels[j]] += dist;
      sums[j * k + labels[i]] += dist;
    }
  }

  const perPoint = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = labels[i];
    if (sizes[own] === 1) continue; // s_i = 0 by convention
    const a = sums[i * k + own] / (sizes[own] - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[i * k + c] / sizes[c]);
    const spread = Math.max(a, b);
    perPoint[i] = spread === 0 ? 0 : (b - a) / spread;
    total += perPoint[i];
  }
  return { mean: total / n, perPoint };
}
