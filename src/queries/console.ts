/**
 * The SQL console's guard. The shipped database is attached READ_ONLY and the console runs on
 * its own connection, so writes to shipped tables fail anyway; this guard also keeps out the
 * statements that would change the session for everyone (DETACH, ATTACH, SET, INSTALL, …) and
 * gives a clear message instead of an engine error.
 */

/** Statements the console accepts, by first keyword. */
const ALLOWED = ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN', 'PIVOT', 'UNPIVOT'];
/** Keywords refused anywhere outside strings and comments (they change files, settings or catalogs). */
const FORBIDDEN = ['ATTACH', 'DETACH', 'INSTALL', 'LOAD', 'COPY', 'EXPORT', 'IMPORT', 'PRAGMA', 'SET', 'RESET', 'USE', 'CHECKPOINT', 'VACUUM', 'CALL'];

/** Outcome of checking console input. */
export type ConsoleCheck = { ok: true; statements: string[] } | { ok: false; error: string };

/** Replace string literals, quoted identifiers and comments with blanks (keeps offsets). */
export function maskSql(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, (m) => ' '.repeat(m.length));
}

/** Split on semicolons outside strings and comments; drops empty statements. */
export function splitStatements(sql: string): string[] {
  const masked = maskSql(sql);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i === masked.length || masked[i] === ';') {
      const stmt = sql.slice(start, i).trim();
      if (maskSql(stmt).trim()) out.push(stmt);
      start = i + 1;
    }
  }
  return out;
}

/** Check console input: read-only statements only, at most `max` of them. */
export function checkConsoleSql(sql: string, max = 5): ConsoleCheck {
  const statements = splitStatements(sql);
  if (statements.length === 0) return { ok: false, error: 'Type a query, e.g. SELECT * FROM states LIMIT 10' };
  if (statements.length > max) return { ok: false, error: `At most ${max} statements at a time (got ${statements.length}).` };
  for (const [i, stmt] of statements.entries()) {
    const words = maskSql(stmt).toUpperCase().match(/[A-Z_]+/g) ?? [];
    const first = words[0] ?? '';
    if (!ALLOWED.includes(first)) {
      return { ok: false, error: `Statement ${i + 1} starts with ${first || '(nothing)'}: the console is read-only and runs only ${ALLOWED.join(', ')} statements.` };
    }
    const bad = words.find((w) => FORBIDDEN.includes(w));
    if (bad) return { ok: false, error: `Statement ${i + 1} uses ${bad}, which the console does not allow (it would change the session, files or settings).` };
  }
  return { ok: true, statements };
}

/** Tables and views of the shipped database with row and column counts (the data dictionary). */
export function catalogSql(): string {
  return `SELECT t.table_name, t.estimated_size::INTEGER AS rows, t.column_count::INTEGER AS columns
FROM duckdb_tables() t WHERE t.database_name = 'cg' ORDER BY t.table_name`;
}

/** Row type of `catalogSql`. */
export interface CatalogRow {
  table_name: string;
  rows: number;
  columns: number;
}

/** Columns of one shipped table. */
export function columnsSql(table: string): string {
  return `SELECT column_name, data_type, is_nullable FROM duckdb_columns()
WHERE database_name = 'cg' AND table_name = '${table.replaceAll("'", "''")}' ORDER BY column_index`;
}

/** Row type of `columnsSql`. */
export interface ColumnRow {
  column_name: string;
  data_type: string;
  is_nullable: boolean;
}
