import type { Codec } from './codecs';

/** Shared keys travel with the selection from view to view; local keys belong to one view. */
export type Scope = 'shared' | 'local';

/**
 * One declared parameter: its codec, default and scope; `key` is the URL key when it differs
 * from the declaration's field name (`actorSort` → `actor_sort`).
 */
export class ParamSpec<V> {
  constructor(
    readonly codec: Codec<NonNullable<V>>,
    readonly fallback: V,
    readonly scope: Scope,
    readonly key?: string,
  ) {}

  /** The same parameter under another URL key. */
  as(key: string): ParamSpec<V> {
    return new ParamSpec(this.codec, this.fallback, this.scope, key);
  }

  /** Value of a raw URL string (absent, empty or unreadable → the default). */
  read(raw: string | undefined): V {
    if (raw === undefined || raw === '') return this.fallback;
    const v = this.codec.decode(raw);
    return v === undefined ? this.fallback : v;
  }

  /** URL string for a value, or null when it is the default (defaults are left out of links). */
  write(value: V | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    const s = this.codec.encode(value as NonNullable<V>);
    const d = this.fallback === null ? null : this.codec.encode(this.fallback as NonNullable<V>);
    return s === d || s === '' ? null : s;
  }

  /** Same value? (equal encodings; null only equals null) */
  same(a: V, b: V): boolean {
    if (a === null || b === null) return a === b;
    return this.codec.encode(a as NonNullable<V>) === this.codec.encode(b as NonNullable<V>);
  }
}

/** A parameter of one view, with default null when none is given. */
export function local<T>(codec: Codec<T>): ParamSpec<T | null>;
export function local<T>(codec: Codec<T>, fallback: T): ParamSpec<T>;
export function local<T>(codec: Codec<T>, fallback: T | null = null): ParamSpec<T | null> {
  return new ParamSpec<T | null>(codec as Codec<NonNullable<T | null>>, fallback, 'local');
}

/** A parameter shared by every view that declares it (the selection); see `shared.ts`. */
export function shared<T>(codec: Codec<T>): ParamSpec<T | null>;
export function shared<T>(codec: Codec<T>, fallback: T): ParamSpec<T>;
export function shared<T>(codec: Codec<T>, fallback: T | null = null): ParamSpec<T | null> {
  return new ParamSpec<T | null>(codec as Codec<NonNullable<T | null>>, fallback, 'shared');
}
