import { untrack } from 'svelte';
import type { QueryOrigin } from './coordinator';

/** One entry of the query log: the SQL behind what is on screen, for analysts to inspect. */
export interface LoggedQuery {
  sql: string;
  ms: number;
  rows: number;
  /** 'js': reduced in the browser from per-state facts; `sql` is the query that gives the same rows */
  from: QueryOrigin;
  at: number;
}

/** How many queries the log keeps. */
export const QUERY_LOG_SIZE = 25;

/** The most recent queries, newest first (shown by the status line's "SQL" panel). */
export const queryLog = $state<{ entries: LoggedQuery[] }>({ entries: [] });

/** Add an answered query to the log; a repeat of the same SQL moves to the top instead of doubling. */
export function logQuery(sql: string, ms: number, rows: number, from: QueryOrigin): void {
  const at = performance.now();
  // untrack: a query may be answered synchronously inside an effect (cache hits), and reading
  // the log there would make that effect depend on the log it writes.
  untrack(() => {
    queryLog.entries = [
      { sql, ms: Math.round(ms), rows, from, at },
      ...queryLog.entries.filter((e) => e.sql !== sql),
    ].slice(0, QUERY_LOG_SIZE);
  });
}

/**
 * Log the SQL equivalent of a result computed in JS from per-state facts (state/scope.svelte.ts),
 * so "the SQL behind this view" still shows, and the console can run, the query behind a number.
 */
export function logReduction(sql: string, rows: number): void {
  logQuery(sql, 0, rows, 'js');
}
