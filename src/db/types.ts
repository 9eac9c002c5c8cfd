/**
 * The engine contract every other layer codes against. Only files in `src/db/` know which
 * DuckDB build sits behind it (duckdb-wasm in a worker in the browser, the node-blocking
 * bundle in tests).
 */

/** A scalar after normalisation: what a row cell may hold once it leaves `src/db/`. */
export type Cell = string | number | boolean | null | Cell[];

/** A plain result row. */
export type Row = Record<string, Cell>;

/**
 * An Arrow table as both Arrow copies (ESM in the browser, CJS in Node) present it. Checked by
 * shape, never with `instanceof`, because two Arrow builds do not share classes.
 */
export interface ArrowTableLike {
  readonly numRows: number;
  readonly schema: { readonly fields: ReadonlyArray<{ readonly name: string }> };
  toArray(): ArrayLike<{ toJSON(): Record<string, unknown> } | null>;
}

/** The database handle used by queries, state and export code. */
export interface Db {
  /** Run a statement that returns rows; resolves to the Arrow result. */
  query(sql: string): Promise<ArrowTableLike>;
  /** Run one or more statements for their side effects. */
  exec(sql: string): Promise<void>;
  /** Make bytes readable from SQL under `name` (user uploads, fixtures). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Forget a file registered with `registerFile`. */
  dropFile(name: string): Promise<void>;
  /** Engine version string, e.g. "v1.4.3". */
  version(): Promise<string>;
  /**
   * A second connection to the same database. Temporary tables and settings are per connection,
   * so whatever runs there (the SQL console) cannot shadow the tables the app's queries read.
   */
  isolated(): Promise<Db>;
}

/** Settings applied to every connection: duckdb-wasm must never try to download extensions. */
export const SAFE_SETTINGS_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
].join(';\n');

/** Name under which the shipped database file is registered and the alias it is attached as. */
export const SHIPPED_FILE = 'common-ground.duckdb';
export const SHIPPED_ALIAS = 'cg';

/** SQL that attaches the shipped database read-only and makes it the default catalog. */
export function attachShippedSql(fileName: string = SHIPPED_FILE): string {
  return `ATTACH '${fileName}' AS ${SHIPPED_ALIAS} (READ_ONLY);\nUSE ${SHIPPED_ALIAS};`;
}
