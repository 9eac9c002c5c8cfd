/**
 * Colours of the maps' own marks (not data). Greys are reserved for "no value" (hatched) and for
 * land that is not a mapped state, so they never collide with a data colour; data palettes live
 * in ./colors.ts (d3-scale-chromatic / Okabe–Ito).
 */
import { lab } from 'd3';

/** Background of the hatched no-data pattern. */
export const NO_DATA_FILL = '#f3f3f3';
/** Hatch lines of the no-data pattern. */
export const NO_DATA_HATCH = '#a8a8a8';
/** Land that is not one of the mapped states (Greenland, Western Sahara, …): plain and quiet. */
export const OTHER_LAND_FILL = '#e6e6e6';
/** Outline of the selected state. */
export const SELECTED_STROKE = '#111111';

/** Text colour readable on `fill` (null = the no-data pattern): near-black on light fills, white on dark. */
export function labelColor(fill: string | null): string {
  if (fill === null) return '#3a3a3a';
  let c = labelColors.get(fill);
  if (c === undefined) {
    const l = lab(fill).l;
    c = Number.isNaN(l) || l > 58 ? '#1c1c1c' : '#ffffff';
    labelColors.set(fill, c);
  }
  return c;
}

// A map uses a few dozen fills at most; converting each to Lab once keeps 195 labels off the
// path of a filter change.
const labelColors = new Map<string, string>();
