import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import BelowFixture from './BelowFixture.svelte';
import { QUIET_MS, buildAllBelowFold, enableBelowFold } from '../../../src/ui/below-fold';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const probes = () => [...document.querySelectorAll('[data-probe]')].map((p) => p.getAttribute('data-probe'));
const placeholders = () => [...document.querySelectorAll<HTMLElement>('[data-below-fold]')];

function start(top = false, cost = 0) {
  const state = $state({ top, built: [] as string[], cost });
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

  it('once on: placeholders first; the blocks are built when the reader pauses, in document order', async () => {
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
    await wait(QUIET_MS - 100);
    expect(s.built).toEqual([]); // not before the pause
    await wait(200);
    expect(s.built).toEqual(['top', 'a', 'b', 'c']);
    expect(probes()).toEqual(['top', 'a', 'b', 'c']);
    expect(placeholders()).toHaveLength(0);
  });

  it('a click during the wait starts the pause again', async () => {
    const s = start();
    await wait(QUIET_MS - 100);
    dispatchEvent(new MouseEvent('click'));
    await wait(150); // past the first pause's end
    expect(s.built).toEqual([]);
    await wait(QUIET_MS);
    expect(s.built).toEqual(['a', 'b', 'c']);
  });

  it('builds up to 40 ms per task, lets a frame paint, and stops for input until the next pause', async () => {
    // Drive frames by hand: happy-dom's frame and timer order is not a browser's.
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const s = start(false, 25);
    await wait(QUIET_MS + 50);
    expect(s.built).toEqual(['a', 'b']); // 25 ms each: the second one ends past 40 ms, and the slice stops
    expect(frames).toHaveLength(1);
    dispatchEvent(new MouseEvent('click')); // the reader acts before the next slice
    frames.shift()!(0);
    await wait(10);
    expect(s.built).toEqual(['a', 'b']); // waits for them to pause again
    await wait(QUIET_MS + 50);
    expect(s.built).toEqual(['a', 'b', 'c']);
  });

  it('builds everything at once for printing, and forgets blocks removed before they are built', async () => {
    const s = start();
    dispatchEvent(new Event('beforeprint'));
    expect(s.built).toEqual(['a', 'b', 'c']);
    unmount(app!);
    app = null;
    const t = start();
    unmount(app!); // removed while pending
    app = null;
    await wait(QUIET_MS + 50);
    expect(t.built).toEqual([]);
    buildAllBelowFold(); // nothing left to build, and no error
    expect(t.built).toEqual([]);
  });
});
