/**
 * Quantiles by linear interpolation between order statistics: Hyndman & Fan type 7, the
 * default of R, NumPy and d3.quantile, so a number here matches what an analyst recomputes
 * in their own tool.  h = (n − 1)·q,  Q(q) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)  (0-based).
 */

/**
 * Type-7 quantile of values already sorted ascending.
 * @param sorted ascending numbers without NaN
 * @param q probability in [0, 1]
 * @returns the quantile, or null for an empty input
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q = ${q} is outside [0, 1]`);
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Non-missing values sorted ascending; null and NaN are dropped, never read as 0.
 * @param values numbers, null or NaN for missing
 */
export function sortedPresent(values: Iterable<number | null>): number[] {
  const present: number[] = [];
  for (const v of values) if (v !== null && !Number.isNaN(v)) present.push(v);
  return present.sort((a, b) => a - b);
}

/**
 * Type-7 quantile of unsorted values, missing values dropped.
 * @param values numbers, null or NaN for missing
 * @param q probability in [0, 1]
 */
export function quantile(values: Iterable<number | null>, q: number): number | null {
  return quantileSorted(sortedPresent(values), q);
}

/**
 * Median (type-7 quantile at 0.5), missing values dropped.
 * @param values numbers, null or NaN for missing
 */
export function median(values: Iterable<number | null>): number | null {
  return quantile(values, 0.5);
}
