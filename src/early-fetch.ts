import { parseHash } from './state/url';
import { loadSnapshot } from './state/snapshot';
import { LAZY_VIEWS, lazyView, prefetchFirstScreen } from './views/view-loaders';

/**
 * Evaluated before the app mounts (first import of main.ts): start the fetches a deep link's
 * first screen waits for, the shared snapshot, the view's own snapshot and the view's code, in
 * parallel, about 100 ms sooner than the App's first effect would (npm run bench, filters
 * interactive on #/law and #/norms). Repeating them later costs nothing: each is fetched once.
 * It imports nothing heavy, so it runs before the landing page's code has evaluated.
 */
// The landing page is the one view not in LAZY_VIEWS (its code is in this script).
const { view } = parseHash(location.hash, ['overview', ...Object.keys(LAZY_VIEWS)], 'overview');
void loadSnapshot();
prefetchFirstScreen(view);
void lazyView(view)?.().catch(() => {}); // the App reports a failed load when it asks again
