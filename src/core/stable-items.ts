/**
 * Structural sharing for keyed lists. Views rebuild their rows on every filter change, so every
 * row is a new object and a keyed `{#each}` re-runs every row's effects even when only a few
 * rows changed. Passing the rows through a `StableItems` keeps the previous object for each row
 * whose fields are all equal (`===`, one level deep), so only the rows that changed update.
 */
export class StableItems<T extends object> {
  #previous = new Map<string, T>();
  readonly #key: (item: T) => string;

  /** @param key the row's identity, the same key its `{#each}` uses */
  constructor(key: (item: T) => string) {
    this.#key = key;
  }

  /** `next` with each row replaced by the previous call's row of the same key when they are equal. */
  share(next: readonly T[]): T[] {
    const kept = new Map<string, T>();
    const out = next.map((item) => {
      const k = this.#key(item);
      const old = this.#previous.get(k);
      const row = old && shallowEqual(old, item) ? old : item;
      kept.set(k, row);
      return row;
    });
    this.#previous = kept;
    return out;
  }
}

/** Same own keys, and each value identical (`===`). */
export function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of ka) if (!(k in rb) || ra[k] !== rb[k]) return false;
  return true;
}
