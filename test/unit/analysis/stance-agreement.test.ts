import { describe, expect, it } from 'vitest';
import { compareAnswers, itemAgreement, similarityOrder } from '../../../src/analysis/stance-agreement';
import type { Stance } from '../../../src/analysis/ordinal';

const S: Stance = 'supports';
const Q: Stance = 'qualified';
const O: Stance = 'opposes';

describe('compareAnswers', () => {
  it('counts joint, identical, differing and one-sided answers', () => {
    // item 0 S/S same; item 1 O/S differ; item 2 –/S only B; item 3 Q/– only A; item 4 silent both
    const c = compareAnswers([S, O, null, Q, null], [S, S, S, null, null]);
    expect(c).toEqual({ joint: 2, same: 1, differ: 1, onlyA: 1, onlyB: 1, share: 0.5 });
  });

  it('has no share when the two never answered the same item', () => {
    expect(compareAnswers([S, null], [null, O]).share).toBeNull();
  });

  it('rejects vectors of different length', () => {
    expect(() => compareAnswers([S], [S, S])).toThrow(RangeError);
  });
});

describe('itemAgreement', () => {
  it('separates agree, partial, differ and silent', () => {
    expect(itemAgreement([S, S, S])).toBe('agree');
    expect(itemAgreement([S, null])).toBe('partial');
    expect(itemAgreement([S, O, null])).toBe('differ');
    expect(itemAgreement([Q, S])).toBe('differ');
    expect(itemAgreement([null, null])).toBe('silent');
  });
});

describe('similarityOrder', () => {
  it('orders by share of identical answers with the reference, then joint items', () => {
    const vectors = [
      [S, S, O, null], // 0 reference
      [S, S, O, S], // 1: 3 of 3 same
      [S, O, null, null], // 2: 1 of 2
      [null, null, null, S], // 3: nothing in common → last
      [S, null, null, null], // 4: 1 of 1 (share 1 but fewer joint items than 1)
    ];
    expect(similarityOrder(vectors, 0)).toEqual([0, 1, 4, 2, 3]);
  });

  it('without a reference, average linkage on 1 − share puts identical actors side by side', () => {
    const vectors = [
      [S, S, null], // 0
      [O, O, O], // 1: most answers → start
      [S, S, S], // 2
      [O, O, null], // 3: identical to 1 on its 2 answers
    ];
    // Distances: d(0,2) = d(1,3) = 0, every other pair 1. Merge {0,2}, then {1,3}; all seams
    // tie at 1, so the first orientation is kept: [0, 2] + [1, 3].
    expect(similarityOrder(vectors)).toEqual([0, 2, 1, 3]);
  });

  it('handles empty input and rejects a bad reference', () => {
    expect(similarityOrder([])).toEqual([]);
    expect(() => similarityOrder([[S]], 3)).toThrow(RangeError);
  });
});
