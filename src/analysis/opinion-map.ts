/**
 * The whole opinion-map pipeline in one call, as the worker runs it: PCA, then clustering of
 * the states that could be placed, then per-cluster agree tallies. Kept here so the hand-off
 * between steps (which rows are unplaceable, how labels map back) is written once.
 */

import { chooseK, type ChooseKOptions, type KChoice } from './choose-k';
import { clusterTallies, type ClusterTallies } from './cluster-tallies';
import type { AgreeOptions } from './group-consensus';
import { matrix, type Matrix } from './matrix';
import { pca, type PcaOptions, type PcaResult } from './pca';

/** Options for {@link opinionMap}. */
export interface OpinionMapOptions {
  readonly pca?: PcaOptions;
  /** k range, seed and k-means options */
  readonly clustering?: ChooseKOptions;
  /** what counts as agreement in the tallies */
  readonly agree?: AgreeOptions;
}

/** Result of {@link opinionMap}. */
export interface OpinionMap {
  readonly pca: PcaResult;
  /** the k-means choice over placed states only (row i of its clusterings = placed[i]) */
  readonly choice: KChoice;
  /** state rows that have coordinates (at least one answer) */
  readonly placed: Int32Array;
  /** cluster per state for the best k; −1 for unplaced states or when no k was chosen */
  readonly labels: Int32Array;
  /** agree tallies per cluster for the best k; null when no k was chosen */
  readonly tallies: ClusterTallies | null;
}

/**
 * PCA → k-means (k chosen by silhouette) → cluster tallies.
 * @param values states × items scores in [0, 1], NaN = no answer
 * @param options per-step options
 */
export function opinionMap(values: Matrix, options: OpinionMapOptions = {}): OpinionMap {
  const map = pca(values, options.pca);
  const coords = map.coordinates.data;
  const rows: number[] = [];
  for (let i = 0; i < values.rows; i++)
    if (Number.isFinite(coords[2 * i]) && Number.isFinite(coords[2 * i + 1])) rows.push(i);
  const placed = Int32Array.from(rows);

  const points = new Float64Array(placed.length * 2);
  placed.forEach((row, p) => points.set(coords.subarray(2 * row, 2 * row + 2), 2 * p));
  const choice = chooseK(matrix(placed.length, 2, points), options.clustering);

  const labels = new Int32Array(values.rows).fill(-1);
  if (choice.best === null) return { pca: map, choice, placed, labels, tallies: null };
  const best = choice.best.clustering;
  placed.forEach((row, p) => (labels[row] = best.labels[p]));
  return { pca: map, choice, placed, labels, tallies: clusterTallies(values, labels, best.k, options.agree) };
}
