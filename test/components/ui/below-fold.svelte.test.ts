import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import BelowFixture from './BelowFixture.svelte';
import { buildAllBelowFold, enableBelowFold } from '../../../src/ui/below-fold';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 5)));
const probes = () => [...document.querySelectorAll('[data-probe]')].map((p) => p.getAttribute('data-probe'));
const placeholders = () => [...document.querySelectorAll<HTMLElement>('[data-below-fold]')];

function start(top = false) {
  const state = $state({ top, built: [] as string[] });
  app = mount(BelowFixture, { target: document.body, props: { state } });
  flushSync();
  return state;
}

// One file, in order: the first test runs before the app switch is turned on (as in every
// other component test, where blocks are built at once).
describe('Below (blocks below the fold)', () => {
  it('builds every block at once until the app turns deferral on', () => {
    const s = start();
    expect(s.built).toEqual(['a', 'b', 'c']);
    expect(placeholders()).toHaveLength(0);
  });

  it('once on: paints placeholders first, then builds the blocks after a frame, in document order', async () => {
    enableBelowFold();
    const s = start();
    expect(s.built).toEqual([]);
    expect(document.getElementById('first-screen')).not.toBeNull();
    const ph = placeholders();
    expect(ph).toHaveLength(3);
    expect(ph[0].style.minHeight).toBe('10rem');
    expect(ph[1].style.minHeight).toBe('20rem'); // the default reserve
    // A block that appears above the others after they were queued is still built first.
    s.top = true;
    flushSync();
    expect(placeholders()).toHaveLength(4);
    await frame();
    expect(s.built).toEqual(['top', 'a', 'b', 'c']);
    expect(probes()).toEqual(['top', 'a', 'b', 'c']);
    expect(placeholders()).toHaveLength(0);
  });

  it('waits a frame when the reader clicked after the last frame, so their change paints first', async () => {
    // Drive the frames by hand: happy-dom's frame and timer order is not a browser's.
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    try {
      const s = start();
      expect(frames).toHaveLength(1);
      frames.shift()!(0); // the frame paints the placeholders
      dispatchEvent(new MouseEvent('click')); // the reader clicks before the build task runs
      await new Promise((r) => setTimeout(r, 5));
      expect(s.built).toEqual([]); // not built: waiting for the frame that paints the click
      expect(frames).toHaveLength(1);
      frames.shift()!(0);
      await new Promise((r) => setTimeout(r, 5));
      expect(s.built).toEqual(['a', 'b', 'c']);
    } finally {
      raf.mockRestore();
    }
  });

  it('builds everything at once for printing, and forgets blocks that are removed before they are built', async () => {
    const s = start();
    dispatchEvent(new Event('beforeprint'));
    expect(s.built).toEqual(['a', 'b', 'c']);
    unmount(app!);
    app = null;
    const t = start();
    unmount(app!); // removed while pending
    app = null;
    await frame();
    expect(t.built).toEqual([]);
    buildAllBelowFold(); // nothing left to build, and no error
    expect(t.built).toEqual([]);
  });
});
