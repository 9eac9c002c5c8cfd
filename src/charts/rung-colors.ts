/**
 * Colours of the evidence ladder's rungs 1–4 (sequential ColorBrewer PuBu, readable in
 * greyscale); rung 0 "no evidence" is drawn hatched like missing data, never as a colour.
 */
export const RUNG_COLORS: readonly string[] = ['#f0f0f0', '#d0d1e6', '#a6bddb', '#3690c0', '#034e7b'];

/** Text colour that stays readable on each rung colour. */
export const RUNG_TEXT: readonly string[] = ['#5b6570', '#1d232b', '#1d232b', '#ffffff', '#ffffff'];
