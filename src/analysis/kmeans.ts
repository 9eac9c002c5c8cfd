/**
 * Seeded k-means (Lloyd's algorithm with k-means++ seeding and restarts) for clustering states
 * on the opinion map. Seeded so a shared link reproduces the same clusters; labels are put in
 * a canonical order so cluster colours do not swap between runs that found the same groups.
 */

import { matrix, type Matrix } from './matrix';
import { mulberry32 } from './random';

/** Options for {@link kmeans}. */
export interface KMeansOptions {
  /** PRNG seed (default 1) */
  readonly seed?: number;
  /** independent k-means++ starts; the lowest inertia wins (default 8) */
  readonly restarts?: number;
  /** Lloyd iterations per start (default 100) */
  readonly maxIterations?: number;
}

/** A clustering. */
export interface KMeansResult {
  readonly k: number;
  /** cluster per point, 0..k−1, ordered by centroid (first coordinate, then the next) */
  readonly labels: Int32Array;
  /** k × dim */
  readonly centroids: Matrix;
  /** points per cluster */
  readonly sizes: Int32Array;
  /** sum of squared distances of points to their centroid */
  readonly inertia: number;
}

function squaredDistance(a: Float64Array, ia: number, b: Float64Array, ib: number, dim: number): number {
  let sum = 0;
  for (let t = 0; t < dim; t++) sum += (a[ia + t] - b[ib + t]) ** 2;
  return sum;
}

/** k-means++: each next centre drawn with probability ∝ squared distance to the nearest one. */
function seedCentres(points: Matrix, k: number, random: () => number): Float64Array {
  const { rows: n, cols: dim, data } = points;
  const centres = new Float64Array(k * dim);
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.min(n - 1, Math.floor(random() * n));
  for (let c = 0; c < k; c++) {
    centres.set(data.subarray(pick * dim, (pick + 1) * dim), c * dim);
    let total = 0;
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i], squaredDistance(data, i * dim, centres, c * dim, dim));
      total += nearest[i];
    }
    // Fallback when rounding leaves the target unspent: the last point not yet a centre (or
    // point 0 when every point coincides with a centre and any pick is as good).
    pick = 0;
    for (let i = n - 1; i >= 0; i--)
      if (nearest[i] > 0) {
        pick = i;
        break;
      }
    let target = random() * total;
    for (let i = 0; i < n; i++) {
      target -= nearest[i];
      if (nearest[i] > 0 && target <= 0) {
        pick = i;
        break;
      }
    }
  }
  return centres;
}

/** Lloyd's iterations from given centres; returns labels and inertia (centres updated in place). */
function lloyd(
  points: Matrix,
  centres: Float64Array,
  k: number,
  maxIterations: number,
): { labels: Int32Array; inertia: number } {
  const { rows: n, cols: dim, data } = points;
  const labels = new Int32Array(n).fill(-1);
  const distance = new Float64Array(n);
  for (let it = 0; it < maxIterations; it++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const dd = squaredDistance(data, i * dim, centres, c * dim, dim);
        if (dd < bestDistance) {
          bestDistance = dd;
          best = c;
        }
      }
      distance[i] = bestDistance;
      if (labels[i] !== best) {
        labels[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
    const sizes = new Int32Array(k);
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      sizes[labels[i]] += 1;
      for (let t = 0; t < dim; t++) centres[labels[i] * dim + t] += data[i * dim + t];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] > 0) {
        for (let t = 0; t < dim; t++) centres[c * dim + t] /= sizes[c];
        continue;
      }
      // An emptied cluster restarts at the point worst served by its centre.
      let far = 0;
      for (let i = 1; i < n; i++) if (distance[i] > distance[far]) far = i;
      centres.set(data.subarray(far * dim, (far + 1) * dim), c * dim);
      distance[far] = 0;
    }
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += squaredDistance(data, i * dim, centres, labels[i] * dim, dim);
  return { labels, inertia };
}

/** Renumbers clusters by their centroids in lexicographic coordinate order. */
function canonical(labels: Int32Array, centres: Float64Array, k: number, dim: number, inertia: number): KMeansResult {
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => {
    for (let t = 0; t < dim; t++) {
      const diff = centres[a * dim + t] - centres[b * dim + t];
      if (diff !== 0) return diff;
    }
    return a - b;
  });
  const rank = new Int32Array(k);
  order.forEach((c, r) => (rank[c] = r));
  const centroids = new Float64Array(k * dim);
  order.forEach((c, r) => centroids.set(centres.subarray(c * dim, (c + 1) * dim), r * dim));
  const relabelled = labels.map((c) => rank[c]);
  const sizes = new Int32Array(k);
  for (const c of relabelled) sizes[c] += 1;
  return { k, labels: relabelled, centroids: matrix(k, dim, centroids), sizes, inertia };
}

/**
 * k-means clustering of points (rows). Deterministic for a given input, k and options.
 * @param points n × dim, all values finite (drop unplaceable states first)
 * @param k clusters wanted, 1 ≤ k ≤ n
 * @param options seed, restarts, iteration cap
 */
export function kmeans(points: Matrix, k: number, options: KMeansOptions = {}): KMeansResult {
  const { rows: n, cols: dim } = points;
  if (!Number.isInteger(k) || k < 1 || k > n) throw new RangeError(`kmeans: k = ${k} for ${n} points`);
  if (!points.data.every(Number.isFinite)) throw new RangeError('kmeans: points must be finite (drop NaN rows first)');
  const random = mulberry32(options.seed ?? 1);
  let best: { labels: Int32Array; inertia: number; centres: Float64Array } | null = null;
  for (let r = 0; r < Math.max(1, options.restarts ?? 8); r++) {
    const centres = seedCentres(points, k, random);
    const run = lloyd(points, centres, k, options.maxIterations ?? 100);
    if (best === null || run.inertia < best.inertia) best = { ...run, centres };
  }
  const { labels, centres, inertia } = best as NonNullable<typeof best>;
  return canonical(labels, centres, k, dim, inertia);
}
