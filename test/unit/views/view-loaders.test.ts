import { describe, expect, it } from 'vitest';
import { VIEW_REGISTRY } from '../../../src/views/registry';
import { LAZY_VIEWS, lazyView } from '../../../src/views/view-loaders';

describe('view loaders', () => {
  it('every registered view but the landing page has its own lazy chunk, and no other view does', () => {
    const names = VIEW_REGISTRY.map((v) => v.name);
    expect(names[0]).toBe('overview');
    expect(Object.keys(LAZY_VIEWS).sort()).toEqual(names.slice(1).sort());
    for (const v of VIEW_REGISTRY.slice(1)) expect(v.load).toBe(lazyView(v.name));
  });

  it('a name from a URL finds a loader only if it is a lazy view', () => {
    expect(lazyView('law')).toBeTypeOf('function');
    expect(lazyView('overview')).toBeUndefined();
    expect(lazyView('toString')).toBeUndefined(); // not an inherited key
    expect(lazyView('nope')).toBeUndefined();
  });
});
