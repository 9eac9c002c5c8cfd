/**
 * Colours for legal stances. Blue / amber / dark red differ in hue and in lightness, so they
 * stay apart for the common colour-vision deficiencies and in greyscale; every mark also
 * carries a glyph, so colour is never the only cue.
 */
export const STANCE_COLORS = { supports: '#2166ac', qualified: '#e8b54a', opposes: '#9e1f2f' } as const;

/** Paler tints for states covered only by a group's position (a separate layer, not their own stance). */
export const COVERED_COLORS = {
  supports: '#b7cfe6',
  qualified: '#f5e2b8',
  opposes: '#dfb2b8',
  mixed: '#d9d9d9',
} as const;

/** Glyphs drawn in stance cells. */
export const STANCE_GLYPHS = { supports: '+', qualified: '±', opposes: '−' } as const;

/** Text colour readable on each stance fill. */
export const STANCE_INK = { supports: '#ffffff', qualified: '#1d232b', opposes: '#ffffff' } as const;
