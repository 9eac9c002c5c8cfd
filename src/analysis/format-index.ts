/**
 * One way to print an index (consensus, η², group-informed consensus): two significant
 * figures, "< 0.01" for tiny positive values instead of 0.0036, "—" when there is none.
 */

/** Format an index in [0, 1] (or any small real) for the screen. */
export function formatIndex(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  if (Math.abs(x) < 0.01) return x > 0 ? '< 0.01' : '> −0.01';
  // toPrecision(2) gives "0.65", "0.071", "1.0"; Number() drops a trailing ".0" of 1.0 → "1".
  return String(Number(x.toPrecision(2))).replace('-', '−');
}
