/** A state as pickers list it: shown by its UN name; `alias` (states.name_common) only helps finding it. */
export interface PickableState {
  iso3: string;
  name: string;
  alias?: string | null;
}

/** Lower case without diacritics or punctuation, so "cote divoire" finds "Côte d’Ivoire". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * States whose UN name, common-name alias or ISO3 code contains the query (folded); all states
 * for an empty query. Order is kept, so the list stays alphabetical by UN name.
 */
export function searchStates<T extends PickableState>(states: readonly T[], query: string): T[] {
  const q = foldName(query);
  if (q === '') return [...states];
  return states.filter(
    (s) => foldName(s.name).includes(q) || foldName(s.alias ?? '').includes(q) || s.iso3.toLowerCase() === q,
  );
}
