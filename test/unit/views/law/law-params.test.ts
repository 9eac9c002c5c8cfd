import { describe, expect, it } from 'vitest';
import { MAX_COMPARE, lawUrl, toggleActor } from '../../../../src/views/law/params';

// The declaration also reads the shared map form and the group contrast (`vs`); this file pins the rest.
const parseLawParams = (raw: Record<string, string>) => {
  const { map: _map, vs: _vs, ...rest } = lawUrl.read(raw);
  return rest;
};

describe('parseLawParams', () => {
  it('defaults', () => {
    expect(parseLawParams({})).toEqual({
      question: null,
      actors: [],
      sort: 'order',
      actorSort: 'region',
      covered: false,
      groupActors: true,
      cell: null,
      set: 'law',
      includeAi: false,
      year: null,
    });
  });

  it('reads valid values', () => {
    const p = parseLawParams({
      question: 'sovereignty_rule',
      actors: 'FRA|DEU|FRA',
      sort: 'divergence',
      actor_sort: 'similarity',
      covered: '1',
      group_actors: '0',
      cell: 'GBR.sovereignty_rule',
    });
    expect(p).toEqual({
      question: 'sovereignty_rule',
      actors: ['FRA', 'DEU'],
      sort: 'divergence',
      actorSort: 'similarity',
      covered: true,
      groupActors: false,
      cell: { actor: 'GBR', question: 'sovereignty_rule' },
      set: 'law',
      includeAi: false,
      year: null,
    });
  });

  it('drops what a mistyped or hostile link holds', () => {
    const p = parseLawParams({
      question: "x'; DROP TABLE",
      actors: 'fra|<b>|EU',
      sort: 'best',
      actor_sort: 'x',
      cell: 'GBR',
    });
    expect(p.question).toBeNull();
    expect(p.actors).toEqual(['EU']);
    expect([p.sort, p.actorSort, p.cell]).toEqual(['order', 'region', null]);
    expect(parseLawParams({ actors: 'AAA|BBB|CCC|DDD|EEE|FFF|GGG|HHH|III|JJJ' }).actors.length).toBe(MAX_COMPARE);
  });

  it('reads the debates question set and its options (set=debates, ai=1, year=2023; group code POA53)', () => {
    const p = parseLawParams({ set: 'debates', ai: '1', year: '2023', actors: 'POA53|EU' });
    expect([p.set, p.includeAi, p.year, p.actors]).toEqual(['debates', true, 2023, ['POA53', 'EU']]);
    const bad = parseLawParams({ set: 'votes', ai: 'yes', year: '23' });
    expect([bad.set, bad.includeAi, bad.year]).toEqual(['law', false, null]);
  });
});

describe('toggleActor', () => {
  it('adds, removes and clears', () => {
    // Now typed: the list, which the declaration writes as `FRA|DEU` (empty = removed).
    expect(toggleActor([], 'FRA')).toEqual(['FRA']);
    expect(toggleActor(['FRA'], 'DEU')).toEqual(['FRA', 'DEU']);
    expect(toggleActor(['FRA', 'DEU'], 'FRA')).toEqual(['DEU']);
    expect(toggleActor(['FRA'], 'FRA')).toEqual([]);
    expect(lawUrl.encode({ actors: toggleActor(['FRA'], 'DEU') })).toEqual({ actors: 'FRA|DEU' });
    expect(lawUrl.encode({ actors: toggleActor(['FRA'], 'FRA') })).toEqual({ actors: null });
  });
});
