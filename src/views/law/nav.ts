import { app } from '../../state/app.svelte';
import { toHash } from '../../state/url';

/** The URL for the current state with some view parameters changed (null removes one). */
export function hrefWith(changes: Record<string, string | null>): string {
  const s = app.snapshot();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete s.params[k];
    else s.params[k] = v;
  }
  return toHash(s);
}

/**
 * Change several view parameters as one history entry (app.setParam pushes one entry per
 * key, so "open this question and close the cell" would take two presses of Back).
 */
export function setParams(changes: Record<string, string | null>): void {
  const h = hrefWith(changes);
  if (h !== location.hash) history.pushState(null, '', h);
  app.load(h);
}
