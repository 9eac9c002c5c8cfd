import { describe, expect, it } from 'vitest';
import { createCoordinator, type QueryOrigin } from '../../../src/state/coordinator';
import type { ArrowTableLike, Row } from '../../../src/db/types';

/** A fake engine: each SQL answers with one row naming it; `hold` keeps answers back until released. */
function fakeDb() {
  const calls: string[] = [];
  const held = new Map<string, () => void>();
  let hold = false;
  let version = 1;
  const table = (rows: Row[]): ArrowTableLike => ({
    numRows: rows.length,
    schema: { fields: [] },
    toArray: () => rows.map((r) => ({ toJSON: () => r })),
  });
  const db = {
    async query(sql: string) {
      calls.push(sql);
      const rows = [{ sql, version }];
      if (!hold) return table(rows);
      await new Promise<void>((resolve) => held.set(sql, resolve));
      return table(rows);
    },
    async exec(sql: string) {
      calls.push(sql);
      version++;
    },
  };
  return {
    db,
    calls,
    holdAnswers: (on: boolean) => (hold = on),
    release: (sql: string) => held.get(sql)?.(),
  };
}

function setup(
  opts: { cacheLimit?: number; snapshot?: Record<string, Row[]>; execs?: string[]; ready?: () => boolean } = {},
) {
  const f = fakeDb();
  const log: { sql: string; rows: number; from: QueryOrigin }[] = [];
  let invalidations = 0;
  const c = createCoordinator({
    db: async () => f.db,
    toRows: (t) => Array.from(t.toArray(), (r) => r!.toJSON() as Row),
    log: (sql, _ms, rows, from) => log.push({ sql, rows, from }),
    cacheLimit: opts.cacheLimit,
    snapshot: opts.snapshot ? async () => ({ results: opts.snapshot!, execs: opts.execs }) : undefined,
    ready: opts.ready,
    onInvalidate: () => invalidations++,
  });
  return { c, f, log, invalidations: () => invalidations };
}

