/**
 * Typed, per-key URL state: each view declares its parameters once (`declareParams`) with
 * codecs from here, and reads, writes and links them through what the declaration returns.
 */
export { ISO3, flag, iso3, list, number, oneOf, pair, token, year, type Codec } from './codecs';
export { ParamSpec, local, shared, type Scope } from './spec';
export { SHARED, SHARED_KEYS } from './shared';
export { declareParams, type Changes, type Declared, type ParamSpecs, type Values } from './declare.svelte';
