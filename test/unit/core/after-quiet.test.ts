import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterQuiet } from '../../../src/core/after-quiet';

// Node has no window: a plain EventTarget stands in for it, as the module uses the global
// addEventListener / removeEventListener (capture listeners on window in the browser).
const target = new EventTarget();
const g = globalThis as unknown as Record<string, unknown>;

describe('afterQuiet: background work waits until the user leaves the page alone', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    g.addEventListener = target.addEventListener.bind(target);
    g.removeEventListener = target.removeEventListener.bind(target);
  });
  afterEach(() => {
    vi.useRealTimers();
    delete g.addEventListener;
    delete g.removeEventListener;
  });

  it('runs once, quietMs after the start when there is no input', () => {
    const fn = vi.fn();
    afterQuiet(400, fn);
    vi.advanceTimersByTime(399);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1); // the wait is over; the work is queued for an idle moment
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1); // the idle task (a timeout where there are no idle callbacks)
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a click or key restarts the wait', () => {
    const fn = vi.fn();
    afterQuiet(400, fn);
    vi.advanceTimersByTime(300);
    target.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(300); // 600 ms from the start, 300 after the click
    expect(fn).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(399);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(1); // the idle task (a timeout where there are no idle callbacks)
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('other events do not count as input', () => {
    const fn = vi.fn();
    afterQuiet(400, fn);
    vi.advanceTimersByTime(300);
    target.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(100);
    vi.advanceTimersByTime(1); // the idle task (a timeout where there are no idle callbacks)
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancel stops it, and stops listening', () => {
    const fn = vi.fn();
    const cancel = afterQuiet(400, fn);
    vi.advanceTimersByTime(200);
    cancel();
    target.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(2000);
    expect(fn).not.toHaveBeenCalled();
  });
});
