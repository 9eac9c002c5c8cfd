/**
 * The minimum basis for a finding, defined once (issue: "no finding built on one answer").
 * A comparison of two or more sides (clusters, groups) is a finding only when every side
 * compared has at least MIN_ANSWERS_PER_SIDE answers; below that it is reported as
 * "too few answers", never as agreement, divergence, a representative or a divisive item.
 * The same rule governs the opinion map's item lists, the Law and Norms divergence cells and
 * the Brief.
 */

/** Least answers each side of a comparison needs (5: one answer more or less moves a share by ≤ 20 points). */
export const MIN_ANSWERS_PER_SIDE = 5;

/** True when every side compared has at least `min` answers. */
export function meetsBasis(answeredPerSide: ArrayLike<number>, min = MIN_ANSWERS_PER_SIDE): boolean {
  if (answeredPerSide.length === 0) return false;
  for (let i = 0; i < answeredPerSide.length; i++) if (answeredPerSide[i] < min) return false;
  return true;
}

/** Sides that have some answers but fewer than `min` (the reason a comparison is "too few answers"). */
export function thinSides(answeredPerSide: ArrayLike<number>, min = MIN_ANSWERS_PER_SIDE): number[] {
  const out: number[] = [];
  for (let i = 0; i < answeredPerSide.length; i++) if (answeredPerSide[i] < min) out.push(i);
  return out;
}

/** Plain words for the rule, for tooltips and method notes. */
export function basisRuleWords(min = MIN_ANSWERS_PER_SIDE): string {
  return `A difference or agreement is reported only when each side compared has at least ${min} answers; below that it says "too few answers".`;
}
