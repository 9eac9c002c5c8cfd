/**
 * Standard normal tail probabilities for the significance tests in representative.ts.
 * erf uses Abramowitz & Stegun formula 7.1.26: |error| ≤ 1.5 × 10⁻⁷ for all x. That is ample
 * for deciding p < 0.05 or p < 0.01; it is not meant for p-values below about 10⁻⁶, where the
 * absolute error becomes large relative to p.
 */

const P = 0.3275911;
const A1 = 0.254829592;
const A2 = -0.284496736;
const A3 = 1.421413741;
const A4 = -1.453152027;
const A5 = 1.061405429;

/**
 * Error function, A&S 7.1.26 (absolute error ≤ 1.5e−7).
 * @param x any real number
 */
export function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const ax = Math.abs(x);
  const t = 1 / (1 + P * ax);
  const poly = ((((A5 * t + A4) * t + A3) * t + A2) * t + A1) * t;
  return sign * (1 - poly * Math.exp(-ax * ax));
}

/**
 * Standard normal CDF Φ(z) = (1 + erf(z / √2)) / 2 (absolute error ≤ 7.5e−8).
 * @param z a z-score
 */
export function normalCdf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/**
 * Two-sided p-value of a z-score: P(|Z| ≥ |z|) = 1 − erf(|z| / √2).
 * @param z a z-score
 */
export function twoSidedPValue(z: number): number {
  return Math.max(0, 1 - erf(Math.abs(z) / Math.SQRT2));
}
