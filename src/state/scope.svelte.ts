import { app } from './app.svelte';
import { dataEpoch, runQuery } from './engine.svelte';
import { StateFacts, scopeCount, type ScopeMask } from '../queries/scope-facts';
import { stateFactsSql, type StateFactRow } from '../queries/state-facts';

/**
 * The global filter as a bitmask over the per-state facts. The facts are one query per data
 * version (served from the build-time snapshot until DuckDB is ready), so every filter change
 * after that is a JS reduction in the same frame, with no engine round trip.
 */
class ScopeState {
  #facts = $state.raw<StateFacts | null>(null);
  #error = $state<string | null>(null);
  #epoch = -1;

  /** The facts for the current data version (null until the first load resolves). */
  get facts(): StateFacts | null {
    const epoch = dataEpoch.value;
    if (epoch !== this.#epoch) {
      this.#epoch = epoch;
      // Started after the current task: this getter may be read inside a $derived, where
      // runQuery's synchronous cache path (it logs the query) must not write state.
      Promise.resolve()
        .then(() => runQuery<StateFactRow>(stateFactsSql()))
        .then(
          (rows) => {
            if (epoch === this.#epoch) this.#facts = new StateFacts(rows);
          },
          (e: unknown) => {
            if (epoch === this.#epoch) this.#error = e instanceof Error ? e.message : String(e);
          },
        );
    }
    return this.#facts;
  }

  /** Why the facts could not be loaded, if they could not. */
  get error(): string | null {
    return this.#error;
  }

  /** The states in scope under the app's filter, recomputed only when the filter or facts change. */
  readonly mask: ScopeMask | null = $derived.by(() => {
    const facts = this.facts;
    return facts ? facts.mask(app.filter) : null;
  });

  /** How many states are in scope (null while the facts load). */
  readonly count: number | null = $derived(this.mask ? scopeCount(this.mask) : null);
}

/** The one scope the shell and the views share. */
export const scope = new ScopeState();
