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

/**
 * An entry as logged: a reduction keeps its SQL builder and arguments, and the text is built
 * only when someone reads the log. Building five scoped SQL texts (state lists included) on
 * every filter change cost Norms about 1 ms of its frame, for a panel that is usually closed.
 */
interface Entry {
  sql: string | null;
  build: (() => string) | null;
  /** the builder of a reduction: a newer reduction by the same builder replaces the older one */
  key: unknown;
  ms: number;
  rows: number;
  from: QueryOrigin;
  at: number;
}

// Plain (not reactive) list, newest first; `version` tells readers it changed.
let entries: Entry[] = [];
let changes = 0;
const version = $state({ n: 0 });

function add(e: Entry): void {
  entries = [e, ...entries.filter((x) => (e.key !== null ? x.key !== e.key : x.key !== null || x.sql !== e.sql))];
  if (entries.length > QUERY_LOG_SIZE) entries.length = QUERY_LOG_SIZE;
  // Written, never read, here: a query answered inside an effect (cache hits) must not make
  // that effect depend on the log it writes.
  version.n = ++changes;
}

/** The most recent queries, newest first (shown by the status line's "SQL" panel). */
export const queryLog = {
  get entries(): LoggedQuery[] {
    void version.n;
    return entries.map((e) => {
      if (e.sql === null && e.build) {
        e.sql = e.build();
        e.build = null;
      }
      return { sql: e.sql!, ms: e.ms, rows: e.rows, from: e.from, at: e.at };
    });
  },
};

/** Add an answered query to the log; a repeat of the same SQL moves to the top instead of doubling. */
export function logQuery(sql: string, ms: number, rows: number, from: QueryOrigin): void {
  add({ sql, build: null, key: null, ms: Math.round(ms), rows, from, at: performance.now() });
}

/**
 * Log the SQL equivalent of a result computed in JS from per-state facts (state/scope.svelte.ts),
 * so "the SQL behind this view" still shows, and the console can run, the query behind a number.
 * Pass the builder and its arguments as they are now (e.g. `app.filter`): the text is built when
 * the log is read, from these arguments.
 */
export function logReduction<A extends unknown[]>(build: (...args: A) => string, args: A, rows: number): void {
  add({ sql: null, build: () => build(...args), key: build, ms: 0, rows, from: 'js', at: performance.now() });
}
