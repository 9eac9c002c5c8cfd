import { DEFAULT_FILTER } from '../../queries/filter';
import { app } from '../app.svelte';
import { toHash } from '../url';
import { rawGet } from './store.svelte';
import type { ParamSpec } from './spec';

/** A view's declaration: field name → parameter. */
// A spec's value type varies by field, hence `any` here.
export type ParamSpecs = Record<string, ParamSpec<any>>;
/** The typed value of one declared parameter. */
export type ValueOf<P> = P extends ParamSpec<infer V> ? V : never;
/** Every declared value, by field name. */
export type Values<S extends ParamSpecs> = { readonly [K in keyof S]: ValueOf<S[K]> };
/** Some values to write; null (or the default) removes the key from the URL. */
export type Changes<S extends ParamSpecs> = { [K in keyof S]?: ValueOf<S[K]> | null };

/** What a view gets back from {@link declareParams}. */
export interface Declared<S extends ParamSpecs> {
  /** The view's name in the URL (`#/<view>`). */
  readonly view: string;
  /** One reactive, typed value per field; each notifies only when its value really changes. */
  readonly value: Values<S>;
  /** Write some values (encoded, defaults dropped) as ONE history entry. */
  set(changes: Changes<S>): void;
  /** The link to this view as it is now with some values changed (for `<a href>`). */
  href(changes?: Changes<S>): string;
  /** Go to this view from another: filter and shared keys kept, other views' keys dropped. */
  go(values?: Changes<S>): void;
  /** The link {@link go} leads to. */
  link(values?: Changes<S>): string;
  /** A bare link `#/<view>?…` with only these values (no filter), for links in data tables. */
  plainHref(values?: Changes<S>): string;
  /** The values a raw parameter record gives (pure; for tests and non-reactive code). */
  read(raw: Record<string, string | undefined>): Values<S>;
  /** The encoded changes (URL key → string, null = remove). */
  encode(changes: Changes<S>): Record<string, string | null>;
}

/**
 * Declare a view's URL parameters once. Each field names a parameter (its URL key is the field
 * name unless the spec says `.as('other_key')`); the result reads them typed and reactive and
 * writes them back in the canonical, byte-stable form of `toHash`.
 *
 * Call at module level (a view's `params.ts`), not inside a component: the per-key derived
 * values are then shared by every component of the view.
 */
export function declareParams<S extends ParamSpecs>(view: string, specs: S): Declared<S> {
  const keyOf = (field: string) => specs[field].key ?? field;
  const value = {} as Record<string, unknown>;
  for (const field of Object.keys(specs)) {
    const spec = specs[field];
    const key = keyOf(field);
    let last: unknown = undefined;
    let seen = false;
    // Reads only this key's string; returns the previous value when the new one is the same,
    // so a dependant re-runs only on a distinct value.
    const cell = $derived.by(() => {
      const v = spec.read(rawGet(key));
      if (seen && spec.same(v, last)) return last;
      seen = true;
      last = v;
      return v;
    });
    Object.defineProperty(value, field, { get: () => cell, enumerable: true });
  }
  const encode = (changes: Changes<S>) => {
    const out: Record<string, string | null> = {};
    for (const [field, v] of Object.entries(changes)) {
      if (!(field in specs)) throw new Error(`${view}: undeclared parameter "${field}"`);
      out[keyOf(field)] = specs[field].write(v);
    }
    return out;
  };
  const read = (raw: Record<string, string | undefined>) => {
    const out = {} as Record<string, unknown>;
    for (const field of Object.keys(specs)) out[field] = specs[field].read(raw[keyOf(field)]);
    return out as Values<S>;
  };
  return {
    view,
    value: value as Values<S>,
    set: (changes) => app.writeParams(encode(changes)),
    href: (changes = {}) => app.hrefAt(view, encode(changes)),
    go: (values = {}) => app.go(view, encode(values)),
    link: (values = {}) => app.hrefTo(view, encode(values)),
    plainHref: (values = {}) => toHash({ view, filter: { ...DEFAULT_FILTER }, params: present(encode(values)) }),
    read,
    encode,
  };
}

/** The values that are written (null = left out). */
function present(changes: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(changes)) if (v !== null) out[k] = v;
  return out;
}
