import { VIEW_REGISTRY } from './views/registry';
import { loadSnapshot, requestViewSnapshot } from './state/snapshot';

/**
 * Evaluated before the app mounts (first import of main.ts): start the fetches a deep link's
 * first screen waits for, the shared snapshot, the view's own snapshot and the view's code, in
 * parallel, about 100 ms sooner than the App's first effect would (npm run bench, filters
 * interactive on #/law and #/norms). Repeating them later costs nothing: each is fetched once.
 */
const name = /^#\/([^?&]*)/.exec(location.hash)?.[1];
const view = VIEW_REGISTRY.find((v) => v.name === name);
void loadSnapshot();
if (view && view !== VIEW_REGISTRY[0]) {
  requestViewSnapshot(view.name);
  void view.load().catch(() => {}); // the App reports a failed load when it asks again
}
