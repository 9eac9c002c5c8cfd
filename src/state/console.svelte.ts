import type { Cell, ConsoleLimits, ConsoleSandbox } from '../db';
import { checkConsoleSql } from '../queries/console';

/**
 * The console's own engine, loaded on first use: the shell imports this module for the query
 * log's "Run in console", and duckdb-wasm's bindings should not load with every page.
 */
const openSandbox = (): Promise<ConsoleSandbox> => import('../db/console-sandbox').then((m) => m.openConsoleSandbox());

/** What the console shows after a run: the last statement's rows (limited) or an error. */
export interface ConsoleResult {
  columns: string[];
  rows: Cell[][];
  /** why fewer rows than the query has are shown */
  truncated: 'rows' | 'bytes' | null;
  ms: number;
  statements: number;
  /** the statements that were run (for the download's codebook) */
  sql: string;
}

/** Rows and bytes read from one statement: the engine is never asked for more. */
export const CONSOLE_LIMITS: ConsoleLimits = { rows: 1000, bytes: 16 * 1024 * 1024 };
/** Rows shown on screen (the row limit). */
export const CONSOLE_ROW_CAP = CONSOLE_LIMITS.rows;
/** Time a run may take before the console's engine is stopped and restarted. */
export const CONSOLE_TIME_LIMIT_MS = 10_000;

class Stopped extends Error {
  constructor(readonly why: 'stop' | 'timeout' | 'superseded') {
    super(why);
  }
}

/**
 * The SQL console's state. Runs on its own sandboxed DuckDB instance in its own worker (see
 * src/db/console-sandbox.ts), never on the app's connection; `checkConsoleSql` is a courtesy
 * message only. Each run has a time limit and a Stop: both terminate the sandbox's worker and
 * start a fresh one, which cannot affect the views. A newer run always wins over an older one.
 */
class ConsoleState {
  draft = $state(
    'SELECT un_regional_group, count(*) AS states\nFROM states\nWHERE un_member\nGROUP BY ALL\nORDER BY states DESC',
  );
  result = $state.raw<ConsoleResult | null>(null);
  error = $state<string | null>(null);
  running = $state(false);
  /** how many times the sandbox was replaced (after Stop, a time-out or a damaged copy) */
  restarts = $state(0);
  #sandbox: Promise<ConsoleSandbox> | null = null;
  #seq = 0;
  #cancel: ((why: Stopped) => void) | null = null;

  /** Run the draft. */
  async run(): Promise<void> {
    const check = checkConsoleSql(this.draft);
    if (!check.ok) {
      ++this.#seq;
      this.#abort('superseded');
      this.error = check.error;
      this.result = null;
      this.running = false;
      return;
    }
    await this.runUnguarded(check.statements);
  }

  /**
   * Run statements without the courtesy check. The sandbox is the boundary, so this is safe by
   * design; browser tests use it to show that the boundary holds on its own.
   */
  async runUnguarded(statements: readonly string[]): Promise<void> {
    const seq = ++this.#seq;
    // A run still going is abandoned (its worker terminated): the newer one wins.
    this.#abort('superseded');
    const check = { statements: [...statements] };
    this.running = true;
    this.error = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopped = new Promise<never>((_, reject) => {
      this.#cancel = reject;
      timer = setTimeout(() => {
        if (seq === this.#seq) this.#abort('timeout');
      }, CONSOLE_TIME_LIMIT_MS);
    });
    try {
      const t0 = performance.now();
      const out = await Promise.race([this.#ready().then((sb) => sb.run(check.statements, CONSOLE_LIMITS)), stopped]);
      if (seq !== this.#seq) return;
      const ms = Math.round(performance.now() - t0);
      this.result = {
        columns: out.columns,
        rows: out.rows.map((r) => out.columns.map((c) => r[c])),
        truncated: out.truncated,
        ms,
        statements: check.statements.length,
        sql: check.statements.join(';\n'),
      };
    } catch (e) {
      if (seq !== this.#seq) return;
      this.result = null;
      if (e instanceof Stopped && e.why === 'timeout')
        this.error = `Stopped after ${CONSOLE_TIME_LIMIT_MS / 1000} s, the console's time limit. Its engine was restarted; the rest of the app was not affected. Add a LIMIT or a WHERE, or aggregate.`;
      else if (e instanceof Stopped)
        this.error = 'Stopped. The console\u2019s engine was restarted; the rest of the app was not affected.';
      else this.error = e instanceof Error ? e.message : String(e);
    } finally {
      clearTimeout(timer);
      if (seq === this.#seq) {
        this.running = false;
        this.#cancel = null;
      }
    }
  }

  /** Start the console's engine ahead of the first run (e.g. when the editor gets focus). */
  warm(): void {
    this.#sandbox ??= openSandbox();
    this.#sandbox.catch(() => {});
  }

  /** Stop the running query (terminates and restarts the console's engine). */
  stop(): void {
    this.#abort('stop');
  }

  /** End the running query, if any: its promise is rejected and its engine replaced at once. */
  #abort(why: Stopped['why']): void {
    const cancel = this.#cancel;
    if (!cancel) return;
    this.#cancel = null;
    this.#restart();
    cancel(new Stopped(why));
  }

  /** The sandbox, replaced first when a user statement detached or re-attached its copy. */
  async #ready(): Promise<ConsoleSandbox> {
    const opening = (this.#sandbox ??= openSandbox());
    let sb: ConsoleSandbox;
    try {
      sb = await opening;
    } catch (e) {
      if (this.#sandbox === opening) this.#sandbox = null; // the next run tries again
      throw e;
    }
    if (await sb.healthy()) return sb;
    this.#restart();
    return this.#sandbox!;
  }

  #restart(): void {
    const old = this.#sandbox;
    this.#sandbox = null;
    this.restarts += 1;
    if (old)
      void old.then(
        (sb) => sb.close(),
        () => {},
      );
    // Started now so the next run does not wait for the engine's start-up.
    this.#sandbox = openSandbox();
    this.#sandbox.catch(() => {});
  }
}

/** The single console. */
export const sqlConsole = new ConsoleState();

if (typeof window !== 'undefined') (globalThis as { __cgConsole?: ConsoleState }).__cgConsole = sqlConsole;
