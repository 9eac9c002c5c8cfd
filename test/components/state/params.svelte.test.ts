import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { app, registerViews } from '../../../src/state/app.svelte';
import { declareParams, flag, iso3, list, local, oneOf, SHARED } from '../../../src/state/params';

// The reactive core of the typed URL parameters, in a DOM (happy-dom) with Svelte's client runtime.
const demo = declareParams('demo', {
  state: SHARED.state,
  map: SHARED.map,
  tab: local(oneOf(['a', 'b'] as const), 'a'),
  ids: local(list(iso3), []),
  on: local(flag, false).as('on_flag'),
});
const other = declareParams('other', { tab: local(oneOf(['x', 'y'] as const), 'x') });
registerViews(['overview', 'demo', 'other']);

/** Count the runs of an effect that reads `read()`. */
function watch(read: () => unknown): { runs: () => number; stop: () => void } {
  let n = 0;
  const stop = $effect.root(() => {
    $effect(() => {
      void read();
      n++;
    });
  });
  flushSync();
  return { runs: () => n, stop };
}

const settle = () => new Promise((r) => setTimeout(r, 260));

afterEach(() => vi.restoreAllMocks());

describe('declared parameters', () => {
  it('read typed values, with their URL key', () => {
    app.load('#/demo?tab=b&ids=FRA|xx|DEU|FRA&on_flag=1&state=KEN&map=geo');
    expect(demo.value.tab).toBe('b');
    expect(demo.value.ids).toEqual(['FRA', 'DEU']);
    expect(demo.value.on).toBe(true);
    expect([demo.value.state, demo.value.map]).toEqual(['KEN', 'geo']);
  });

  it('notify only on a distinct value of their own key', () => {
    app.load('#/demo?tab=b&ids=FRA|DEU');
    const tab = watch(() => demo.value.tab);
    const ids = watch(() => demo.value.ids);
    expect([tab.runs(), ids.runs()]).toEqual([1, 1]);
    app.load('#/demo?tab=b&ids=FRA|DEU&state=FRA'); // another key
    flushSync();
    expect([tab.runs(), ids.runs()]).toEqual([1, 1]);
    app.load('#/demo?tab=b&ids=FRA|DEU|zz'); // another string, the same list
    flushSync();
    expect(ids.runs()).toBe(1);
    app.load('#/demo?tab=junk&ids=FRA|DEU|zz'); // junk reads as the default 'a': a change
    flushSync();
    expect(tab.runs()).toBe(2);
    app.load('#/demo?ids=FRA|DEU|zz'); // absent is the default too: no change
    flushSync();
    expect(tab.runs()).toBe(2);
    app.load('#/demo?ids=DEU|FRA');
    flushSync();
    expect(ids.runs()).toBe(2);
    tab.stop();
    ids.stop();
  });

  it('set() encodes, drops defaults and makes one history entry', async () => {
    history.replaceState(null, '', '#/demo?tab=b&group=WEOG');
    app.load(location.hash);
    await settle();
    const push = vi.spyOn(history, 'pushState');
    demo.set({ tab: 'a', ids: ['KEN', 'FRA'], on: true });
    demo.set({ state: 'FRA' });
    expect(demo.value.ids).toEqual(['KEN', 'FRA']);
    await settle();
    expect(push).toHaveBeenCalledTimes(1);
    expect(location.hash).toBe('#/demo?group=WEOG&ids=KEN|FRA&on_flag=1&state=FRA');
    demo.set({ ids: [], on: false, state: null });
    await settle();
    expect(push).toHaveBeenCalledTimes(2);
    expect(location.hash).toBe('#/demo?group=WEOG');
  });

  it('href() links this view with some values changed; plainHref() only the values', () => {
    app.load('#/demo?tab=b&group=African&state=KEN');
    expect(demo.href({ ids: ['FRA'] })).toBe('#/demo?group=African&ids=FRA&state=KEN&tab=b');
    expect(demo.href({ tab: 'a' })).toBe('#/demo?group=African&state=KEN');
    expect(demo.plainHref({ state: 'FRA' })).toBe('#/demo?state=FRA');
    expect(other.plainHref()).toBe('#/other');
  });

  it('go() and link() keep the filter and the shared keys, and drop the old view’s own keys', () => {
    app.load('#/demo?tab=b&ids=FRA&group=African&state=KEN&map=geo');
    expect(other.link({ tab: 'y' })).toBe('#/other?group=African&map=geo&state=KEN&tab=y');
    expect(app.hrefTo('other')).toBe('#/other?group=African&map=geo&state=KEN');
    other.go();
    expect(app.view).toBe('other');
    expect(app.hash()).toBe('#/other?group=African&map=geo&state=KEN');
    expect(demo.value.ids).toEqual([]);
    expect(other.value.tab).toBe('x');
  });

  it('refuses an undeclared key', () => {
    expect(() => demo.set({ nope: 1 } as never)).toThrow(/undeclared parameter "nope"/);
  });
});
