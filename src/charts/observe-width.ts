import type { Attachment } from 'svelte/attachments';

/**
 * Attachment: reports the element's `clientWidth` to `set` whenever its size changes, read
 * only inside a ResizeObserver callback, where layout is already up to date.
 *
 * Why not `bind:clientWidth`: Svelte's binding also reads the width once as the chart mounts,
 * which forces a layout of the whole half-built page in the middle of the first render, and
 * then the rest of the page is laid out again at the frame. On the Capacity view's first
 * screen that forced layout was about 60 ms of a 240 ms mount (Chromium CPU profile). The
 * observer's first report comes in the same frame, after layout and before paint, so the
 * chart is still drawn at its real width in the first painted frame; until then it renders
 * at the component's default width.
 */
export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (el) => {
    if (typeof ResizeObserver === 'undefined') {
      set(el.clientWidth); // no observer (old browsers, some test DOMs): read once, as the binding did
      return;
    }
    const ro = new ResizeObserver(() => set(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  };
}