describe('coordinator', () => {
  it('sends two identical queries in flight to the engine once, and both get the rows', async () => {
    const { c, f } = setup();
    f.holdAnswers(true);
    const a = c.query('SELECT 1');
    const b = c.query('SELECT 1');
    await Promise.resolve();
    await Promise.resolve();
    f.release('SELECT 1');
    const [ra, rb] = await Promise.all([a, b]);
    expect(f.calls).toEqual(['SELECT 1']);
    expect(ra).toEqual([{ sql: 'SELECT 1', version: 1 }]);
    expect(rb).toEqual(ra);
    // each caller has its own array: sorting one cannot reorder the other's
    expect(ra).not.toBe(rb);
  });

  it('answers a repeated query from the cache and logs where each answer came from', async () => {
    const { c, f, log } = setup();
    await c.query('SELECT 2');
    await c.query('SELECT 2');
    expect(f.calls).toEqual(['SELECT 2']);
    expect(log.map((e) => e.from)).toEqual(['duckdb', 'cache']);
    expect(log.every((e) => e.rows === 1 && e.sql === 'SELECT 2')).toBe(true);
    expect(c.cached).toBe(1);
  });

  it('evicts the oldest result beyond the cache limit', async () => {
    const { c, f } = setup({ cacheLimit: 2 });
    await c.query('A');
    await c.query('B');
    await c.query('C'); // A is dropped
    expect(c.cached).toBe(2);
    await c.query('B'); // still cached
    await c.query('A'); // asked again
    expect(f.calls).toEqual(['A', 'B', 'C', 'A']);
  });

  it('after a write, re-runs queries, and a response from before the write does not land in the cache', async () => {
    const { c, f, invalidations } = setup();
    expect(await c.query('Q')).toEqual([{ sql: 'Q', version: 1 }]);
    f.holdAnswers(true);
    c.invalidate();
    const old = c.query('Q'); // sets out before the write below
    await Promise.resolve();
    await Promise.resolve();
    await c.write((db) => db.exec('CREATE TABLE t'));
    f.release('Q');
    await old;
    f.holdAnswers(false);
    // the write cleared the cache and the in-flight entry: a fresh engine call sees version 2
    expect(await c.query('Q')).toEqual([{ sql: 'Q', version: 2 }]);
    expect(f.calls.filter((s) => s === 'Q')).toHaveLength(3);
    expect(invalidations()).toBe(2);
  });

  it('serves exact SQL from the snapshot until the engine is ready, without caching it', async () => {
    let ready = false;
    const { c, f, log } = setup({ snapshot: { S: [{ n: 7 }] }, ready: () => ready });
    expect(await c.query('S')).toEqual([{ n: 7 }]);
    expect(await c.query('T')).toEqual([{ sql: 'T', version: 1 }]); // not in the snapshot: the engine
    ready = true;
    expect(await c.query('S')).toEqual([{ sql: 'S', version: 1 }]);
    expect(log.map((e) => `${e.sql}:${e.from}`)).toEqual(['S:snapshot', 'T:duckdb', 'S:duckdb']);
    expect(f.calls).toEqual(['T', 'S']);
  });

  it('puts off a session statement the snapshot assumes and runs it before the first engine call', async () => {
    let ready = false;
    const { c, f, log } = setup({
      snapshot: { 'SELECT * FROM t': [{ n: 1 }] },
      execs: ['CREATE t'],
      ready: () => ready,
    });
    await c.exec('CREATE t'); // recorded, not run: the engine is not up
    expect(await c.query('SELECT * FROM t')).toEqual([{ n: 1 }]);
    expect(f.calls).toEqual([]);
    ready = true;
    // The next engine call runs the statement first, then the query (the fake bumps its
    // version per exec, so the answer shows the statement ran before it)
    expect(await c.query('SELECT * FROM t WHERE x')).toEqual([{ sql: 'SELECT * FROM t WHERE x', version: 2 }]);
    expect(f.calls).toEqual(['CREATE t', 'SELECT * FROM t WHERE x']);
    await c.exec('CREATE t'); // the engine is up now: run at once
    expect(f.calls).toEqual(['CREATE t', 'SELECT * FROM t WHERE x', 'CREATE t']);
    expect(log.map((e) => e.from)).toEqual(['snapshot', 'duckdb']);
  });

  it('runs a statement the snapshot does not list at once, even before the engine is ready', async () => {
    const { c, f } = setup({ snapshot: {}, execs: ['CREATE t'], ready: () => false });
    await c.exec('CREATE u');
    expect(f.calls).toEqual(['CREATE u']);
  });

  it('concurrent first engine calls both wait for the put-off statement', async () => {
    let ready = false;
    const { c, f } = setup({ snapshot: {}, execs: ['CREATE t'], ready: () => ready });
    await c.exec('CREATE t');
    ready = true;
    const [a, b] = await Promise.all([c.query('A'), c.arrow('B')]);
    expect(a).toEqual([{ sql: 'A', version: 2 }]);
    expect(b.numRows).toBe(1);
    expect(f.calls[0]).toBe('CREATE t');
    expect(f.calls.filter((s) => s === 'CREATE t')).toHaveLength(1);
  });

  it("issues a view's queries together and forgets a failed one", async () => {
    const { c, f } = setup();
    const [a, b] = await c.queryAll<[{ sql: string }, { sql: string }]>(['X', 'Y']);
    expect([a[0].sql, b[0].sql]).toEqual(['X', 'Y']);
    f.db.query = async () => {
      throw new Error('boom');
    };
    await expect(c.query('Z')).rejects.toThrow('boom');
    f.db.query = async (sql: string) => ({
      numRows: 1,
      schema: { fields: [] },
      toArray: () => [{ toJSON: () => ({ ok: sql }) }],
    });
    expect(await c.query('Z')).toEqual([{ ok: 'Z' }]);
  });

  it('reads Arrow for downloads without caching it, and logs it', async () => {
    const { c, f, log } = setup();
    const t = await c.arrow('D');
    expect(t.numRows).toBe(1);
    await c.arrow('D');
    expect(f.calls).toEqual(['D', 'D']);
    expect(c.cached).toBe(0);
    expect(log.map((e) => e.from)).toEqual(['duckdb', 'duckdb']);
  });
});
