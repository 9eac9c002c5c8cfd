import { describe, expect, it } from 'vitest';
import {
  coverage,
  distribution,
  meanScore,
  MEASURE_SCALE,
  STANCE_SCALE,
  supportShare,
  VOTE_SCALE,
  type Stance,
} from '../../../src/analysis';

describe('coverage', () => {
  it('is answered / in scope', () => {
    // 12 of 193 spoke: 12 / 193 = 0.06217617 (to 8 places)
    expect(coverage(12, 193)).toBeCloseTo(0.06217617, 8);
    expect(coverage(0, 54)).toBe(0);
    expect(coverage(54, 54)).toBe(1);
  });
  it('is null with nothing in scope and throws on impossible counts', () => {
    expect(coverage(0, 0)).toBeNull();
    expect(() => coverage(5, 4)).toThrow(RangeError);
    expect(() => coverage(-1, 4)).toThrow(RangeError);
  });
});

describe('supportShare', () => {
  it('counts qualified as half', () => {
    // 6 supports, 2 qualified, 2 opposes: (6·1 + 2·0.5 + 2·0) / 10 = 7 / 10 = 0.7
    expect(supportShare<Stance>({ supports: 6, qualified: 2, opposes: 2 }, STANCE_SCALE)).toBeCloseTo(0.7, 12);
  });
  it('treats missing levels as zero answers and scores measures', () => {
    // 3 implemented, 1 partial, 4 planned, nothing else: (3 + 0.5 + 0) / 8 = 0.4375
    expect(supportShare({ implemented: 3, partial: 1, planned: 4 }, MEASURE_SCALE)).toBe(0.4375);
    // votes: 5 Y, 2 A, 1 N: (5 + 1 + 0) / 8 = 0.75
    expect(supportShare({ Y: 5, A: 2, N: 1 }, VOTE_SCALE)).toBe(0.75);
  });
  it('is null without answers', () => {
    expect(supportShare<Stance>({}, STANCE_SCALE)).toBeNull();
    expect(supportShare<Stance>({ supports: 0 }, STANCE_SCALE)).toBeNull();
  });
});

describe('meanScore', () => {
  it('skips missing answers instead of counting them as 0', () => {
    // (1 + 0.5 + 0) / 3 = 0.5; the null and NaN are not answers
    expect(meanScore([1, null, 0.5, Number.NaN, 0])).toBe(0.5);
    expect(meanScore([null, null])).toBeNull();
    expect(meanScore([])).toBeNull();
  });
});

describe('distribution', () => {
  it('counts answers per level and ignores nulls', () => {
    const d = distribution<Stance>(
      ['supports', null, 'opposes', 'supports', 'qualified', 'supports'],
      STANCE_SCALE.levels,
    );
    // levels opposes, qualified, supports → 1, 1, 3 of 5 answers
    expect(d.counts).toEqual([1, 1, 3]);
    expect(d.answered).toBe(5);
    expect(d.proportions).toEqual([0.2, 0.2, 0.6]);
  });
  it('has null proportions with no answers', () => {
    const d = distribution<Stance>([null], STANCE_SCALE.levels);
    expect(d).toEqual({ counts: [0, 0, 0], proportions: null, answered: 0 });
  });
  it('rejects an answer outside the scale', () => {
    expect(() => distribution(['maybe' as Stance], STANCE_SCALE.levels)).toThrow(/maybe/);
  });
});
