/**
 * Agree counts per cluster and item, the common input of representative, bridge and divisive
 * items. Computed once per clustering so the three lists agree on the same numbers.
 */

import { agreeWeight, type AgreeOptions } from './group-consensus';
import type { Matrix } from './matrix';

/** Agree tallies, k clusters × m items, row-major. */
export interface ClusterTallies {
  readonly clusters: number;
  readonly items: number;
  /** agrees (half credit allowed, see AgreeOptions) of cluster c on item j at c·items + j */
  readonly agree: Float64Array;
  /** answers of cluster c on item j at c·items + j */
  readonly answered: Float64Array;
}

/**
 * Tallies agreement per cluster from the raw score matrix (not the imputed one: imputed
 * values are not answers).
 * @param values states × items scores in [0, 1], NaN = no answer
 * @param labels cluster per state, 0..k−1; −1 leaves a state out (e.g. one with no answers)
 * @param clusters k
 * @param options what counts as agreement
 */
export function clusterTallies(
  values: Matrix,
  labels: ArrayLike<number>,
  clusters: number,
  options: AgreeOptions = {},
): ClusterTallies {
  const { rows: n, cols: m, data } = values;
  if (labels.length !== n) throw new RangeError('clusterTallies: one label per state');
  const agree = new Float64Array(clusters * m);
  const answered = new Float64Array(clusters * m);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    if (c === -1) continue;
    if (!Number.isInteger(c) || c < 0 || c >= clusters) throw new RangeError(`clusterTallies: bad label ${c}`);
    for (let j = 0; j < m; j++) {
      const v = data[i * m + j];
      if (Number.isNaN(v)) continue;
      agree[c * m + j] += agreeWeight(v, options);
      answered[c * m + j] += 1;
    }
  }
  return { clusters, items: m, agree, answered };
}

/**
 * Agree share of one cluster on one item.
 * @param t tallies
 * @param cluster cluster index
 * @param item item index
 * @returns agree / answered, or null when no member answered
 */
export function clusterShare(t: ClusterTallies, cluster: number, item: number): number | null {
  const n = t.answered[cluster * t.items + item];
  return n === 0 ? null : t.agree[cluster * t.items + item] / n;
}
