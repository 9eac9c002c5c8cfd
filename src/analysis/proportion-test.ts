/**
 * Pooled two-proportion z-test: does a cluster agree with an item at a different rate than
 * the other states? Pooled because the null hypothesis is that both share one rate.
 *   p̂ = (x₁ + x₂) / (n₁ + n₂),  z = (x₁/n₁ − x₂/n₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂))
 * The normal approximation is rough below about 5 agrees or disagrees per side; callers show
 * the counts with the result. Fractional x (half agrees) is accepted as a continuous count.
 */

import { twoSidedPValue } from './normal';

/** Result of {@link twoProportionZTest}. */
export interface ProportionTest {
  /** x₁/n₁ */
  readonly share1: number;
  /** x₂/n₂ */
  readonly share2: number;
  /** share1 − share2 */
  readonly difference: number;
  readonly z: number;
  /** two-sided p-value (A&S erf, absolute error ≤ 1.5e−7) */
  readonly p: number;
}

/**
 * Pooled two-proportion z-test.
 * @param x1 successes in sample 1
 * @param n1 size of sample 1
 * @param x2 successes in sample 2
 * @param n2 size of sample 2
 * @returns the test, or null when a sample is empty or the pooled share is 0 or 1 (no
 *   variance: both samples unanimous the same way, nothing to test)
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ProportionTest | null {
  if (x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) throw new RangeError(`twoProportionZTest: ${x1}/${n1} vs ${x2}/${n2}`);
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return null;
  const share1 = x1 / n1;
  const share2 = x2 / n2;
  const z = (share1 - share2) / Math.sqrt(variance);
  return { share1, share2, difference: share1 - share2, z, p: twoSidedPValue(z) };
}
