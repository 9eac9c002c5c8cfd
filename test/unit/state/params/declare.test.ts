import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { app } from '../../../../src/state/app.svelte';
import { declareParams, flag, iso3, list, local, oneOf, SHARED } from '../../../../src/state/params';

const P = declareParams('demo', {
  state: SHARED.state,
  tab: local(oneOf(['a', 'b', 'c'] as const), 'a'),
  ids: local(list(iso3), []),
  on: local(flag, false).as('on_flag'),
});

describe('declareParams', () => {
  it('reads typed values', () => {
    app.load('#/overview?tab=b&ids=FRA|xx|DEU|FRA&on_flag=1&state=KEN');
    expect(P.value.tab).toBe('b');
    expect(P.value.ids).toEqual(['FRA', 'DEU']);
    expect(P.value.on).toBe(true);
    expect(P.value.state).toBe('KEN');
  });
});
