/**
 * One complete opinion-map run as the Alignment view shows it: drop states with too few
 * answers (listed apart, never drawn at the centre), PCA + k-means via `opinionMap`, an
 * optional user-chosen k, and the item lists that describe the clusters. Everything returned
 * is structured-clone friendly so the worker can post it as is.
 */

import { clusterTallies } from './cluster-tallies';
import { matrix, type Matrix } from './matrix';
import { opinionMap } from './opinion-map';
import {
  bridgeItems,
  divisiveItems,
  representativeItems,
  thinItems,
  type BridgeItem,
  type DivisiveItem,
  type RepresentativeItem,
  type ThinItem,
} from './representative';

/** Options for {@link runOpinionMap}. */
export interface OpinionRunOptions {
  /** least answered items for a state to be placed (default 3; capped at the item count) */
  readonly minAnswers?: number;
  /** k chosen by the user; null or a k outside the tried range means "best silhouette" */
  readonly k?: number | null;
  /** seed for power iteration and k-means (default 1) */
  readonly seed?: number;
  /** items per list (default 5) */
  readonly limit?: number;
}

/** An item's weight on a map axis. */
export interface AxisItem {
  readonly item: number;
  readonly loading: number;
}

/** The result, indexed like the input rows (states) and columns (items). */
export interface OpinionRun {
  /** the threshold actually applied */
  readonly minAnswers: number;
  /** answered items per state */
  readonly answered: Uint32Array;
  /** states × 2 map coordinates; NaN for a state not placed */
  readonly coords: Float64Array;
  /** cluster per state for the shown k; −1 when not placed or not clustered */
  readonly labels: Int32Array;
  /** the k shown (user's or best), null when clustering was not possible */
  readonly k: number | null;
  /** the k with the highest mean silhouette */
  readonly bestK: number | null;
  /** mean silhouette per tried k */
  readonly silhouettes: { k: number; silhouette: number | null }[];
  /** members per cluster for the shown k */
  readonly sizes: number[];
  /** share of variance on each axis */
  readonly explained: [number, number];
  /** the three items with the largest |loading| on each axis */
  readonly axes: [AxisItem[], AxisItem[]];
  /** per cluster: where it differs from the rest (significant, largest difference first) */
  readonly representative: RepresentativeItem[][];
  /** items every cluster agrees on */
  readonly bridges: BridgeItem[];
  /** items that split the clusters */
  readonly divisive: DivisiveItem[];
  /** items where some cluster answered, but too few to compare (minimum basis) */
  readonly thin: ThinItem[];
  /** answers per cluster and item (k × items, row-major), to show coverage beside each share */
  readonly answeredByCluster: Float64Array;
}

function topLoadings(loadings: Float64Array, m: number, axis: number): AxisItem[] {
  const items = Array.from({ length: m }, (_, j) => ({ item: j, loading: loadings[axis * m + j] }));
  return items
    .filter((a) => a.loading !== 0)
    .sort((a, b) => Math.abs(b.loading) - Math.abs(a.loading))
    .slice(0, 3);
}

/**
 * Runs the opinion map.
 * @param values states × items scores in [0, 1] (Y/supports/implemented 1, A/qualified/partial
 *   0.5, N/opposes/none 0), NaN = no answer
 * @param options threshold, k override, seed, list length
 */
export function runOpinionMap(values: Matrix, options: OpinionRunOptions = {}): OpinionRun {
  const { rows: n, cols: m, data } = values;
  const minAnswers = Math.max(1, Math.min(options.minAnswers ?? 3, m));
  const answered = new Uint32Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (!Number.isNaN(data[i * m + j])) answered[i] += 1;
  const kept = Array.from({ length: n }, (_, i) => i).filter((i) => m > 0 && answered[i] >= minAnswers);

  const sub = new Float64Array(kept.length * m);
  kept.forEach((row, r) => sub.set(data.subarray(row * m, (row + 1) * m), r * m));
  const subValues = matrix(kept.length, m, sub);
  const seed = options.seed ?? 1;
  const map = opinionMap(subValues, { pca: { seed }, clustering: { seed } });

  const coords = new Float64Array(n * 2).fill(Number.NaN);
  kept.forEach((row, r) => coords.set(map.pca.coordinates.data.subarray(2 * r, 2 * r + 2), 2 * row));

  const candidates = map.choice.candidates;
  const chosen = candidates.find((c) => c.k === options.k) ?? map.choice.best;
  const labels = new Int32Array(n).fill(-1);
  let tallies = null;
  if (chosen) {
    // map.labels is indexed by sub-matrix row (−1 if unplaceable); rebuild for the chosen k.
    const subLabels = new Int32Array(kept.length).fill(-1);
    map.placed.forEach((r, p) => (subLabels[r] = chosen.clustering.labels[p]));
    kept.forEach((row, r) => (labels[row] = subLabels[r]));
    tallies = clusterTallies(subValues, subLabels, chosen.k);
  }
  const limit = { limit: options.limit ?? 5 };
  return {
    minAnswers,
    answered,
    coords,
    labels,
    k: chosen?.k ?? null,
    bestK: map.choice.best?.k ?? null,
    silhouettes: candidates.map((c) => ({ k: c.k, silhouette: c.silhouette })),
    sizes: chosen ? Array.from(chosen.clustering.sizes) : [],
    explained: map.pca.explainedVarianceRatio,
    axes: [topLoadings(map.pca.loadings.data, m, 0), topLoadings(map.pca.loadings.data, m, 1)],
    representative: tallies
      ? Array.from({ length: tallies.clusters }, (_, c) => representativeItems(tallies, c, limit))
      : [],
    bridges: tallies ? bridgeItems(tallies, limit) : [],
    divisive: tallies ? divisiveItems(tallies, limit) : [],
    thin: tallies ? thinItems(tallies) : [],
    answeredByCluster: tallies ? tallies.answered : new Float64Array(0),
  };
}
