/**
 * The raw record of view parameters from the URL hash (`key → string`), private to the state
 * module: views read and write it only through their declarations (`declare.svelte.ts`).
 * The record is mutated key by key, so a reader of one key is notified only when that key's
 * string changes.
 */
const raw = $state<Record<string, string>>({});

/** The string of one key (a reactive read of that key alone). */
export function rawGet(key: string): string | undefined {
  return raw[key];
}

/** A plain copy of the record (for serialising the hash). */
export function rawSnapshot(): Record<string, string> {
  return { ...raw };
}

/** Replace the record with `next`, touching only keys whose string changed. */
export function rawReplace(next: Record<string, string>): void {
  for (const k of Object.keys(raw)) if (!(k in next)) delete raw[k];
  for (const [k, v] of Object.entries(next)) if (raw[k] !== v) raw[k] = v;
}

/** Set or clear (null) some keys. */
export function rawWrite(changes: Record<string, string | null>): void {
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') {
      if (k in raw) delete raw[k];
    } else if (raw[k] !== v) raw[k] = v;
  }
}

/** Drop every key not in `keep` (leaving a view: its local keys do not leak into the next). */
export function rawKeepOnly(keep: ReadonlySet<string>): void {
  for (const k of Object.keys(raw)) if (!keep.has(k)) delete raw[k];
}
