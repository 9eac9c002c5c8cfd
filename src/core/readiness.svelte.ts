import { getContext, hasContext, setContext } from 'svelte';

const KEY = Symbol('readiness');

/**
 * One view's readiness: busy while any job registered with it (a query, a worker run, a map
 * still waiting for its outline) says it is. The view root creates it and alone writes
 * `aria-busy` from `busy`; queries and charts below register through the context. A leaf
 * module (it imports only Svelte), so charts, state and views can all use it.
 */
export class Readiness {
  // Probes, not flags: `busy` re-reads each probe, so it is right in the very first render,
  // before any effect has run, and never reports idle while a registered job is pending.
  #probes = $state.raw<ReadonlyArray<() => boolean>>([]);

  /** True while any registered job is pending. */
  readonly busy: boolean = $derived(this.#probes.some((p) => p()));

  /**
   * Register a job whose pending state `pending()` reads (reactively). Returns the function that
   * unregisters it; `track` does that on destroy.
   */
  add(pending: () => boolean): () => void {
    this.#probes = [...this.#probes, pending];
    return () => {
      this.#probes = this.#probes.filter((p) => p !== pending);
    };
  }

  /** Register for the life of the calling component (call during its initialisation). */
  track(pending: () => boolean): void {
    const remove = this.add(pending);
    $effect(() => remove);
  }
}

/** Create the view's readiness and hand it to everything below (call in the view root's init). */
export function createReadiness(): Readiness {
  return setContext(KEY, new Readiness());
}

/** The readiness of the view this component is part of, or null outside a view. */
export function useReadiness(): Readiness | null {
  try {
    return hasContext(KEY) ? getContext<Readiness>(KEY) : null;
  } catch {
    // Outside a component's initialisation (e.g. an $effect.root in a script) there is no view.
    return null;
  }
}

/**
 * Register a pending job with the enclosing view, if any (call during component init). Charts
 * use it to say "not painted yet"; queries to say "not answered yet".
 */
export function trackReadiness(pending: () => boolean): void {
  useReadiness()?.track(pending);
}
