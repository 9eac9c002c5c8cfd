/**
 * What characterises each cluster of the opinion map (DESIGN §5):
 * - representative items: where a cluster's agree share differs most from everyone else's,
 *   kept only when the pooled two-proportion z-test says the difference is significant;
 * - bridge items: high group-informed consensus across clusters (every cluster agrees);
 * - divisive items: the widest spread of agree shares between clusters.
 * Every list obeys the minimum basis (./basis.ts): a side with fewer answers than the rule
 * asks never makes an item a finding; such items are listed by `thinItems` instead.
 * Items are returned by column index; callers map indices to ids.
 */

import { MIN_ANSWERS_PER_SIDE } from './basis';
import { clusterShare, type ClusterTallies } from './cluster-tallies';
import { groupInformedConsensus, type AgreeTally } from './group-consensus';
import { twoProportionZTest, type ProportionTest } from './proportion-test';

/** An item on which a cluster stands apart. */
export interface RepresentativeItem extends ProportionTest {
  readonly item: number;
  /** share1 is the cluster's agree share, share2 the rest's; 'more' when share1 > share2 */
  readonly direction: 'more' | 'less';
}

/** An item with its per-cluster agree shares (null where a cluster gave no answer). */
export interface ClusterItem {
  readonly item: number;
  readonly shares: (number | null)[];
}

/** A bridge item: group-informed consensus over the clusters. */
export interface BridgeItem extends ClusterItem {
  readonly consensus: number;
}

/** A divisive item: the clusters with the highest and lowest agree share. */
export interface DivisiveItem extends ClusterItem {
  readonly spread: number;
  readonly high: number;
  readonly low: number;
}

/** Options for the item lists. */
export interface ItemListOptions {
  /** most items returned (default 5) */
  readonly limit?: number;
  /** significance level for representative items (default 0.05) */
  readonly alpha?: number;
  /** least answers each compared side needs (default MIN_ANSWERS_PER_SIDE) */
  readonly minAnswers?: number;
}

/** An item left out of the findings because a side had too few answers. */
export interface ThinItem {
  readonly item: number;
  /** answers per cluster */
  readonly answered: number[];
}

function answeredOf(t: ClusterTallies, item: number): number[] {
  return Array.from({ length: t.clusters }, (_, c) => t.answered[c * t.items + item]);
}

/**
 * Items some cluster answered, but where at least one cluster has fewer answers than the
 * minimum basis: shown as "too few answers", never as a bridge or divisive finding.
 * @param t tallies
 * @param options minAnswers
 */
export function thinItems(t: ClusterTallies, options: ItemListOptions = {}): ThinItem[] {
  const min = options.minAnswers ?? MIN_ANSWERS_PER_SIDE;
  const out: ThinItem[] = [];
  for (let j = 0; j < t.items; j++) {
    const answered = answeredOf(t, j);
    if (answered.some((a) => a > 0) && answered.some((a) => a < min)) out.push({ item: j, answered });
  }
  return out;
}

function sharesOf(t: ClusterTallies, item: number): (number | null)[] {
  return Array.from({ length: t.clusters }, (_, c) => clusterShare(t, c, item));
}

/**
 * Representative items of one cluster, largest |difference| first (ties: lower item index).
 * No multiple-testing correction: the list is descriptive, sorted by effect size, and the
 * p-value is shown beside each item.
 * @param t tallies
 * @param cluster the cluster to describe
 * @param options limit and alpha
 */
export function representativeItems(
  t: ClusterTallies,
  cluster: number,
  options: ItemListOptions = {},
): RepresentativeItem[] {
  const alpha = options.alpha ?? 0.05;
  const min = options.minAnswers ?? MIN_ANSWERS_PER_SIDE;
  const found: RepresentativeItem[] = [];
  for (let j = 0; j < t.items; j++) {
    let restAgree = 0;
    let restAnswered = 0;
    for (let c = 0; c < t.clusters; c++) {
      if (c === cluster) continue;
      restAgree += t.agree[c * t.items + j];
      restAnswered += t.answered[c * t.items + j];
    }
    if (t.answered[cluster * t.items + j] < min || restAnswered < min) continue;
    const test = twoProportionZTest(
      t.agree[cluster * t.items + j],
      t.answered[cluster * t.items + j],
      restAgree,
      restAnswered,
    );
    if (test === null || test.p >= alpha) continue;
    found.push({ ...test, item: j, direction: test.difference > 0 ? 'more' : 'less' });
  }
  // Array sort is stable, so equal differences keep item order.
  return found.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference)).slice(0, options.limit ?? 5);
}

/**
 * Items every cluster agrees on, highest group-informed consensus first.
 * @param t tallies
 * @param options limit
 */
export function bridgeItems(t: ClusterTallies, options: ItemListOptions = {}): BridgeItem[] {
  const min = options.minAnswers ?? MIN_ANSWERS_PER_SIDE;
  const items: BridgeItem[] = [];
  for (let j = 0; j < t.items; j++) {
    // "Every cluster agrees" needs every cluster to have answered enough to say so.
    if (answeredOf(t, j).some((a) => a < min)) continue;
    const tallies: AgreeTally[] = [];
    for (let c = 0; c < t.clusters; c++)
      tallies.push({ agree: t.agree[c * t.items + j], answered: t.answered[c * t.items + j] });
    const consensus = groupInformedConsensus(tallies);
    if (consensus !== null) items.push({ item: j, consensus, shares: sharesOf(t, j) });
  }
  return items.sort((a, b) => b.consensus - a.consensus).slice(0, options.limit ?? 5);
}

/**
 * Items that split clusters, widest spread of agree share first. Only clusters that answered
 * the item take part; an item needs two of them and a spread above 0.
 * @param t tallies
 * @param options limit
 */
export function divisiveItems(t: ClusterTallies, options: ItemListOptions = {}): DivisiveItem[] {
  const min = options.minAnswers ?? MIN_ANSWERS_PER_SIDE;
  const items: DivisiveItem[] = [];
  for (let j = 0; j < t.items; j++) {
    // Only clusters with enough answers take part: 100 % of 1 is not a position of a cluster.
    const answered = answeredOf(t, j);
    const shares = sharesOf(t, j).map((s, c) => (answered[c] >= min ? s : null));
    let high = -1;
    let low = -1;
    shares.forEach((s, c) => {
      if (s === null) return;
      if (high === -1 || s > (shares[high] as number)) high = c;
      if (low === -1 || s < (shares[low] as number)) low = c;
    });
    if (high === -1 || high === low) continue;
    items.push({ item: j, shares, spread: (shares[high] as number) - (shares[low] as number), high, low });
  }
  return items.sort((a, b) => b.spread - a.spread).slice(0, options.limit ?? 5);
}
