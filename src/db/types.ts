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

/** Limits on what one console statement may return (the rest is never read from the engine). */
export interface ConsoleLimits {
  /** rows kept; reading stops at the first row past this */
  rows: number;
  /** Arrow bytes kept; reading stops at the first batch past this */
  bytes: number;
}

/** What the console keeps of its last statement. */
export interface ConsoleOutput {
  columns: string[];
  rows: Row[];
  /** why reading stopped early, if it did */
  truncated: 'rows' | 'bytes' | null;
  /** Arrow bytes read */
  bytes: number;
}

/**
 * The SQL console's own DuckDB: a separate instance (in the browser, its own worker) holding a
 * read-only copy of the shipped data, with external access off and its configuration locked
 * before any user statement. Nothing typed there reaches the app's instance.
 */
export interface ConsoleSandbox {
  /** Run statements in order on a fresh connection; returns the last one's limited output. */
  run(statements: readonly string[], limits: ConsoleLimits): Promise<ConsoleOutput>;
  /** False once a user statement has detached or re-attached the copy (the sandbox is then replaced). */
  healthy(): Promise<boolean>;
  /** Stop the instance (terminates its worker in the browser, abandoning whatever runs there). */
  close(): Promise<void>;
}

/** Memory the console's instance may use for query processing. */
export const CONSOLE_MEMORY = '512MB';

/**
 * Lock-down for the console's instance, run before the first user statement: no extension
 * download or autoload, the shipped copy attached READ_ONLY, a memory cap, no file or network
 * access, then `lock_configuration` so no later SET/RESET/PRAGMA can undo any of it.
 */
export function consoleLockdownSql(fileName: string = SHIPPED_FILE): string {
  return [
    SAFE_SETTINGS_SQL,
    `ATTACH '${fileName}' AS ${SHIPPED_ALIAS} (READ_ONLY)`,
    `USE ${SHIPPED_ALIAS}`,
    `SET memory_limit = '${CONSOLE_MEMORY}'`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ].join(';\n');
}

/**
 * 1 when the shipped copy is still attached read-only. Qualified with `system.main` so a user
 * macro named duckdb_databases cannot answer instead.
 */
export const CONSOLE_HEALTH_SQL = `SELECT count(*)::INTEGER AS n FROM system.main.duckdb_databases() WHERE database_name = '${SHIPPED_ALIAS}' AND readonly`;
