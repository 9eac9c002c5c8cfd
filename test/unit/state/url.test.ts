import { describe, expect, it } from 'vitest';
import { parseHash, toHash, type HashState } from '../../../src/state/url';
import { DEFAULT_FILTER } from '../../../src/queries/filter';

const VIEWS = ['overview', 'about', 'norms'];

describe('URL hash state', () => {
  it('parses the documented form', () => {
    const s = parseHash('#/norms?group=African|GRULAC&ldc=1&sids=0&org=AU&norm=g', VIEWS, 'overview');
    expect(s.view).toBe('norms');
    expect(s.filter.groups).toEqual(['African', 'GRULAC']);
    expect(s.filter.ldc).toBe('yes');
    expect(s.filter.sids).toBe('no');
    expect(s.filter.lldc).toBe('any');
    expect(s.filter.orgs).toEqual(['AU']);
    expect(s.params).toEqual({ norm: 'g' });
  });

  it('round-trips a full state through the hash', () => {
    const state: HashState = {
      view: 'about',
      filter: {
        groups: ['WEOG'],
        regions: ['Europe', 'Asia'],
        subregions: ['Western Asia'],
        orgs: ['EU', 'NATO'],
        orgStatus: 'any',
        ldc: 'no',
        lldc: 'yes',
        sids: 'any',
        income: ['High income', 'Upper middle income'],
        observers: true,
        illustrative: false,
      },
      params: { state: 'FRA', ind: 'gci', pillar: 'legal' },
    };
    const hash = toHash(state);
    expect(hash.startsWith('#/about?')).toBe(true);
    expect(parseHash(hash, VIEWS, 'overview')).toEqual(state);
  });

  it('generated data only on request: off by default and with illus=0 (old links), on with illus=1; round-trips', () => {
    // Issue 11 changed the default: the illustrative survey is off unless the URL asks for it.
    const hidden = parseHash('#/norms?illus=0&norm=g', VIEWS, 'overview');
    expect(hidden.filter.illustrative).toBe(false);
    expect(hidden.params).toEqual({ norm: 'g' });
    expect(toHash(hidden)).toBe('#/norms?norm=g');
    const shown = parseHash('#/norms?illus=1&norm=g', VIEWS, 'overview');
    expect(shown.filter.illustrative).toBe(true);
    expect(toHash(shown)).toBe('#/norms?illus=1&norm=g');
    expect(parseHash('#/norms', VIEWS, 'overview').filter.illustrative).toBe(false);
  });

  it('writes the default state as a bare view path', () => {
    expect(toHash({ view: 'overview', filter: { ...DEFAULT_FILTER }, params: {} })).toBe('#/overview');
  });

  it('falls back to defaults for an unknown view and invalid values, without throwing', () => {
    const s = parseHash('#/nowhere?group=Martians|African&ldc=maybe&income=Rich&org=A;B', VIEWS, 'overview');
    expect(s.view).toBe('overview');
    expect(s.filter.groups).toEqual(['African']);
    expect(s.filter.ldc).toBe('any');
    expect(s.filter.income).toEqual([]);
    expect(s.filter.orgs).toEqual([]);
  });

  it('survives broken percent-encoding', () => {
    const s = parseHash('#/overview?group=%E0%A4%A', VIEWS, 'overview');
    expect(s.view).toBe('overview');
    expect(s.filter).toEqual(DEFAULT_FILTER);
  });

  it('handles an empty hash', () => {
    expect(parseHash('', VIEWS, 'overview')).toEqual({ view: 'overview', filter: DEFAULT_FILTER, params: {} });
  });
});
