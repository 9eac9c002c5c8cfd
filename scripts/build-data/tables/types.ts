import type { DataPath } from '../../../src/validate/index';

/** How one shipped table is made from the staged raw CSVs (see data/SCHEMA.md). */
export interface TableDef {
  name: string;
  /** CSVs the table is built from; their hashes go into the manifest. */
  from: readonly DataPath[];
  /** SELECT over raw_* and source_map returning the final columns, typed, in final row order. */
  select: string;
  /** Manifest flags: flag name → aggregate over the built table, e.g. `count_if(inferred)`. */
  flags?: Readonly<Record<string, string>>;
  /** Whole-file sources that back the table besides its rows' source_id values. */
  extraSources?: readonly string[];
  /** Generated (illustrative) rows: flagged in the manifest, hidden by the filter bar's switch. */
  illustrative?: boolean;
}

/** `LEFT JOIN source_map` for a raw table alias and its URL column, exposing `<alias>_src.source_id`. */
export function joinSource(alias: string, column = 'source_url'): string {
  return `LEFT JOIN source_map ${alias}_src ON ${alias}_src.field = ${alias}.${column}`;
}
