import { describe, expect, it } from 'vitest';
import {
  GAP_MIN_ANSWERS,
  STANCE_HALF_CREDIT,
  VOTE_HALF_CREDIT,
  agreementShare,
  widestGap,
} from '../../../src/analysis/measures';
import { MIN_ANSWERS_PER_SIDE } from '../../../src/analysis/basis';
import { majorityLevel, measureAnswers, pairAgreement } from '../../../src/analysis/answer-measures';
import { STANCE_SCALE } from '../../../src/analysis/ordinal';
import { voteAgreement } from '../../../src/analysis/agreement';
import { compareAnswers } from '../../../src/analysis/stance-agreement';

type S = 'supports' | 'qualified' | 'opposes';

describe('agreement, defined once', () => {
  // Two actors on six questions: S/S, Q/S, O/S, Q/Q, −/O, O/−  (− = no stance)
  const a: (S | null)[] = ['supports', 'qualified', 'opposes', 'qualified', null, 'opposes'];
  const b: (S | null)[] = ['supports', 'supports', 'supports', 'qualified', 'opposes', null];

  it('without half credit: identical answers over the 4 questions both answered = 2/4', () => {
    expect(agreementShare(a, b)).toEqual({ agreement: 0.5, joint: 4, same: 2, half: 0 });
    // the Law view's compare panel reads the same number
    expect(compareAnswers(a, b).share).toBe(0.5);
  });

  it('with half credit: qualified against supports counts ½, opposes against supports 0 → (2 + ½)/4', () => {
    expect(agreementShare(a, b, STANCE_HALF_CREDIT)).toEqual({ agreement: 2.5 / 4, joint: 4, same: 2, half: 1 });
  });

  it('votes: abstention against yes counts ½, absences are left out (DESIGN §5)', () => {
    // Y/Y, A/Y, N/Y, X/N, A/A → joint 4, same 2, half 1 → 2.5/4
    const v1 = ['Y', 'A', 'N', 'X', 'A'] as const;
    const v2 = ['Y', 'Y', 'Y', 'N', 'A'] as const;
    expect(agreementShare([...v1], [...v2], VOTE_HALF_CREDIT).agreement).toBe(2.5 / 4);
    expect(voteAgreement([...v1], [...v2])).toEqual({ agreement: 2.5 / 4, joint: 4, same: 2, half: 1 });
  });

  it('pairAgreement reads the long shape, and never treats a missing answer as disagreement', () => {
    const answers = [
      { key: 'q:1', iso3: 'AAA', level: 'supports' },
      { key: 'q:1', iso3: 'BBB', level: 'qualified' },
      { key: 'q:2', iso3: 'AAA', level: 'opposes' },
      { key: 'q:2', iso3: 'BBB', level: 'opposes' },
      { key: 'q:3', iso3: 'AAA', level: 'supports' }, // BBB silent
      { key: 'q:1', iso3: 'CCC', level: 'opposes' }, // a third state is ignored
    ];
    expect(pairAgreement(['q:1', 'q:2', 'q:3'], 'AAA', 'BBB', answers, STANCE_HALF_CREDIT)).toEqual({
      agreement: 1.5 / 2,
      joint: 2,
      same: 1,
      half: 1,
    });
    expect(pairAgreement(['q:1', 'q:2', 'q:3'], 'AAA', 'BBB', answers, {}).agreement).toBe(1 / 2);
    expect(pairAgreement(['q:9'], 'AAA', 'BBB', answers, {}).agreement).toBeNull();
  });
});

describe('widest gap: one minimum group size', () => {
  it('is the minimum basis of analysis/basis.ts (5)', () => {
    expect(GAP_MIN_ANSWERS).toBe(MIN_ANSWERS_PER_SIDE);
    expect(GAP_MIN_ANSWERS).toBe(5);
  });

  it('leaves out a group with 4 answers, however far apart it is', () => {
    const pairs = [
      ...[1, 1, 1, 0.5, 0].map((value) => ({ group: 'G1', value })), // mean .7 on 5
      ...[0, 0, 0, 0.5, 1, 0, null].map((value) => ({ group: 'G2', value })), // mean .25 on 6, one silent
      ...[1, 1, 1, 1].map((value) => ({ group: 'G3', value })), // mean 1 on 4: too few
    ];
    const d = widestGap(pairs);
    expect(d.gap?.high).toBe('G1');
    expect(d.gap?.low).toBe('G2');
    expect(d.gap?.gap).toBeCloseTo(0.45, 12);
  });
});

describe('measureAnswers (the brief engine, now in analysis/)', () => {
  const states = [
    ...['A1', 'A2', 'A3', 'A4', 'A5'].map((iso3) => ({ iso3, name: iso3, group: 'G1' })),
    ...['B1', 'B2', 'B3', 'B4', 'B5', 'B6'].map((iso3) => ({ iso3, name: iso3, group: 'G2' })),
    { iso3: 'OBS', name: 'Observer', group: null },
  ];
  const levels: Record<string, S> = {
    A1: 'supports',
    A2: 'supports',
    A3: 'supports',
    A4: 'qualified',
    A5: 'opposes',
    B1: 'opposes',
    B2: 'opposes',
    B3: 'opposes',
    B4: 'qualified',
    B5: 'supports',
  };
  const answers = new Map(Object.entries(levels).map(([iso3, level]) => [iso3, { iso3, level }]));
  const m = measureAnswers('q', STANCE_SCALE, answers, states);

  it('coverage, split and support share by hand', () => {
    expect([m.inScope, m.answered]).toEqual([12, 10]);
    expect(m.coverage).toBeCloseTo(10 / 12, 12);
    expect(m.counts).toEqual([4, 2, 4]); // opposes, qualified, supports
    expect(m.supportShare).toBeCloseTo((4 + 0.5 * 2) / 10, 12);
  });

  it('widest gap G1 (3.5/5 = .7) against G2 (1.5/5 = .3) = .4; the observer bucket has no answers', () => {
    expect(m.divergence.gap).toEqual({ high: 'G1', low: 'G2', gap: expect.closeTo(0.4, 12) });
    expect(m.groups.map((g) => [g.group, g.counts, g.silent])).toEqual([
      ['G1', [1, 1, 3], 0],
      ['G2', [3, 1, 1], 1],
      ['No UN regional group', [0, 0, 0], 1],
    ]);
  });

  it('majority level, none on a tie', () => {
    expect(majorityLevel([...answers.values()])).toBeNull(); // 4 supports, 4 opposes
    expect(majorityLevel([...answers.values()].filter((x) => x.iso3 !== 'B1'))).toBe('supports');
  });
});
