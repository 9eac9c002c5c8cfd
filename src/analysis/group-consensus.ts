/**
 * Group-informed consensus as in Polis: Π over groups g of (agree_g + 1) / (answered_g + 2).
 * A product of per-group agreement rates is high only when every group agrees, so a large
 * group cannot carry an item alone. The +1/+2 (a Laplace prior) keeps a group that barely
 * answered from zeroing the product. Each factor is below 1, so the value falls as groups are
 * added: compare items only at the same number of groups.
 */

import type { GroupValue } from './divergence';

/** How a score in [0, 1] turns into agreement. */
export interface AgreeOptions {
  /** scores ≥ threshold are one full agree (default 1: supports, implemented, yes) */
  readonly threshold?: number;
  /**
   * Scores strictly between 0 and the threshold (qualified, partial, abstain = 0.5) count as
   * half an agree (default true), mirroring the support share; false counts them as 0.
   */
  readonly halfCredit?: boolean;
}

/** Agreement tally for one group (or cluster) on one item. */
export interface AgreeTally {
  /** agrees, possibly fractional because of half credit */
  agree: number;
  /** members that answered */
  answered: number;
}

/**
 * Agree weight of one score: 1, 0.5 or 0.
 * @param value a score in [0, 1]
 * @param options threshold and half-credit rule
 */
export function agreeWeight(value: number, options: AgreeOptions = {}): number {
  const threshold = options.threshold ?? 1;
  if (value >= threshold) return 1;
  if ((options.halfCredit ?? true) && value > 0) return 0.5;
  return 0;
}

/**
 * Agree tallies per group. Include states that did not answer (value null) so every group in
 * scope appears: a group with no answers still contributes its prior factor 1/2.
 * @param pairs one (group, value) per state and group
 * @param options how a score counts as agreement
 * @returns tallies keyed by group, in order of first appearance
 */
export function tallyAgreeByGroup(pairs: Iterable<GroupValue>, options: AgreeOptions = {}): Map<string, AgreeTally> {
  const tallies = new Map<string, AgreeTally>();
  for (const { group, value } of pairs) {
    let t = tallies.get(group);
    if (!t) tallies.set(group, (t = { agree: 0, answered: 0 }));
    if (value === null || Number.isNaN(value)) continue;
    t.agree += agreeWeight(value, options);
    t.answered += 1;
  }
  return tallies;
}

/**
 * Polis group-informed consensus over the given groups.
 * @param tallies one tally per group (e.g. `tallyAgreeByGroup(pairs).values()`)
 * @returns the product in (0, 1), or null when there are no groups (an empty product is not
 *   agreement)
 */
export function groupInformedConsensus(tallies: Iterable<AgreeTally>): number | null {
  let product = 1;
  let groups = 0;
  for (const { agree, answered } of tallies) {
    if (agree < 0 || agree > answered) throw new RangeError(`groupInformedConsensus: ${agree} agrees of ${answered}`);
    product *= (agree + 1) / (answered + 2);
    groups += 1;
  }
  return groups === 0 ? null : product;
}
