import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { app } from '../../../src/state/app.svelte';
import { declareParams, iso3, list, local, oneOf } from '../../../src/state/params';

const P = declareParams('demo', {
  tab: local(oneOf(['a', 'b'] as const), 'a'),
  ids: local(list(iso3), []),
});

describe('reactive', () => {
  it('notifies only on a distinct value', () => {
    app.load('#/overview?tab=b');
    let runs = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        void P.value.tab;
        runs++;
      });
    });
    flushSync();
    expect(runs).toBe(1);
    app.load('#/overview?tab=a');
    flushSync();
    expect(runs).toBe(2);
    stop();
  });
});
