/**
 * The SQL console's courtesy check. It is NOT the security boundary: the console runs on its own
 * DuckDB instance with a read-only copy of the data, external access off and its configuration
 * locked (src/db/console-sandbox.ts), so whatever slips past this text check cannot reach the
 * app. The check only turns the obvious mistakes (DROP, SET, ATTACH …) into a clear message
 * before the engine is asked. It reads the text once, left to right (linear time on any input).
 */

import { groupDigits } from '../vocab/format';

/** Statements the console accepts, by first keyword. */
const ALLOWED = [
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'DESCRIBE',
  'SUMMARIZE',
  'SHOW',
  'EXPLAIN',
  'PIVOT',
  'UNPIVOT',
];
/** Keywords refused anywhere outside strings and comments (they change data, files, settings or catalogs). */
const FORBIDDEN = [
  'ATTACH',
  'DETACH',
  'INSTALL',
  'LOAD',
  'COPY',
  'EXPORT',
  'IMPORT',
  'PRAGMA',
  'SET',
  'RESET',
  'USE',
  'CHECKPOINT',
  'VACUUM',
  'CALL',
  'CREATE',
  'INSERT',
  'UPDATE',
  'DELETE',
  'DROP',
  'ALTER',
  'TRUNCATE',
];
/** Longest input checked; longer text is refused before any scanning. */
export const CONSOLE_MAX_CHARS = 100_000;

/** Outcome of checking console input. */
export type ConsoleCheck = { ok: true; statements: string[] } | { ok: false; error: string };

/**
 * Replace string literals (`'…'`, `E'…'` with backslash escapes, `$tag$…$tag$`), quoted
 * identifiers and comments with blanks, keeping offsets. One pass, no regular-expression
 * backtracking, so a crafted input cannot stall the page.
 */
export function maskSql(sql: string): string {
  const out = sql.split('');
  const n = sql.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  while (i < n) {
    const c = sql[i];
    const prev = i > 0 ? sql[i - 1] : '';
    if (c === "'") {
      // E'…' (or e'…') strings take backslash escapes; plain ones only the doubled quote.
      const escapes = (prev === 'E' || prev === 'e') && !/[A-Za-z0-9_]/.test(i > 1 ? sql[i - 2] : '');
      let j = i + 1;
      while (j < n) {
        if (escapes && sql[j] === '\\') j += 2;
        else if (sql[j] === "'" && sql[j + 1] === "'") j += 2;
        else if (sql[j] === "'") break;
        else j += 1;
      }
      blank(i, Math.min(j + 1, n));
      i = j + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && !(sql[j] === '"' && sql[j + 1] !== '"')) j += sql[j] === '"' ? 2 : 1;
      blank(i, Math.min(j + 1, n));
      i = j + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      let j = sql.indexOf('\n', i);
      if (j < 0) j = n;
      blank(i, j);
      i = j;
    } else if (c === '/' && sql[i + 1] === '*') {
      let j = sql.indexOf('*/', i + 2);
      j = j < 0 ? n : j + 2;
      blank(i, j);
      i = j;
    } else if (c === '$' && !/[A-Za-z0-9_$]/.test(prev)) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 64));
      if (!tag) {
        i += 1;
        continue;
      }
      let j = sql.indexOf(tag[0], i + tag[0].length);
      j = j < 0 ? n : j + tag[0].length;
      blank(i, j);
      i = j;
    } else {
      i += 1;
    }
  }
  return out.join('');
}

/** Split on semicolons outside strings and comments; drops empty statements. */
export function splitStatements(sql: string): string[] {
  const masked = maskSql(sql);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i === masked.length || masked[i] === ';') {
      if (masked.slice(start, i).trim()) out.push(sql.slice(start, i).trim());
      start = i + 1;
    }
  }
  return out;
}

/** Check console input: read-only statements only, at most `max` of them. */
export function checkConsoleSql(sql: string, max = 5): ConsoleCheck {
  if (sql.length > CONSOLE_MAX_CHARS)
    return {
      ok: false,
      error: `The console takes at most ${groupDigits(CONSOLE_MAX_CHARS)} characters (got ${groupDigits(sql.length)}).`,
    };
  const masked = maskSql(sql);
  const statements = splitStatements(sql);
  if (statements.length === 0) return { ok: false, error: 'Type a query, e.g. SELECT * FROM states LIMIT 10' };
  if (statements.length > max)
    return { ok: false, error: `At most ${max} statements at a time (got ${statements.length}).` };
  let from = 0;
  for (const [i, stmt] of statements.entries()) {
    // Words of the masked statement (same offsets as the original).
    const at = sql.indexOf(stmt, from);
    from = at + stmt.length;
    const words =
      masked
        .slice(at, at + stmt.length)
        .toUpperCase()
        .match(/[A-Z_]+/g) ?? [];
    const first = words[0] ?? '';
    if (!ALLOWED.includes(first)) {
      return {
        ok: false,
        error: `Statement ${i + 1} starts with ${first || '(nothing)'}: the console is read-only and runs only ${ALLOWED.join(', ')} statements.`,
      };
    }
    const bad = words.find((w) => FORBIDDEN.includes(w));
    if (bad)
      return {
        ok: false,
        error: `Statement ${i + 1} uses ${bad}, which the console does not allow (it would change data, the session, files or settings).`,
      };
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
