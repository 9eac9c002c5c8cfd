/**
 * The UN regional groups: their spelling in the data (`states.un_regional_group`), their display
 * order, and the names people read. One list for the app, the validator and the bench scripts;
 * this module imports nothing, so every layer may use it.
 */

/** The five UN regional groups in display order, spelt as the states table spells them. */
export const UN_GROUPS = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'] as const;

/** One of the five UN regional groups. */
export type UnGroup = (typeof UN_GROUPS)[number];

/** Label for states in no UN regional group (observers, and the USA before its WEOG convention). */
export const NO_GROUP = 'No UN regional group';

/** True for a string that names one of the five groups. */
export const isUnGroup = (g: string | null | undefined): g is UnGroup =>
  (UN_GROUPS as readonly string[]).includes(g ?? '');

/** Rank in display order: the five groups first, anything else (no group, unknown) after them. */
export function groupRank(g: string | null | undefined): number {
  const i = (UN_GROUPS as readonly string[]).indexOf(g ?? '');
  return i === -1 ? UN_GROUPS.length : i;
}

/** Headings and table labels: "African Group"; GRULAC and WEOG are read by their acronyms. */
const SHORT_NAMES: Record<string, string> = {
  African: 'African Group',
  'Asia-Pacific': 'Asia-Pacific Group',
  'Eastern European': 'Eastern European Group',
};

/** Full names for written prose (the brief), acronyms spelt out once. */
const FULL_NAMES: Record<string, string> = {
  ...SHORT_NAMES,
  GRULAC: 'Latin American and Caribbean Group (GRULAC)',
  WEOG: 'Western European and Others Group (WEOG)',
};

/** "African" → "African Group", "WEOG" → "WEOG"; any other label unchanged. */
export const groupName = (g: string): string => SHORT_NAMES[g] ?? g;

/** "WEOG" → "Western European and Others Group (WEOG)"; any other label unchanged. */
export const groupFullName = (g: string): string => FULL_NAMES[g] ?? g;
