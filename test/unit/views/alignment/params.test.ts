import { describe, expect, it } from 'vitest';
import {
  decodeItems,
  DEFAULT_ITEMS,
  encodeItems,
  itemChosen,
  overlayParam,
  readAlignmentParams,
} from '../../../../src/views/alignment/params';
import type { ItemFamily } from '../../../../src/queries/alignment-items';

const catalogue: { family: ItemFamily; item: string }[] = [
  { family: 'votes', item: 'v:73-27' },
  { family: 'votes', item: 'v:l.11-2023' },
  { family: 'il', item: 'q:sovereignty_rule' },
  { family: 'il', item: 'q:countermeasures' },
  { family: 'survey', item: 's:a' },
  { family: 'survey', item: 's:b' },
];

describe('alignment URL parameters', () => {
  it('reads defaults from an empty or hostile link', () => {
    const p = readAlignmentParams({
      tab: 'nonsense',
      k: '9',
      overlay: "org:'; DROP",
      state: 'fra',
      order: 'x',
      measure: 'y',
    });
    expect(p).toEqual({
      tab: 'votes',
      rollCalls: null,
      res: null,
      order: 'cluster',
      measure: 'agreement',
      items: DEFAULT_ITEMS,
      k: null,
      overlay: { kind: 'cluster' },
      state: null,
    });
  });

  it('reads every parameter', () => {
    const p = readAlignmentParams({
      tab: 'map',
      rc: '73-27|L.11-2023|bad token!',
      res: '77-37',
      order: 'group',
      measure: 'kappa',
      items: 'votes|q:sovereignty_rule',
      k: '3',
      overlay: 'org:EU',
      state: 'FRA',
    });
    expect(p.tab).toBe('map');
    expect(p.rollCalls).toEqual(['73-27', 'l.11-2023']);
    expect(p.res).toBe('77-37');
    expect([p.order, p.measure, p.k, p.state]).toEqual(['group', 'kappa', 3, 'FRA']);
    expect(p.items).toEqual({ votes: 'all', il: ['sovereignty_rule'], survey: [] });
    expect(p.overlay).toEqual({ kind: 'org', org: 'EU' });
    expect(readAlignmentParams({ rc: 'none' }).rollCalls).toEqual(['none']);
  });

  it('decodes items: families, single items, none, default', () => {
    expect(decodeItems(undefined)).toEqual(DEFAULT_ITEMS);
    expect(decodeItems('none')).toEqual({ votes: [], il: [], survey: [] });
    expect(decodeItems('il|v:73-27|s:a|x:zzz|v:BAD KEY')).toEqual({ votes: ['73-27'], il: 'all', survey: ['a'] });
  });

  it('encodes items compactly and round-trips', () => {
    const all = new Set(['v:73-27', 'v:l.11-2023', 'q:sovereignty_rule', 'q:countermeasures']);
    expect(encodeItems(all, catalogue)).toBeNull(); // the default
    expect(encodeItems(new Set([...all, 's:a', 's:b']), catalogue)).toBe('votes|il|survey');
    expect(encodeItems(new Set(['v:73-27', 'q:countermeasures']), catalogue)).toBe('v:73-27|q:countermeasures');
    expect(encodeItems(new Set(), catalogue)).toBe('none');
    const choice = decodeItems('v:l.11-2023|il|s:b');
    const picked = catalogue.filter((c) => itemChosen(choice, c.family, c.item)).map((c) => c.item);
    expect(picked).toEqual(['v:l.11-2023', 'q:sovereignty_rule', 'q:countermeasures', 's:b']);
  });

  it('writes the overlay parameter', () => {
    expect(overlayParam({ kind: 'cluster' })).toBeNull();
    expect(overlayParam({ kind: 'group' })).toBe('group');
    expect(overlayParam({ kind: 'org', org: 'AU' })).toBe('org:AU');
  });
});
