/**
 * "Closest and farthest" partners of one state from a pairwise similarity matrix (vote
 * agreement or κ). Pairs with too few joint votes are left out: two states that met on one
 * roll call and agreed are not close allies.
 */

/** One partner of the focus state. */
export interface Partner {
  /** row of the partner in the matrix */
  readonly index: number;
  readonly value: number;
  readonly joint: number;
}

/** Options for {@link rankPartners}. */
export interface PartnerOptions {
  /** least joint votes for a pair to be ranked (default 1) */
  readonly minJoint?: number;
  /** partners per list (default 10) */
  readonly limit?: number;
}

/**
 * Most and least similar states to state `focus`. Ties are broken by more joint votes, then by
 * row order, so the lists are stable.
 * @param values n × n similarity, NaN = undefined
 * @param joint n × n joint-vote counts
 * @param n matrix side
 * @param focus the state's row
 * @param options joint-vote threshold and list length
 */
export function rankPartners(
  values: Float64Array,
  joint: ArrayLike<number>,
  n: number,
  focus: number,
  options: PartnerOptions = {},
): { closest: Partner[]; farthest: Partner[]; ranked: number } {
  if (focus < 0 || focus >= n) throw new RangeError(`rankPartners: focus ${focus} of ${n}`);
  const minJoint = options.minJoint ?? 1;
  const limit = options.limit ?? 10;
  const all: Partner[] = [];
  for (let j = 0; j < n; j++) {
    const value = values[focus * n + j];
    const count = joint[focus * n + j];
    if (j === focus || Number.isNaN(value) || count < minJoint) continue;
    all.push({ index: j, value, joint: count });
  }
  const byJointThenIndex = (a: Partner, b: Partner) => b.joint - a.joint || a.index - b.index;
  const closest = [...all].sort((a, b) => b.value - a.value || byJointThenIndex(a, b)).slice(0, limit);
  const farthest = [...all].sort((a, b) => a.value - b.value || byJointThenIndex(a, b)).slice(0, limit);
  return { closest, farthest, ranked: all.length };
}
