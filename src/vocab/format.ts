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

/**
 * An integer with English thousands separators, "600,000": what `toLocaleString('en')` gives,
 * without building ICU's number formatting data (5–18 ms on its first use in a page, Chromium).
 */
export function groupDigits(n: number): string {
  if (!Number.isInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// Spaces and punctuation in the order English collation (CLDR root, ICU) gives them: before
// digits and letters, in this sequence. Typographic quotes and dashes rank next to their plain forms.
const VARIABLE = ' _-–—,;:!?.\'‘’"“”()[]{}@*/\\&#%`^+<=>|~$';
// Letters that do not decompose into a base letter and a mark.
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ħ: 'h', ı: 'i', þ: 'th' };
const keys = new Map<string, string>();

function nameKey(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    k = '';
    for (const c of s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) {
      const v = VARIABLE.indexOf(c);
      k += v >= 0 ? String.fromCharCode(1 + v) : (LETTERS[c] ?? c);
    }
    if (keys.size > 20_000) keys.clear(); // names are a few thousand; imported text is bounded too
    keys.set(s, k);
  }
  return k;
}

/**
 * Compare two names in English alphabetical order: letters without regard to accents or case,
 * spaces and punctuation before digits and letters, as `Intl.Collator('en')` orders them (a
 * test checks every name, title and publisher in the shipped data against it; names equal but
 * for accents or case: unaccented, then lower case first). Not the
 * collator itself: building ICU's collation data costs 7–18 ms on the first use in a page
 * (Chromium), on every first screen.
 */
export function compareNames(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a === b) return 0;
  // Equal but for accents or case: unaccented first, then lower case first, as the collator.
  const accents = (s: string) => s.normalize('NFD').toLowerCase();
  if (accents(a) !== accents(b)) return accents(a) < accents(b) ? -1 : 1;
  const swapped = (s: string) =>
    [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
  return swapped(a) < swapped(b) ? -1 : swapped(a) > swapped(b) ? 1 : 0;
}
