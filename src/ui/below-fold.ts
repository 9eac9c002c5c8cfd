import { flushSync } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { afterQuiet, INPUT_EVENTS } from '../core/after-quiet';

/**
 * Below-the-fold blocks (`Below.svelte`) are built once the reader has left the page alone for
 * a moment after the first screen painted, a slice at a time, in document order; at once when
 * one is on screen or the reader scrolls towards it; all of them before printing.
 *
 * Why: a deep link's first screen waited for everything further down the page to be built as
 * well. On the Alignment view that was the breakdown, the who-moved list, the vote grid with
 * the clustering of all members, the resolution timeline and the committee layer: about
 * 100 ms of its mount on 2 cores, all of it off screen (issue 15, "filters interactive"). Built
 * straight after the first paint instead, they took the next 200 ms, which is when a quick
 * reader's first filter change comes (about 150 ms after the page appears): that change then
 * waited for them, and had all of them to update as well. So they wait, like DuckDB's start
 * and the service worker's precache, for the reader to pause (`core/after-quiet.ts`).
 *
 * A pending block is an empty placeholder with `data-below-fold`: it shows nothing, never stale
 * data, and once built it follows every filter change like the rest of the view. Off in
 * component tests (nothing calls `enableBelowFold` there): blocks are built at once.
 */

interface Pending {
  el: Element;
  show: () => void;
}

/** No input for this long (ms) after the first screen, and the blocks below it are built. */
export const QUIET_MS = 250;
/** Time one task may spend building blocks before the browser paints and takes input. */
const SLICE_MS = 40;

let enabled = false;
const pending: Pending[] = [];
let near: IntersectionObserver | null = null;
/** Placeholders whose first intersection report (the one for the page as it appeared) has come. */
const reported = new WeakSet<Element>();
/** Builds a block that was near the screen when the page appeared once it reaches the screen. */
let reached: IntersectionObserver | null = null;

function buildVisible(entries: IntersectionObserverEntry[]): void {
  for (const e of entries) {
    const p = e.isIntersecting ? pending.find((q) => q.el === e.target) : undefined;
    if (p) build(p);
  }
}

const onScreen = (e: IntersectionObserverEntry): boolean =>
  e.boundingClientRect.top < innerHeight && e.boundingClientRect.bottom > 0;
/** Cancels the wait for a pause, while one is set. */
let waiting: (() => void) | null = null;
/** A slice is queued for the next frame. */
let sliceQueued = false;
/** When the reader last clicked, typed or scrolled: building stops until they pause again. */
let lastInput = Number.NEGATIVE_INFINITY;

/** Called once by the app at start: from then on, `Below` blocks wait for the reader to pause. */
export function enableBelowFold(): void {
  if (enabled || typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return;
  enabled = true;
  addEventListener('beforeprint', buildAllBelowFold);
  for (const e of INPUT_EVENTS)
    addEventListener(e, () => (lastInput = performance.now()), { capture: true, passive: true });
}

/** Whether a new `Below` block should wait (false in component tests and before `enable…`). */
export function belowFoldDeferred(): boolean {
  return enabled;
}

/** Build every pending block now (printing, or an action that needs the whole page). */
export function buildAllBelowFold(): void {
  if (!pending.length) return;
  for (const p of [...pending]) build(p);
  flushSync();
}

/** Attachment for a placeholder: `show` builds the block (once). */
export function belowFold(show: () => void): Attachment<HTMLElement> {
  return (el) => {
    const entry: Pending = { el, show };
    pending.push(entry);
    // A block on screen is built at once; one the reader scrolls towards, before it reaches the
    // screen (half a screen ahead). One that is merely near the screen when the page appears
    // waits for the pause like the rest (built at once, it would take the frames of a quick
    // first filter change: Capacity's gap list starts 40 px below a 1000 px window), unless it
    // reaches the screen first.
    near ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const first = !reported.has(e.target);
          reported.add(e.target);
          const p = e.isIntersecting ? pending.find((q) => q.el === e.target) : undefined;
          if (!p) continue;
          if (!first || onScreen(e)) build(p);
          else (reached ??= new IntersectionObserver(buildVisible)).observe(e.target);
        }
      },
      { rootMargin: '50% 0px' },
    );
    near.observe(el);
    waitForPause();
    return () => forget(entry);
  };
}

function forget(entry: Pending): void {
  const i = pending.indexOf(entry);
  if (i >= 0) pending.splice(i, 1);
  near?.unobserve(entry.el);
  reached?.unobserve(entry.el);
  if (!pending.length) {
    waiting?.();
    waiting = null;
  }
}

function build(entry: Pending): void {
  forget(entry);
  entry.show();
}

/** The pending block that comes first in the document. */
function firstInDocument(): Pending {
  return pending.reduce((a, p) => (a.el.compareDocumentPosition(p.el) & Node.DOCUMENT_POSITION_PRECEDING ? p : a));
}

function waitForPause(): void {
  if (waiting || sliceQueued || !pending.length) return;
  waiting = afterQuiet(QUIET_MS, () => {
    waiting = null;
    slice();
  });
}

/**
 * Build blocks in document order for up to SLICE_MS (each block's time counted: `flushSync`),
 * then let a frame paint them; go on after that frame unless the reader did something, in
 * which case wait for the next pause.
 */
function slice(): void {
  const start = performance.now();
  while (pending.length && performance.now() - start < SLICE_MS) {
    build(firstInDocument());
    flushSync();
  }
  if (!pending.length) return;
  const ended = performance.now();
  sliceQueued = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      sliceQueued = false;
      if (lastInput > ended) waitForPause();
      else slice();
    }, 0),
  );
}
