import { describe, expect, it } from 'vitest';
import type { CapacityCell } from '../../../../src/analysis/capacity-cells';
import { benchmarkWords, fmtScore, gapDetail, gapSentence } from '../../../../src/views/capacity/words';
import { needOfferCells, needOfferSentence } from '../../../../src/views/capacity/need-offer';
import type { NeedOfferRow } from '../../../../src/queries/capacity-survey';

const cell = (over: Partial<CapacityCell>): CapacityCell => ({
  group: 'African',
  pillar: 'technical',
  n: 53,
  missing: 1,
  q1: 1,
  median: 3.25,
  q3: 9,
  under: 36,
  shareUnder: 36 / 53,
  threshold: 10,
  benchmark: 20,
  medianGap: 16.75,
  ...over,
});

describe('gap sentences', () => {
  it('writes the issue example exactly', () => {
    expect(gapSentence(cell({}), 'group')).toBe(
      'Technical: 36 of the 53 African Group states with a score are under 10 of 20 (1 has no score)',
    );
  });

  it('agrees in number and names other groupings', () => {
    expect(gapSentence(cell({ under: 1, missing: 3, group: 'Africa' }), 'region')).toBe(
      'Technical: 1 of the 53 states in Africa with a score is under 10 of 20 (3 have no score)',
    );
    expect(gapSentence(cell({ missing: 0, group: 'LDC', threshold: 7.5 }), 'ldc')).toBe(
      'Technical: 36 of the 53 LDCs with a score are under 7.5 of 20',
    );
    expect(gapSentence(cell({ missing: 0, group: 'Low income', pillar: 'overall', threshold: 50 }), 'income')).toBe(
      'Overall: 36 of the 53 low-income states with a score are under 50 of 100',
    );
  });

  it('states the distance to the benchmark', () => {
    expect(gapDetail(cell({}), 'max')).toBe('median 3.25; median gap 16.75 to the maximum (20)');
    expect(gapDetail(cell({ benchmark: 15.656, medianGap: 12.406 }), 'q3')).toBe(
      'median 3.25; median gap 12.41 to the global top quartile (15.66)',
    );
    expect(gapDetail(cell({ n: 0, median: null, medianGap: null }), 'max')).toBe('no scored state');
    expect(benchmarkWords('q3', null)).toBe('the global top quartile (no scores)');
  });

  it('formats scores with at most two decimals and no trailing zeros', () => {
    expect([fmtScore(10), fmtScore(3.25), fmtScore(2.5), fmtScore(17.125), fmtScore(0)]).toEqual([
      '10',
      '3.25',
      '2.5',
      '17.13',
      '0',
    ]);
  });
});

describe('need vs offer', () => {
  const r = (grp: string, area: string, need: number, offer: number): NeedOfferRow => ({
    grp,
    area,
    states: 40,
    need,
    need_answered: 38,
    offer,
    offer_answered: 35,
    illustrative: 40,
    year_min: 2021,
    year_max: 2025,
  });

  it('ranks by mismatch (need − offer), then by need', () => {
    const { ranked, byKey } = needOfferCells([
      r('WEOG', 'legal', 3, 12),
      r('African', 'technical', 30, 4),
      r('GRULAC', 'legal', 27, 1),
      r('GRULAC', 'technical', 20, 0),
    ]);
    expect(ranked.map((c) => [c.grp, c.area, c.mismatch])).toEqual([
      ['African', 'technical', 26],
      ['GRULAC', 'legal', 26],
      ['GRULAC', 'technical', 20],
      ['WEOG', 'legal', -9],
    ]);
    expect(byKey.get('WEOG|legal')?.mismatch).toBe(-9);
  });

  it('says both sides in words', () => {
    const { ranked } = needOfferCells([r('African', 'technical', 30, 1)]);
    expect(needOfferSentence(ranked[0], 'group')).toBe(
      'Technical: 30 of the 40 responding African Group states report a need; 1 offers support',
    );
  });
});
