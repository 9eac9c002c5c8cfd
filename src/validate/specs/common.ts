import type { ColumnSpec } from '../types';

// Small builders so each spec reads like the DATA.md column table it mirrors.

/** Required free-text column. */
export const text = (name: string): ColumnSpec => ({ name, type: 'string' });
/** Optional free-text column. */
export const optionalText = (name: string): ColumnSpec => ({ name, type: 'string', nullable: true });
/** ISO 3166-1 alpha-3 code. */
export const iso3 = (name = 'iso3'): ColumnSpec => ({
  name,
  type: 'string',
  pattern: /^[A-Z]{3}$/,
  patternHint: 'three upper-case letters (ISO3)',
});
/** Boolean written as the strings true / false. */
export const bool = (name: string): ColumnSpec => ({ name, type: 'boolean' });
/** Enumerated column. */
export const oneOf = (name: string, values: readonly string[], nullable = false): ColumnSpec => ({
  name,
  type: 'enum',
  values,
  nullable,
});
/** Integer column with optional bounds. */
export const int = (name: string, min?: number, max?: number, nullable = false): ColumnSpec => ({
  name,
  type: 'integer',
  min,
  max,
  nullable,
});
/** Year of a statement or membership: plausible range only, real ranges live in DATA.md. */
export const year = (name: string, nullable = true): ColumnSpec => int(name, 1900, 2100, nullable);
/** Source URL cell (one or more URLs); resolution against sources.csv is a dataset rule. */
export const sourceUrl = (name = 'source_url'): ColumnSpec => ({
  name,
  type: 'string',
  pattern: /https?:\/\//,
  patternHint: 'a cell containing an http(s) URL',
});
