import { describe, expect, it } from 'vitest';
import type { CapacityScoreRow } from '../../../../src/queries/capacity';
import { buildCells, cellKey, distributionRows, rankedGaps } from '../../../../src/views/capacity/model';
import { capacityProfile } from '../../../../src/views/capacity/profile';
import { capacityParams, thresholdFor } from '../../../../src/views/capacity/params';
import { sortGroups } from '../../../../src/views/capacity/groups';

// Four states, two groups, two pillars; DDD has no GCI record at all.
function row(
  iso3: string,
  group: string,
  pillar: 'legal' | 'overall',
  score: number | null,
  extra: Partial<CapacityScoreRow> = {},
): CapacityScoreRow {
  return {
    iso3,
    m49: 0,
    name: iso3,
    g_group: group,
    g_region: group === 'African' ? 'Africa' : 'Europe',
    g_ldc: 'Not LDC',
    g_sids: 'Not SIDS',
    g_income: 'High income',
    pillar,
    score,
    max_score: pillar === 'overall' ? 100 : 20,
    withheld: false,
    has_record: true,
    note: null,
    source_id: 's',
    ...extra,
  };
}
const rows: CapacityScoreRow[] = [
  row('AAA', 'African', 'legal', 4),
  row('AAA', 'African', 'overall', 30),
  row('BBB', 'African', 'legal', 16),
  row('BBB', 'African', 'overall', 70),
  row('CCC', 'WEOG', 'legal', 20),
  row('CCC', 'WEOG', 'overall', 100),
  row('DDD', 'WEOG', 'legal', null, { has_record: false, source_id: null }),
  row('DDD', 'WEOG', 'overall', null, { has_record: false, source_id: null }),
];

describe('capacity params', () => {
  it('falls back to defaults on unreadable values', () => {
    expect(capacityParams({})).toEqual({
      pillar: 'overall',
      bench: 'max',
      threshold: 10,
      by: 'group',
      gaps: 'all',
      map: 'tiles',
      state: null,
    });
    expect(capacityParams({ pillar: 'magic', threshold: '25', by: 'x', state: 'ken', bench: 'top' })).toMatchObject({
      pillar: 'overall',
      threshold: 10,
      by: 'group',
      state: null,
      bench: 'max',
    });
    expect(
      capacityParams({
        pillar: 'legal',
        threshold: '7.5',
        by: 'sids',
        state: 'KEN',
        bench: 'q3',
        gaps: 'pillar',
        map: 'geo',
      }),
    ).toEqual({
      pillar: 'legal',
      threshold: 7.5,
      by: 'sids',
      state: 'KEN',
      bench: 'q3',
      gaps: 'pillar',
      map: 'geo',
    });
    expect(capacityParams({ threshold: '' }).threshold).toBe(10);
    expect(capacityParams({ threshold: '0' }).threshold).toBe(0);
  });

  it('scales the threshold to the pillar: 10 of 20 is 50 of 100', () => {
    expect(thresholdFor('technical', 10)).toBe(10);
    expect(thresholdFor('overall', 10)).toBe(50);
    expect(thresholdFor('overall', 7)).toBe(35);
  });

  it('orders groups as the UN lists them, unknown ones last', () => {
    expect(sortGroups('group', ['WEOG', 'Zeta', 'African', 'GRULAC', 'WEOG'])).toEqual([
      'African',
      'GRULAC',
      'WEOG',
      'Zeta',
    ]);
  });
});

describe('capacity model', () => {
  const all = new Set(['AAA', 'BBB', 'CCC', 'DDD']);

  it('lists only the chosen pillar in "pillar only" mode, never the overall score in "all" mode', () => {
    const m = buildCells(rows, all, capacityParams({}));
    // legal: African 4 and 16 → 1 of 2 under 10; WEOG 20 → 0 of 1 (DDD missing)
    expect(rankedGaps(m, capacityParams({})).map((c) => `${c.pillar}/${c.group}`)).toEqual([
      'legal/African',
      'legal/WEOG',
    ]);
    // overall: African 30 and 70 → 1 of 2 under 50; WEOG 100 → 0 of 1
    expect(rankedGaps(m, capacityParams({ gaps: 'pillar' })).map((c) => `${c.pillar}/${c.group}`)).toEqual([
      'overall/African',
      'overall/WEOG',
    ]);
    expect(rankedGaps(m, capacityParams({ gaps: 'pillar', pillar: 'legal' })).every((c) => c.pillar === 'legal')).toBe(
      true,
    );
  });

  it('summarises only the states in scope', () => {
    const m = buildCells(rows, new Set(['AAA', 'CCC', 'DDD']), capacityParams({}));
    expect(m.groups).toEqual(['African', 'WEOG']);
    expect(m.cells.get(cellKey('legal', 'African'))).toMatchObject({ n: 1, median: 4, missing: 0 });
    expect(m.cells.get(cellKey('legal', 'WEOG'))).toMatchObject({ n: 1, median: 20, missing: 1 });
  });

  it('puts scored states as dots and names the missing ones with the reason', () => {
    const p = capacityParams({ pillar: 'legal' });
    const d = distributionRows(rows, all, p, buildCells(rows, all, p));
    expect(d.map((r) => [r.group, r.dots.map((x) => x.iso3), r.missing.map((x) => `${x.iso3}: ${x.why}`)])).toEqual([
      ['African', ['AAA', 'BBB'], []],
      ['WEOG', ['CCC'], ['DDD: no GCI 2020 record']],
    ]);
    expect(d[0].cell).toMatchObject({ median: 10, under: 1 });
    // gaps to the maximum (20): AAA 16, BBB 4, CCC 0
    expect(d.flatMap((r) => r.dots.map((x) => x.gap))).toEqual([16, 4, 0]);
  });

  it('profiles a state against its whole group, whatever the filter', () => {
    const p = capacityParams({});
    const onlyA = new Set(['AAA']);
    const prof = capacityProfile(rows, 'BBB', p, buildCells(rows, onlyA, p).benchmarks, onlyA)!;
    // BBB is out of scope; the African median still uses AAA and BBB: legal (4 + 16) / 2 = 10
    expect(prof).toMatchObject({ iso3: 'BBB', group: 'African', inScope: false, hasRecord: true });
    expect(prof.bars.map((b) => [b.pillar, b.score, b.groupMedian, b.groupN, b.gap])).toEqual([
      ['overall', 70, 50, 2, 30],
      ['legal', 16, 10, 2, 4],
    ]);
    const none = capacityProfile(rows, 'DDD', p, new Map(), all)!;
    expect(none.hasRecord).toBe(false);
    expect(none.bars.map((b) => [b.score, b.why, b.gap])).toEqual([
      [null, 'no record', null],
      [null, 'no record', null],
    ]);
    expect(capacityProfile(rows, 'ZZZ', p, new Map(), all)).toBeNull();
  });
});
