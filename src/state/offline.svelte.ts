/**
 * The service worker from the page's side (issue 15). App.svelte registers it once the first
 * screen and DuckDB are up and the user has paused, so its downloads never compete with the
 * first visit or the first filter changes. It says when a new build or data version has been
 * installed and is waiting: the shell shows "Updated — reload".
 */
class OfflineState {
  /** A newer version is installed and waits for a reload. */
  updateReady = $state(false);
  #waiting: ServiceWorker | null = null;

  /** Register `sw.js` (production builds only; no-op where service workers are unavailable). */
  async register(): Promise<void> {
    if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const reg = await navigator.serviceWorker.register('./sw.js', { scope: './' });
    // Only an update has a controller already; the very first install needs no notice.
    const offer = (w: ServiceWorker | null) => {
      if (w && navigator.serviceWorker.controller) {
        this.#waiting = w;
        this.updateReady = true;
      }
    };
    offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => {
        if (w.state === 'installed') offer(w);
      });
    });
  }

  /** Let the waiting version take over, then reload into it. */
  apply(): void {
    const w = this.#waiting;
    if (!w) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    w.postMessage('cg-skip-waiting');
  }
}

/** The one instance the shell uses. */
export const offline = new OfflineState();
