/**
 * Codecs: how one typed URL-parameter value is written to and read from its string. A codec's
 * `decode` returns undefined for anything it cannot read, and the declaration then falls back
 * to the parameter's default, so a mistyped or hand-edited link still opens the view.
 */
export interface Codec<T> {
  /** The value in `raw`, or undefined when it is unreadable (never called with ''). */
  decode(raw: string): T | undefined;
  /** The URL string for `value` (never called with null). */
  encode(value: T): string;
}

/** Three upper-case letters: the one ISO 3166-1 alpha-3 check of the app. */
export const ISO3 = /^[A-Z]{3}$/;

/** A state code (`state=FRA`). */
export const iso3: Codec<string> = token(ISO3);

/** One of a closed list of words (`tab=agreement`). */
export function oneOf<const T extends string>(values: readonly T[]): Codec<T> {
  return { decode: (raw) => (values.includes(raw as T) ? (raw as T) : undefined), encode: (v) => v };
}

/**
 * A free token checked by a pattern (`question=sovereignty_rule`); `normalize` runs first (e.g.
 * trim and lower-case roll-call tokens) so old spellings keep working.
 */
export function token(pattern: RegExp, normalize?: (raw: string) => string): Codec<string> {
  return {
    decode: (raw) => {
      const v = normalize ? normalize(raw) : raw;
      return pattern.test(v) ? v : undefined;
    },
    encode: (v) => v,
  };
}

/** `1` = true, `0` = false (so a flag whose default is on can be switched off: `group_actors=0`). */
export const flag: Codec<boolean> = {
  decode: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  encode: (v) => (v ? '1' : '0'),
};

/** A number read with `Number()`, within [min, max] and optionally whole (`threshold=12.5`, `k=3`). */
export function number(opts: { min: number; max: number; integer?: boolean }): Codec<number> {
  return {
    decode: (raw) => {
      const n = Number(raw);
      if (!Number.isFinite(n) || n < opts.min || n > opts.max) return undefined;
      return opts.integer && !Number.isInteger(n) ? undefined : n;
    },
    encode: (v) => String(v),
  };
}

/** A year written as four digits matching `pattern` (`year=2023`). */
export function year(pattern: RegExp = /^\d{4}$/): Codec<number> {
  return { decode: (raw) => (pattern.test(raw) ? Number(raw) : undefined), encode: (v) => String(v) };
}

/**
 * A pipe-separated list (`actors=FRA|DEU`): unreadable items are dropped, repeats kept once,
 * at most `max` items. `empty` is written for an empty list where "none" differs from the
 * default (`rc=none`).
 */
export function list<T>(item: Codec<T>, opts: { max?: number; empty?: string } = {}): Codec<T[]> {
  return {
    decode: (raw) => {
      const out: T[] = [];
      const seen = new Set<string>();
      for (const part of raw.split('|')) {
        const v = part === '' ? undefined : item.decode(part);
        if (v === undefined) continue;
        const key = item.encode(v);
        if (seen.has(key)) continue;
        out.push(v);
        seen.add(key);
      }
      return opts.max === undefined ? out : out.slice(0, opts.max);
    },
    encode: (v) => (v.length ? v.map((x) => item.encode(x)).join('|') : (opts.empty ?? '')),
  };
}

/**
 * Two named parts joined by `sep` (`cell=FRA.sovereignty_rule` → { actor, question }); only
 * the first two parts count, as `split(sep, 2)` reads them.
 */
export function pair<A extends string, B extends string>(
  sep: string,
  a: [A, Codec<string>],
  b: [B, Codec<string>],
): Codec<Record<A | B, string>> {
  return {
    decode: (raw) => {
      const [x, y] = raw.split(sep, 2);
      const va = x ? a[1].decode(x) : undefined;
      const vb = y ? b[1].decode(y) : undefined;
      return va === undefined || vb === undefined ? undefined : ({ [a[0]]: va, [b[0]]: vb } as Record<A | B, string>);
    },
    encode: (v) => `${a[1].encode(v[a[0]])}${sep}${b[1].encode(v[b[0]])}`,
  };
}
