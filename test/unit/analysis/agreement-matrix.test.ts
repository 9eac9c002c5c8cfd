import { describe, expect, it } from 'vitest';
import { agreementMatrix, encodeVotes, mulberry32, voteAgreement, type Vote } from '../../../src/analysis';

describe('agreementMatrix', () => {
  it('matches hand-computed pairs', () => {
    const rows: Vote[][] = [
      ['Y', 'Y', 'N', 'A', 'X', 'Y'],
      ['Y', 'N', 'N', 'Y', 'Y', 'X'],
      ['X', 'X', 'X', 'X', 'X', 'X'],
    ];
    const m = agreementMatrix(encodeVotes(rows));
    // (0, 1): joint 4, same 2, half 1 → (2 + 0.5) / 4 = 0.625 (see agreement.test.ts)
    expect(m.agreement[0 * 3 + 1]).toBe(0.625);
    expect(m.agreement[1 * 3 + 0]).toBe(0.625);
    expect(m.joint[1]).toBe(4);
    // diagonal: state 0 cast 5 votes, state 1 cast 5 votes; a state agrees with itself
    expect(m.joint[0]).toBe(5);
    expect(m.joint[4]).toBe(5);
    expect(m.agreement[0]).toBe(1);
    // state 2 never voted: no joint votes with anyone, agreement undefined (NaN)
    expect(m.joint[2]).toBe(0);
    expect(m.joint[8]).toBe(0);
    expect(m.agreement[2]).toBeNaN();
    expect(m.agreement[8]).toBeNaN();
  });

  it('agrees with the pairwise definition across word boundaries', () => {
    // 70 roll calls spans three 32-bit words; compare every pair with voteAgreement
    const random = mulberry32(7);
    const kinds: Vote[] = ['Y', 'Y', 'Y', 'N', 'A', 'X'];
    const rows: Vote[][] = Array.from({ length: 12 }, () =>
      Array.from({ length: 70 }, () => kinds[Math.floor(random() * kinds.length)]),
    );
    const m = agreementMatrix(encodeVotes(rows));
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < rows.length; j++) {
        const expected = voteAgreement(rows[i], rows[j]);
        expect(m.joint[i * 12 + j]).toBe(expected.joint);
        expect(m.agreement[i * 12 + j]).toBeCloseTo(expected.agreement ?? Number.NaN, 12);
      }
    }
  });

  it('rejects ragged rows and unknown votes', () => {
    expect(() => encodeVotes([['Y'], ['Y', 'N']])).toThrow(RangeError);
    expect(() => encodeVotes([['Z' as Vote]])).toThrow(/Z/);
    expect(agreementMatrix(encodeVotes([])).n).toBe(0);
  });
});
