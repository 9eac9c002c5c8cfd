import { DEFAULT_FILTER, type StateFilter } from '../queries/filter';
import { parseHash, toHash, type HashState } from './url';

/** Names of the views that exist (set by the shell from the view registry at start-up). */
let views: readonly string[] = ['overview'];

/** Tell the state which view names the URL may name (the shell passes the registry's names). */
export function registerViews(names: readonly string[]): void {
  views = names;
}

/**
 * The application state that the URL hash mirrors: current view, the global filter and the
 * view parameters (selected state, indicator, …). Every change writes the hash; back/forward
 * and pasted links flow the other way through `hashchange`.
 */
export class AppState {
  view = $state<string>('overview');
  filter = $state<StateFilter>({ ...DEFAULT_FILTER });
  params = $state<Record<string, string>>({});

  /** Read the current hash (call once at start, and on every hashchange). */
  load(hash: string): void {
    const s = parseHash(hash, views, 'overview');
    // Only assign what changed so unrelated queries are not re-run.
    if (s.view !== this.view) this.view = s.view;
    if (JSON.stringify(s.filter) !== JSON.stringify(this.filter)) this.filter = s.filter;
    if (JSON.stringify(s.params) !== JSON.stringify(this.params)) this.params = s.params;
  }

  /** The hash for the current state (canonical form). */
  hash(): string {
    return toHash(this.snapshot());
  }

  /** Plain copy of the state, for serialising. */
  snapshot(): HashState {
    return { view: this.view, filter: $state.snapshot(this.filter), params: { ...this.params } };
  }

  /** Replace the filter (from the filter bar). */
  setFilter(next: StateFilter): void {
    this.filter = next;
    this.push();
  }

  /** Set or clear (value = null) one view parameter, e.g. `state=FRA`. */
  setParam(key: string, value: string | null): void {
    this.setParams({ [key]: value });
  }

  /** Set or clear several view parameters as one history entry (one press of Back undoes it). */
  setParams(changes: Record<string, string | null>): void {
    const next = { ...this.params };
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') delete next[key];
      else next[key] = value;
    }
    this.params = next;
    this.push();
  }

  /** Go to a view, keeping the filter (selection parameters travel too: they are shared). */
  go(view: string): void {
    this.view = view;
    this.push();
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
    // A task queued from an animation frame runs after that frame is painted; hidden tabs get
    // no frames, so a plain timeout writes the hash there.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(write, 0));
    setTimeout(write, 200);
  }
}

/** The one instance the app uses. */
export const app = new AppState();
