import type { Attachment } from 'svelte/attachments';

/** Setter per observed element; one observer for all of them (see `observeWidth`). */
const setters = new WeakMap<Element, (width: number) => void>();
let shared: ResizeObserver | null = null;

function observer(): ResizeObserver {
  // One observer, so every chart's first report arrives in one callback: all widths are read
  // while layout is clean, before any setter runs. With an observer per chart, the first
  // chart's update ran between callbacks and the next chart's read forced a layout.
  shared ??= new ResizeObserver((entries) => {
    const widths = entries.map((e) => [e.target, (e.target as HTMLElement).clientWidth] as const);
    for (const [el, w] of widths) setters.get(el)?.(w);
  });
  return shared;
}

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
    setters.set(el, set);
    observer().observe(el);
    return () => {
      shared?.unobserve(el);
      setters.delete(el);
    };
  };
}
