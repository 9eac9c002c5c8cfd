import { DEFAULT_FILTER, type StateFilter } from '../queries/filter';
import { parseHash, toHash, type HashState } from './url';
import { rawKeepOnly, rawReplace, rawSnapshot, rawWrite } from './params/store.svelte';
import { SHARED_KEYS } from './params/shared';

/** Names of the views that exist (set by the shell from the view registry at start-up). */
let views: readonly string[] = ['overview'];

/** Tell the state which view names the URL may name (the shell passes the registry's names). */
export function registerViews(names: readonly string[]): void {
  views = names;
}

/**
 * The application state that the URL hash mirrors: current view, the global filter and the
 * view parameters (selected state, indicator, …). Every change writes the hash; back/forward
 * and pasted links flow the other way through `hashchange`. View parameters are private to
 * the state module: a view declares its keys (`state/params/`) and reads and writes them there.
 */
export class AppState {
  view = $state<string>('overview');
  filter = $state<StateFilter>({ ...DEFAULT_FILTER });
  // One plain copy per filter value (read-only): every link on a page serialises the filter
  // (\`hrefAt\`), and copying the proxy for each link cost ~5 ms per filter change on the Law view.
  #filterCopy = $derived($state.snapshot(this.filter));

  /** Read the current hash (call once at start, and on every hashchange). */
  load(hash: string): void {
    const s = parseHash(hash, views, 'overview');
    // Only assign what changed so unrelated queries are not re-run.
    if (s.view !== this.view) this.view = s.view;
    if (JSON.stringify(s.filter) !== JSON.stringify(this.filter)) this.filter = s.filter;
    rawReplace(s.params);
  }

  /** The hash for the current state (canonical form). */
  hash(): string {
    return toHash(this.snapshot());
  }

  /** Plain copy of the state, for serialising. */
  snapshot(): HashState {
    return { view: this.view, filter: this.#filterCopy, params: rawSnapshot() };
  }

  /** Replace the filter (from the filter bar). */
  setFilter(next: StateFilter): void {
    this.filter = next;
    this.push();
  }

  /**
   * Set or clear (null) encoded view parameters as one history entry (one press of Back undoes
   * it). Called by the parameter declarations (`state/params/declare.svelte.ts`), which encode.
   */
  writeParams(changes: Record<string, string | null>): void {
    rawWrite(changes);
    this.push();
  }

  /**
   * Go to a view, keeping the filter and the shared parameters (the selection); the old view's
   * local keys are dropped so they cannot be misread by the new one. `params` (encoded) are
   * the new view's own, e.g. the states to compare.
   */
  go(view: string, params: Record<string, string | null> = {}): void {
    rawKeepOnly(SHARED_KEYS);
    rawWrite(params);
    this.view = view;
    this.push();
  }

  /** The link `go(view, params)` leads to (for the `href` of nav links). */
  hrefTo(view: string, params: Record<string, string | null> = {}): string {
    const s = this.snapshot();
    s.view = view;
    for (const k of Object.keys(s.params)) if (!SHARED_KEYS.has(k)) delete s.params[k];
    return toHash(withChanges(s, params));
  }

  /** The link to `view` with every parameter kept and some encoded ones changed (null removes one). */
  hrefAt(view: string, changes: Record<string, string | null>): string {
    return toHash(withChanges({ ...this.snapshot(), view }, changes));
  }

  /** Reset the filter to all UN members. */
  resetFilter(): void {
    this.setFilter({ ...DEFAULT_FILTER });
  }

  #pushScheduled = false;

  private push(): void {
    if (typeof location === 'undefined' || this.#pushScheduled) return;
    // Written after the next paint, off the path from a click to updated views (pushState can
    // take several ms), and coalesced so several changes in one task make one history entry.
    this.#pushScheduled = true;
    const write = () => {
      if (!this.#pushScheduled) return;
      this.#pushScheduled = false;
      const h = this.hash();
      // pushState (not location.hash =) so no hashchange echo; back/forward still get an entry.
      if (h !== location.hash) history.pushState(null, '', h);
    };
    // A task queued from an animation frame runs after that frame is painted; at background
    // priority (where the browser has `scheduler.postTask`) it also yields to the input and
    // work already queued, since pushState blocks the main thread for 1–5 ms. Hidden tabs get
    // no frames, so a plain timeout writes the hash there. (An idle callback instead left a
    // window in which a reload or a shared link missed the last change.)
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => backgroundTask(write));
    setTimeout(write, 200);
  }
}

/** Run `fn` in a task of its own at background priority (`scheduler.postTask`), or a timeout. */
function backgroundTask(fn: () => void): void {
  const s = (globalThis as { scheduler?: { postTask?: (f: () => void, o: object) => Promise<void> } }).scheduler;
  if (s?.postTask) void s.postTask(fn, { priority: 'background' }).catch(() => {});
  else setTimeout(fn, 0);
}

function withChanges(s: HashState, changes: Record<string, string | null>): HashState {
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') delete s.params[k];
    else s.params[k] = v;
  }
  return s;
}

/** The one instance the app uses. */
export const app = new AppState();
