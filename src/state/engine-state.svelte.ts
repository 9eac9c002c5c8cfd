import { getBrowserDb, type Db } from '../db';

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
