import { iso3, oneOf } from './codecs';
import { shared } from './spec';

/**
 * The parameters every view shares: the selected state and the map form. Only these travel
 * when the user moves to another view; every other key is local to the view that declares it.
 */
export const SHARED = {
  /** selected state (`state=FRA`) */
  state: shared(iso3),
  /** map form (`map=geo`; tile grid by default) */
  map: shared(oneOf(['tiles', 'geo'] as const), 'tiles'),
} as const;

/** URL keys kept on navigation. */
export const SHARED_KEYS: ReadonlySet<string> = new Set(Object.keys(SHARED));
