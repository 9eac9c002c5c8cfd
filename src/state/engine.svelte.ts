import { untrack } from 'svelte';
import { getBrowserDb, toRows, type Db, type Row } from '../db';
import { loadSnapshot } from './snapshot';

/** Engine status shown in the shell. */
class EngineState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<string | null>(null);
  /** ms from navigation start to DuckDB ready (for the status line and the benchmark). */
  readyAt = $state<number | null>(null);
  db: Db | null = null;
  private started: Promise<Db> | null = null;

  /** Start DuckDB (idempotent). */
  start(): Promise<Db> {
    this.started ??= getBrowserDb().then(
      (db) => {
        this.db = db;
        this.status = 'ready';
        this.readyAt = Math.round(performance.now());
        performance.mark('cg:duckdb-ready');
        document.documentElement.dataset.duckdb = 'ready';
        return db;
      },
      (e: unknown) => {
        this.status = 'error';
        this.error = e instanceof Error ? e.message : String(e);
        throw e;
      },
    );
    return this.started;
  }
}

/** The single engine instance. */
export const engine = new EngineState();

/**
 * Run a SELECT and return plain rows. Served from the snapshot while DuckDB is still starting
 * when the exact SQL was precomputed; otherwise waits for the engine.
 */
export async function runQuery<T>(sql: string): Promise<T[]> {
  const t0 = performance.now();
  const cached = resultCache.get(sql);
  if (cached) {
    logQuery(sql, t0, cached.length, 'cache');
    return cached.slice() as T[];
  }
  if (!engine.db) {
    const snap = await loadSnapshot();
    const hit = snap?.results[sql];
    if (hit) {
      logQuery(sql, t0, hit.length, 'snapshot');
      return hit as T[];
    }
  }
  const db = await engine.start();
  const epoch = cacheEpoch;
  const rows = toRows<T>(await db.query(sql));
  logQuery(sql, t0, rows.length, 'duckdb');
  if (epoch === cacheEpoch) remember(sql, rows as Row[]);
  return rows;
}

/**
 * Results by exact SQL. The shipped database is read-only, so a result can only change when
 * the user's own data changes, and whoever changes it calls `invalidateQueryCache`. Going back
 * to an earlier filter (Back, un-ticking a group) then costs no query at all.
 */
const resultCache = new Map<string, Row[]>();
const CACHE_LIMIT = 400;
let cacheEpoch = 0;

function remember(sql: string, rows: Row[]): void {
  if (resultCache.size >= CACHE_LIMIT) resultCache.delete(resultCache.keys().next().value as string);
  resultCache.set(sql, rows);
}

/** Forget cached results: call after any change to data the queries read (imports, removal). */
export function invalidateQueryCache(): void {
  resultCache.clear();
  cacheEpoch++;
  dataEpoch.value++;
}

/** Bumped whenever the data queries read may have changed; facts computed once per epoch follow it. */
export const dataEpoch = $state({ value: 0 });

/** One entry of the query log: the SQL behind what is on screen, for analysts to inspect. */
export interface LoggedQuery {
  sql: string;
  ms: number;
  rows: number;
  /** 'js': reduced in the browser from per-state facts; `sql` is the query that gives the same rows */
  from: 'duckdb' | 'snapshot' | 'cache' | 'js';
  at: number;
}

/** The most recent queries, newest first (shown by the status line's "SQL" panel). */
export const queryLog = $state<{ entries: LoggedQuery[] }>({ entries: [] });

function logQuery(sql: string, t0: number, rows: number, from: LoggedQuery['from']): void {
  const at = performance.now();
  // untrack: runQuery may be called synchronously inside a LiveQuery effect (cache hits), and
  // reading the log there would make that effect depend on the log it writes.
  untrack(() => {
    queryLog.entries = [{ sql, ms: Math.round(at - t0), rows, from, at }, ...queryLog.entries.filter((e) => e.sql !== sql)].slice(0, 25);
  });
}

/**
 * Log the SQL equivalent of a result computed in JS from per-state facts (state/scope.svelte.ts),
 * so "the SQL behind this view" still shows, and the console can run, the query behind a number.
 */
export function logReduction(sql: string, rows: number): void {
  logQuery(sql, performance.now(), rows, 'js');
}

/** Benchmark and test hook: lets scripts time real queries in the page (no effect on the app). */
export function exposeDebugHooks(): void {
  (globalThis as unknown as { __commonGround?: object }).__commonGround = { runQuery, engine };
}
