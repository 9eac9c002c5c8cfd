/**
 * Distribution summary of a value per group (region, UN regional group, income group): the
 * box-plot numbers and how many states fall under a threshold, with missing states counted
 * apart so a region with half its states unscored is visibly so.
 */

import type { GroupValue } from './divergence';
import { quantileSorted, sortedPresent } from './quantile';

/** Summary of one group. */
export interface GroupSummary {
  readonly group: string;
  /** states with a value */
  readonly n: number;
  /** states without a value (never counted as 0 or as under the threshold) */
  readonly missing: number;
  /** type-7 quantiles; null when n = 0 */
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  /** states with value strictly below the threshold; null when no threshold was given */
  readonly under: number | null;
  /** under / n; null when n = 0 or no threshold */
  readonly shareUnder: number | null;
}

/**
 * Summarises values per group, groups in order of first appearance.
 * @param pairs one (group, value) per state; value null when missing
 * @param threshold optional cut-off: values below it count as "under"
 */
export function summariseByGroup(pairs: Iterable<GroupValue>, threshold?: number): GroupSummary[] {
  const byGroup = new Map<string, (number | null)[]>();
  for (const { group, value } of pairs) {
    const list = byGroup.get(group);
    if (list) list.push(value);
    else byGroup.set(group, [value]);
  }
  return [...byGroup].map(([group, values]) => {
    const sorted = sortedPresent(values);
    const n = sorted.length;
    const under = threshold === undefined ? null : sorted.filter((v) => v < threshold).length;
    return {
      group,
      n,
      missing: values.length - n,
      q1: quantileSorted(sorted, 0.25),
      median: quantileSorted(sorted, 0.5),
      q3: quantileSorted(sorted, 0.75),
      under,
      shareUnder: under === null || n === 0 ? null : under / n,
    };
  });
}
