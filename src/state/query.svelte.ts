import { runQuery } from './app-coordinator.svelte';
import { Latest, errorText } from './latest';
import { trackReadiness } from '../core/readiness.svelte';

/**
 * A query result that follows its SQL: when `sql()` changes the query re-runs, and a response
 * that arrives after a newer request started is dropped (stale). Create it during component
 * initialisation (it uses $effect); it registers with the view's readiness, so the view is
 * busy while it loads. `sql()` may return null to mean "nothing to run".
 */
export class LiveQuery<T> {
  rows = $state.raw<T[] | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);
  #latest = new Latest();

  constructor(sql: () => string | null, run: (sql: string) => Promise<T[]> = runQuery) {
    trackReadiness(() => this.loading);
    $effect(() => {
      const text = sql();
      if (text === null) {
        this.#latest.cancel();
        this.rows = null;
        this.loading = false;
        return;
      }
      this.loading = true;
      this.#latest.follow(
        run(text),
        (rows) => {
          this.rows = rows;
          this.error = null;
          this.loading = false;
        },
        (e) => {
          this.error = errorText(e);
          this.loading = false;
        },
      );
    });
  }
}
