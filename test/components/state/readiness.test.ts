import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import ReadinessView from './ReadinessView.svelte';
import { harnessState } from './harness-state.svelte';

// The app's coordinator would start DuckDB-wasm; the harness passes its own runner instead.
vi.mock('../../../src/state/app-coordinator.svelte', () => ({
  runQuery: () => Promise.reject(new Error('the harness passes its own runner')),
}));

/** A fake query runner whose answers the test releases by hand, in any order. */
function fakeRunner() {
  const pending: { sql: string; resolve: (rows: unknown[]) => void; reject: (e: Error) => void }[] = [];
  const run = (sql: string) => new Promise<unknown[]>((resolve, reject) => pending.push({ sql, resolve, reject }));
  return { run, pending };
}

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

const section = () => document.querySelector('section')!;
const busy = () => section().getAttribute('aria-busy');
const rows = () => JSON.parse(section().dataset.rows!);
const settle = async () => {
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
};

function render() {
  const s = harnessState();
  const f = fakeRunner();
  app = mount(ReadinessView, { target: document.body, props: { ...s, run: f.run } });
  flushSync();
  return { ...s, ...f };
}

describe('LiveQuery and the view readiness', () => {
  it('is busy from the first render until the query answers', async () => {
    const h = render();
    expect(busy()).toBe('true');
    expect(h.pending.map((p) => p.sql)).toEqual(['SELECT 1']);
    h.pending[0].resolve([{ n: 1 }]);
    await settle();
    expect(rows()).toEqual([{ n: 1 }]);
    expect(busy()).toBe('false');
  });

  it('never lets a slow older answer overwrite a newer one', async () => {
    const h = render();
    h.input.sql = 'SELECT 2';
    flushSync();
    expect(h.pending.map((p) => p.sql)).toEqual(['SELECT 1', 'SELECT 2']);
    h.pending[1].resolve([{ n: 2 }]);
    await settle();
    expect(busy()).toBe('false');
    h.pending[0].resolve([{ n: 1 }]); // the older request answers last
    await settle();
    expect(rows()).toEqual([{ n: 2 }]);
  });

  it('stays busy while a registered chart has not painted, and is idle after it paints', async () => {
    const h = render();
    h.pending[0].resolve([]);
    await settle();
    expect(busy()).toBe('false');
    h.chart.on = true;
    flushSync();
    expect(busy()).toBe('true');
    h.chart.painted = true;
    flushSync();
    expect(busy()).toBe('false');
    // a chart that goes away stops counting
    h.chart.painted = false;
    flushSync();
    expect(busy()).toBe('true');
    h.chart.on = false;
    flushSync();
    expect(busy()).toBe('false');
  });

  it('reports an error and is idle; null SQL means nothing to run', async () => {
    const h = render();
    h.pending[0].reject(new Error('no such table'));
    await settle();
    expect(section().dataset.error).toBe('no such table');
    expect(busy()).toBe('false');
    h.input.sql = 'SELECT 3';
    flushSync();
    expect(busy()).toBe('true');
    h.input.sql = null;
    flushSync();
    expect(busy()).toBe('false');
    h.pending[1].resolve([{ n: 3 }]); // the abandoned request answers: dropped
    await settle();
    expect(rows()).toBe(null);
  });
});

describe('outside a view', () => {
  it('a LiveQuery made in an $effect.root (no component) runs and registers with nothing', async () => {
    const { LiveQuery } = await import('../../../src/state/query.svelte');
    const { outsideProbe } = await import('./outside.svelte');
    const seen: string[] = [];
    const stop = outsideProbe(LiveQuery, async (sql: string) => {
      seen.push(sql);
      return [{ ok: 1 }];
    });
    flushSync();
    await settle();
    expect(seen).toEqual(['SELECT 9']);
    stop.dispose();
    expect(stop.rows()).toEqual([{ ok: 1 }]);
  });
});
