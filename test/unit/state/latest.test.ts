import { describe, expect, it } from 'vitest';
import { Latest } from '../../../src/state/latest';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('Latest (stale-response guard)', () => {
  it('drops a slow older answer that arrives after a newer one', async () => {
    const latest = new Latest();
    const seen: string[] = [];
    const older = deferred<string>();
    const newer = deferred<string>();
    latest.follow(
      older.promise,
      (v) => seen.push(v),
      () => seen.push('error'),
    );
    latest.follow(
      newer.promise,
      (v) => seen.push(v),
      () => seen.push('error'),
    );
    newer.resolve('new');
    await newer.promise;
    older.resolve('old');
    await older.promise;
    await Promise.resolve();
    expect(seen).toEqual(['new']);
  });

  it('drops a superseded failure, and everything after cancel()', async () => {
    const latest = new Latest();
    const seen: string[] = [];
    const a = deferred<string>();
    latest.follow(
      a.promise,
      (v) => seen.push(v),
      () => seen.push('a failed'),
    );
    const current = latest.begin();
    a.reject(new Error('x'));
    await a.promise.catch(() => {});
    await Promise.resolve();
    expect(seen).toEqual([]);
    expect(current()).toBe(true);
    latest.cancel();
    expect(current()).toBe(false);
  });
});
