import { runQuery } from './engine.svelte';

/**
 * A query result that follows its SQL: when `sql()` changes the query re-runs, and a response
 * that arrives after a newer request started is dropped (stale). Create it during component
 * initialisation (it uses $effect). `sql()` may return null to mean "nothing to run".
 */
export class LiveQuery<T> {
  rows = $state.raw<T[] | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);
  #seq = 0;

  constructor(sql: () => string | null) {
    $effect(() => {
      const text = sql();
      const seq = ++this.#seq;
      if (text === null) {
        this.rows = null;
        this.loading = false;
        return;
      }
      this.loading = true;
      runQuery<T>(text).then(
        (rows) => {
          if (seq !== this.#seq) return;
          this.rows = rows;
          this.error = null;
          this.loading = false;
        },
        (e: unknown) => {
          if (seq !== this.#seq) return;
          this.error = e instanceof Error ? e.message : String(e);
          this.loading = false;
        },
      );
    });
  }
}
