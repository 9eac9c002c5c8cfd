/**
 * Tastle–Wierman ordinal consensus (Tastle & Wierman 2007, "Consensus and dissention: a
 * measure of ordinal dispersion"). Chosen over variance or a top-box share because it uses
 * the order of the levels: a split between "supports" and "qualified" is more consensus than a
 * split between "supports" and "opposes", and it is bounded in [0, 1] on any scale width.
 *
 *   Cns = 1 + Σ p_i log2(1 − |x_i − μ| / d),   μ = Σ p_i x_i,   d = x_max − x_min
 */

import { distribution, type OrdinalScale } from './ordinal';

/**
 * Ordinal consensus of one distribution of answers.
 * @param weights answers per level (counts, or proportions: they are divided by their sum)
 * @param positions the level positions x_i, strictly increasing; default 0, 1, …, L−1
 * @returns 1 when every answer is the same level, 0 for a 50/50 split between the two
 *   extreme levels; null when there are no answers
 */
export function ordinalConsensus(weights: readonly number[], positions?: readonly number[]): number | null {
  const levels = weights.length;
  if (levels < 2) throw new RangeError('ordinalConsensus: needs a scale of at least 2 levels');
  const x = positions ?? weights.map((_, i) => i);
  if (x.length !== levels) throw new RangeError('ordinalConsensus: one position per level');
  for (let i = 1; i < levels; i++) {
    if (!(x[i] > x[i - 1])) throw new RangeError('ordinalConsensus: positions must increase');
  }
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`ordinalConsensus: bad weight ${w}`);
    total += w;
  }
  if (total === 0) return null;

  const width = x[levels - 1] - x[0];
  let mean = 0;
  for (let i = 0; i < levels; i++) mean += (weights[i] / total) * x[i];

  let sum = 0;
  for (let i = 0; i < levels; i++) {
    const p = weights[i] / total;
    // 0 · log 0 is taken as 0: an empty level says nothing about dispersion. It is also the
    // only way the log's argument can reach 0 (an extreme level while μ sits at the other).
    if (p === 0) continue;
    sum += p * Math.log2(1 - Math.abs(x[i] - mean) / width);
  }
  return 1 + sum;
}

/**
 * Convenience: consensus of raw answers on a scale, using level positions 0..L−1.
 * Positions, not support scores, because the scale's scores may tie levels (planned = none).
 * @param answers one answer per state, null when the state did not answer
 * @param scale the answers' scale
 * @returns as {@link ordinalConsensus}
 */
export function consensusOfAnswers<L extends string>(
  answers: Iterable<L | null>,
  scale: OrdinalScale<L>,
): number | null {
  return ordinalConsensus(distribution(answers, scale.levels).counts);
}
