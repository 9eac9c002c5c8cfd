import type { Db } from '../db';
import { afterQuiet } from '../core/after-quiet';

/** Engine status shown in the shell. */
class EngineState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<string | null>(null);
  /** ms from navigation start to DuckDB ready (for the status line and the benchmark). */
  readyAt = $state<number | null>(null);
  db: Db | null = null;
  private started: Promise<Db> | null = null;

  /**
   * Start DuckDB once the user pauses (`quietMs` without input), unless something needs it
   * sooner: any query the snapshot cannot answer calls `start()` at once. Why wait: the
   * engine's start (worker script, wasm compile, engine initialisation, about 1.4 s on 2 cores)
   * takes the CPU the first screen's filter changes need, and that screen (the Overview) works
   * from the snapshot without it. The database file's download waits too: assembling its
   * 10 MB body costs the main thread about 15 ms when it lands.
   */
  startWhenQuiet(quietMs: number): void {
    afterQuiet(quietMs, () => void this.start().catch(() => {}));
  }

  #resolveStarted!: (db: Db) => void;
  #rejectStarted!: (e: unknown) => void;
  readonly #whenStarted = new Promise<Db>((resolve, reject) => {
    this.#resolveStarted = resolve;
    this.#rejectStarted = reject;
  });

  /** Settles when DuckDB is up (or failed), whoever started it. */
  whenStarted(): Promise<Db> {
    return this.#whenStarted;
  }

  /** Start DuckDB (idempotent). */
  start(): Promise<Db> {
    // Loaded on start, not with the page: duckdb-wasm's bindings and Apache Arrow are about a
    // third of the page's script, and the first screen comes from the snapshot without them.
    this.started ??= import('../db/browser')
      .then((m) => m.getBrowserDb())
      .then(
        (db) => {
          this.db = db;
          this.status = 'ready';
          this.readyAt = Math.round(performance.now());
          performance.mark('cg:duckdb-ready');
          document.documentElement.dataset.duckdb = 'ready';
          this.#resolveStarted(db);
          return db;
        },
        (e: unknown) => {
          this.status = 'error';
          this.error = e instanceof Error ? e.message : String(e);
          this.#rejectStarted(e);
          throw e;
        },
      );
    return this.started;
  }
}

/** The single engine instance. */
export const engine = new EngineState();
