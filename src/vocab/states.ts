/** State names as the app shows them: the UN name (`states.name`), never the ISO3 code, unless the state is unknown. */

/** A lookup from ISO3 to UN name over a list of states; an unknown code reads as itself. */
export function stateNamer(states: Iterable<{ iso3: string; name: string }>): (iso3: string) => string {
  const names = new Map<string, string>();
  for (const s of states) names.set(s.iso3, s.name);
  return (iso3) => names.get(iso3) ?? iso3;
}
