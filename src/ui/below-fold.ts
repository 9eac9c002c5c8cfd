import { flushSync } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/**
 * Below-the-fold blocks (`Below.svelte`) are built after the first screen has painted: one
 * block per frame, in document order, or at once when the reader scrolls near one.
 *
 * Why: a deep link's first screen waited for everything further down the page to be built as
 * well. On the Alignment view that was the vote grid with the clustering of all members, the
 * who-moved list, the resolution timeline and the committee layer, about 100 ms of a 150 ms
 * mount on 2 cores, all of it off screen (issue 15, "filters interactive").
 *
 * A pending block is an empty placeholder with `data-below-fold` (never stale data: it shows
 * nothing until it is built, and once built it follows every filter change like the rest of
 * the view). Printing builds everything first. Off in component tests (no `enable…` call):
 * blocks are built at once there.
 */

interface Pending {
  el: Element;
  show: () => void;
}

let enabled = false;
const pending: Pending[] = [];
let near: IntersectionObserver | null = null;
let scheduled = false;
/** Set by any input; cleared by each frame. A block is not built between an input and its paint. */
let inputSinceFrame = false;
const INPUT = ['pointerdown', 'keydown', 'click', 'input', 'change'] as const;

/** Called once by the app at start: from then on, `Below` blocks are built after the first paint. */
export function enableBelowFold(): void {
  if (enabled || typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return;
  enabled = true;
  addEventListener('beforeprint', buildAllBelowFold);
  for (const e of INPUT) addEventListener(e, () => (inputSinceFrame = true), { capture: true, passive: true });
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
    // A block the reader scrolls towards is built before it reaches the screen.
    near ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const p = e.isIntersecting ? pending.find((q) => q.el === e.target) : undefined;
          if (p) build(p);
        }
      },
      { rootMargin: '50% 0px' },
    );
    near.observe(el);
    schedule();
    return () => forget(entry);
  };
}

function forget(entry: Pending): void {
  const i = pending.indexOf(entry);
  if (i >= 0) pending.splice(i, 1);
  near?.unobserve(entry.el);
}

function build(entry: Pending): void {
  forget(entry);
  entry.show();
}

/** Time one task may spend building blocks before it lets the browser paint and take input. */
const SLICE_MS = 40;

/** The pending block that comes first in the document. */
function firstInDocument(): Pending {
  return pending.reduce((a, p) => (a.el.compareDocumentPosition(p.el) & Node.DOCUMENT_POSITION_PRECEDING ? p : a));
}

/**
 * After the next frame has painted, build pending blocks in document order. If the
 * reader clicked or typed since that frame, wait for the frame after: their change paints
 * first, and a block is built only after it.
 */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    inputSinceFrame = false;
    setTimeout(() => {
      scheduled = false;
      if (inputSinceFrame) return schedule();
      // Several blocks per task, up to SLICE_MS: each task's blocks share one layout (a layout
      // per block cost 15–20 ms each on the Capacity view), and no task blocks input for long.
      const start = performance.now();
      while (pending.length && performance.now() - start < SLICE_MS) {
        build(firstInDocument());
        flushSync(); // built now, so the time it took counts against the slice
      }
      if (pending.length) schedule();
    }, 0);
  });
}
