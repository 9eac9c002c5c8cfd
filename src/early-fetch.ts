import { parseHash } from './state/url';
import { loadSnapshot } from './state/snapshot';
import { VIEW_REGISTRY, prefetchFirstScreen } from './views/registry';

/**
 * Evaluated before the app mounts (first import of main.ts): start the fetches a deep link's
 * first screen waits for, the shared snapshot, the view's own snapshot and the view's code, in
 * parallel, about 100 ms sooner than the App's first effect would (npm run bench, filters
 * interactive on #/law and #/norms). Repeating them later costs nothing: each is fetched once.
 */
const names = VIEW_REGISTRY.map((v) => v.name);
const { view: name } = parseHash(location.hash, names, names[0]);
const view = VIEW_REGISTRY.find((v) => v.name === name) ?? VIEW_REGISTRY[0];
void loadSnapshot();
prefetchFirstScreen(view);
void view.load().catch(() => {}); // the App reports a failed load when it asks again
