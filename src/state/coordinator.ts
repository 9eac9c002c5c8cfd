import type { ArrowTableLike, Db, Row } from '../db/types';

/** Where a result came from, as the query log shows it. 'js': reduced in the browser from facts. */
export type QueryOrigin = 'duckdb' | 'snapshot' | 'cache' | 'js';

/** Results computed at build time on the shipped database (state/snapshot.ts loads them). */
export interface PrecomputedResults {
  /** rows by exact SQL */
  results: Record<string, Row[]>;
  /**
   * Session statements (CREATE TEMP TABLE …) some of those results read: before the engine is
   * up, `exec` of one of these is recorded instead of run, and it runs first once the engine is
   * used, so every later query sees the table.
   */
  execs?: readonly string[];
}

/** What the coordinator needs from the outside world; tests pass fakes. */
export interface CoordinatorDeps {
  /** the engine, started on first call (idempotent) */
  db: () => Promise<Pick<Db, 'query' | 'exec'> & Partial<Db>>;
  /** plain rows from an Arrow result (db/arrow.ts toRows in the app) */
  toRows: (table: ArrowTableLike) => Row[];
  /** true once the engine is up: before that, precomputed results may serve exact SQL */
  ready?: () => boolean;
  /** the build-time snapshot loaded so far (results by exact SQL), or null */
  snapshot?: () => Promise<PrecomputedResults | null>;
  /** told about every answered query (the query log) */
  log?: (sql: string, ms: number, rows: number, from: QueryOrigin) => void;
  /** clock for the log (performance.now in the app) */
  now?: () => number;
  /** results kept by exact SQL; the oldest is dropped beyond this */
  cacheLimit?: number;
  /** called after every invalidation (the app bumps its data epoch) */
  onInvalidate?: () => void;
}

/**
 * The one route from the app to the database. Reads are cached by exact SQL, and a query
 * already in flight is shared rather than sent twice (two charts asking for the same rows in
 * the same change cost one engine call). Writes go through `write`, which clears the cache:
 * the shipped database is read-only, so only the user's own data (imports) can change a result.
 */
export interface Coordinator {
  /** Rows of a SELECT: from the cache, a query in flight, the snapshot or the engine, in that order. */
  query<T>(sql: string): Promise<T[]>;
  /** A view's queries for one change, issued together; resolves when all have answered. */
  queryAll<T extends readonly unknown[]>(sqls: { [K in keyof T]: string }): Promise<{ [K in keyof T]: T[K][] }>;
  /** The Arrow result, never cached (downloads encode it with column types). Logged. */
  arrow(sql: string): Promise<ArrowTableLike>;
  /** A statement run for its side effect on derived session tables (no cached result changes). */
  exec(sql: string): Promise<void>;
  /** Change the user's data (imports); the result cache is cleared once `change` has run. */
  write<R>(change: (db: Db) => Promise<R>): Promise<R>;
  /** Forget cached results and results still in flight (data they read may have changed). */
  invalidate(): void;
  /** How many results are cached (tests and the status line). */
  readonly cached: number;
}

/** Build a coordinator over an engine. The app has one (state/queries.svelte.ts). */
export function createCoordinator(deps: CoordinatorDeps): Coordinator {
  const limit = deps.cacheLimit ?? 400;
  const now = deps.now ?? (() => Date.now());
  const log = deps.log ?? (() => {});
  const results = new Map<string, Row[]>();
  const inFlight = new Map<string, Promise<Row[]>>();
  // Bumped by invalidate(): a response that set out before it must not land in the new cache.
  let epoch = 0;

  function remember(sql: string, rows: Row[]): void {
    if (results.size >= limit) results.delete(results.keys().next().value as string);
    results.set(sql, rows);
  }

  // Session statements put off until the engine is used (see PrecomputedResults.execs), and the
  // chain that runs them in order: every engine call waits for it, so none reads a missing table.
  const deferred: string[] = [];
  let flushed: Promise<unknown> | null = null;
  async function engine() {
    const db = await deps.db();
    if (deferred.length) {
      const list = deferred.splice(0);
      const run = (flushed ?? Promise.resolve()).then(async () => {
        for (const sql of list) await db.exec(sql);
      });
      // The call that runs them reports a failure; later calls go on (a query that needs the
      // missing table then fails with the engine's own message).
      flushed = run.catch(() => {});
      await run;
    }
    // No extra await when nothing was ever put off: the engine call goes out in the same tick.
    if (flushed) await flushed;
    return db;
  }
  const beforeEngine = () => deps.snapshot !== undefined && !(deps.ready?.() ?? false);

  // Snapshot rows are not cached: once the engine is up, the same SQL is answered by DuckDB.
  async function fetchRows(sql: string, t0: number): Promise<{ rows: Row[]; keep: boolean }> {
    if (beforeEngine()) {
      const hit = (await deps.snapshot!())?.results[sql];
      if (hit) {
        log(sql, now() - t0, hit.length, 'snapshot');
        return { rows: hit, keep: false };
      }
    }
    const db = await engine();
    const rows = deps.toRows(await db.query(sql));
    log(sql, now() - t0, rows.length, 'duckdb');
    return { rows, keep: true };
  }

  function query<T>(sql: string): Promise<T[]> {
    const t0 = now();
    const hit = results.get(sql);
    if (hit) {
      // Logged synchronously, as before: the caller may be inside an effect that reads nothing else.
      log(sql, now() - t0, hit.length, 'cache');
      return Promise.resolve(hit.slice() as T[]);
    }
    let job = inFlight.get(sql);
    if (!job) {
      const mine = epoch;
      job = fetchRows(sql, t0).then(
        ({ rows, keep }) => {
          if (mine === epoch) {
            inFlight.delete(sql);
            if (keep) remember(sql, rows);
          }
          return rows;
        },
        (e: unknown) => {
          if (mine === epoch) inFlight.delete(sql);
          throw e;
        },
      );
      inFlight.set(sql, job);
    }
    // Each caller gets its own array, so one caller sorting in place cannot disturb another.
    return job.then((rows) => rows.slice() as T[]);
  }

  function invalidate(): void {
    results.clear();
    inFlight.clear();
    epoch++;
    deps.onInvalidate?.();
  }

  return {
    query,
    queryAll<T extends readonly unknown[]>(sqls: { [K in keyof T]: string }) {
      return Promise.all((sqls as readonly string[]).map((s) => query(s))) as Promise<{ [K in keyof T]: T[K][] }>;
    },
    async arrow(sql: string) {
      const t0 = now();
      const table = await (await engine()).query(sql);
      log(sql, now() - t0, table.numRows, 'duckdb');
      return table;
    },
    async exec(sql: string) {
      // Checked again after the await: the engine may have come up while the snapshot loaded.
      if (beforeEngine() && (await deps.snapshot!())?.execs?.includes(sql) && beforeEngine()) {
        deferred.push(sql);
        return;
      }
      await (await engine()).exec(sql);
    },
    async write<R>(change: (db: Db) => Promise<R>) {
      try {
        return await change((await engine()) as Db);
      } finally {
        invalidate();
      }
    },
    invalidate,
    get cached() {
      return results.size;
    },
  };
}
