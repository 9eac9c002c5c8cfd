/**
 * Number formats and the words for missing values, one per meaning, so a table in one view
 * and a sentence in another say the same thing the same way. Imports nothing.
 */

/** A missing figure in a table cell, chart label or figure list. */
export const MISSING = '—';

/** A missing figure inside running prose (the brief's sentences), where a dash would read as punctuation. */
export const NOT_AVAILABLE = 'n/a';

const absent = (v: number | null | undefined): v is null | undefined =>
  v === null || v === undefined || Number.isNaN(v);

/** A share in [0, 1] as a percentage: 0.834 → "83%" (`digits` decimals); missing → `missing`. */
export function pct(v: number | null | undefined, digits = 0, missing = MISSING): string {
  if (absent(v)) return missing;
  // Math.round for whole percents, so -0.001 reads "0%", never "-0%".
  return `${digits === 0 ? Math.round(v * 100) : (v * 100).toFixed(digits)}%`;
}

/** A number with fixed decimals: 0.8531 → "0.85"; missing → `missing`. */
export function num(v: number | null | undefined, digits = 2, missing = MISSING): string {
  return absent(v) ? missing : v.toFixed(digits);
}

/** "1 state" / "3 states". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Compare two names in English alphabetical order: the same order as `a.localeCompare(b, 'en')`,
 * but with one collator made once. `localeCompare` with a locale builds its collator on every
 * call, and lists of 195 states are sorted on every filter change.
 */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('en').compare;
