/**
 * How far groups of states (UN regional groups, organisations, clusters) sit apart on one
 * item: mean support share per group, the largest gap between two groups, and η², the share
 * of all variance between states that group membership explains.
 */

/** One state's score on an item with the group it is counted in; null = no answer. */
export interface GroupValue {
  readonly group: string;
  readonly value: number | null;
}

/** A group's mean score on the item. */
export interface GroupMean {
  readonly group: string;
  /** mean of the answered values, null when no member answered */
  readonly mean: number | null;
  /** members that answered */
  readonly n: number;
  /** members that did not answer (kept visible: a mean of 2 out of 30 is not a group view) */
  readonly missing: number;
}

/** The widest gap in means between two groups. */
export interface GroupGap {
  readonly high: string;
  readonly low: string;
  /** mean(high) − mean(low), ≥ 0 */
  readonly gap: number;
}

/** Result of {@link groupDivergence}. */
export interface GroupDivergence {
  /** one entry per group, in order of first appearance in the input */
  readonly groups: GroupMean[];
  /** null when fewer than two groups have at least `minN` answers */
  readonly gap: GroupGap | null;
  /** between-group SS / total SS; null when there are no answers or all answers are equal */
  readonly etaSquared: number | null;
}

/**
 * Group divergence on one item.
 *
 * η² treats the input as a partition (each state in one group, as with UN regional groups).
 * With overlapping groups (a state in both EU and NATO) the state is counted once per group
 * and η² loses its meaning; read the gap only.
 * @param pairs one (group, value) per state and group; include non-answering states with
 *   value null so `missing` is right
 * @param minN the least number of answers a group needs to take part in the gap (default 1),
 *   so a group where one state spoke cannot make the headline gap
 */
export function groupDivergence(pairs: Iterable<GroupValue>, minN = 1): GroupDivergence {
  const sums = new Map<string, { sum: number; n: number; missing: number }>();
  const values: number[] = [];
  for (const { group, value } of pairs) {
    let entry = sums.get(group);
    if (!entry) sums.set(group, (entry = { sum: 0, n: 0, missing: 0 }));
    if (value === null || Number.isNaN(value)) {
      entry.missing += 1;
      continue;
    }
    entry.sum += value;
    entry.n += 1;
    values.push(value);
  }

  const groups: GroupMean[] = [...sums].map(([group, e]) => ({
    group,
    mean: e.n === 0 ? null : e.sum / e.n,
    n: e.n,
    missing: e.missing,
  }));

  const eligible = groups.filter((g) => g.mean !== null && g.n >= Math.max(1, minN));
  let gap: GroupGap | null = null;
  if (eligible.length >= 2) {
    // Strict comparisons: on ties the group seen first wins, so output follows input order.
    let high = eligible[0];
    let low = eligible[0];
    for (const g of eligible) {
      if ((g.mean as number) > (high.mean as number)) high = g;
      if ((g.mean as number) < (low.mean as number)) low = g;
    }
    // All means equal: still a pair to report, with gap 0.
    if (high === low) low = eligible[1];
    gap = { high: high.group, low: low.group, gap: (high.mean as number) - (low.mean as number) };
  }

  return { groups, gap, etaSquared: etaSquared(values, groups) };
}

function etaSquared(values: number[], groups: GroupMean[]): number | null {
  if (values.length === 0) return null;
  // Equal values have zero variance; test exactly rather than compare a rounded SST with 0.
  if (values.every((v) => v === values[0])) return null;
  const grand = values.reduce((a, b) => a + b, 0) / values.length;
  let total = 0;
  for (const v of values) total += (v - grand) ** 2;
  let between = 0;
  for (const g of groups) if (g.mean !== null) between += g.n * (g.mean - grand) ** 2;
  // Clamp rounding so the share stays in [0, 1].
  return Math.min(1, Math.max(0, between / total));
}
