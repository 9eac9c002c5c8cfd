/** Number formats of the norms view: one place, so the table and the detail agree. */

import { MISSING, num } from '../../vocab/format';

/** A share in [0, 1] as a whole percent (vocab). */
export { pct } from '../../vocab/format';

/** An index in [0, 1] with two decimals. */
export const idx = (v: number | null): string => num(v, 2);

/** Group-informed consensus: products of several factors get small, so three significant digits. */
export const gicFmt = (v: number | null): string =>
  v === null ? MISSING : v >= 0.01 ? v.toFixed(3) : v.toPrecision(2);
