/** Input that means the user is working with the page right now. */
export const INPUT_EVENTS = ['pointerdown', 'click', 'input', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Run `fn` once the user has left the page alone for `quietMs` (no click, pointer, key, wheel,
 * touch or form input), in an idle period. For background work that competes with interaction for the CPU,
 * such as the service worker's first precache (tens of MB copied into the cache): it must not
 * land in the frames of the filter changes a user makes in the first seconds.
 * @returns a function that cancels the wait
 */
export function afterQuiet(quietMs: number, fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = (cb: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 1000 }) : setTimeout(cb, 0);
  const stop = () => {
    clearTimeout(timer);
    for (const e of INPUT_EVENTS) removeEventListener(e, restart, { capture: true });
  };
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stop();
      idle(fn);
    }, quietMs);
  };
  for (const e of INPUT_EVENTS) addEventListener(e, restart, { capture: true, passive: true });
  restart();
  return stop;
}
