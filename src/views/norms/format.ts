/** Number formats of the norms view: one place, so the table and the detail agree. */

/** A share in [0, 1] as a whole percent, or an em dash for no value. */
export const pct = (v: number | null): string => (v === null ? '—' : `${Math.round(v * 100)}%`);

/** An index in [0, 1] with two decimals. */
export const idx = (v: number | null): string => (v === null ? '—' : v.toFixed(2));

/** Group-informed consensus: products of several factors get small, so three significant digits. */
export const gicFmt = (v: number | null): string => (v === null ? '—' : v >= 0.01 ? v.toFixed(3) : v.toPrecision(2));
