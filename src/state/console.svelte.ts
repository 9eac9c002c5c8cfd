import { toRows, type Cell, type Db } from '../db';
import { checkConsoleSql } from '../queries/console';
import { engine } from './engine.svelte';

/** What the console shows after a run: the last statement's rows (capped) or an error. */
export interface ConsoleResult {
  columns: string[];
  rows: Cell[][];
  total: number;
  ms: number;
  statements: number;
}

/** Rows shown on screen; the full result stays available to count. */
export const CONSOLE_ROW_CAP = 1000;

/**
 * The SQL console's state. Runs on its own DuckDB connection (see Db.isolated) so nothing typed
 * here can shadow or change what the views read; input is checked by `checkConsoleSql` first.
 */
class ConsoleState {
  draft = $state('SELECT un_regional_group, count(*) AS states\nFROM states\nWHERE un_member\nGROUP BY ALL\nORDER BY states DESC');
  result = $state.raw<ConsoleResult | null>(null);
  error = $state<string | null>(null);
  running = $state(false);
  #conn: Promise<Db> | null = null;

  /** Run the draft. */
  async run(): Promise<void> {
    const check = checkConsoleSql(this.draft);
    if (!check.ok) {
      this.error = check.error;
      this.result = null;
      return;
    }
    this.running = true;
    this.error = null;
    try {
      this.#conn ??= engine.start().then((db) => db.isolated());
      const db = await this.#conn;
      const t0 = performance.now();
      let last = null;
      for (const stmt of check.statements) last = await db.query(stmt);
      const ms = Math.round(performance.now() - t0);
      const rows = last ? toRows(last) : [];
      const columns = last ? last.schema.fields.map((f) => f.name) : [];
      this.result = { columns, rows: rows.slice(0, CONSOLE_ROW_CAP).map((r) => columns.map((c) => r[c])), total: rows.length, ms, statements: check.statements.length };
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.result = null;
    } finally {
      this.running = false;
    }
  }
}

/** The single console. */
export const sqlConsole = new ConsoleState();
