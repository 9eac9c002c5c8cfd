import { describe, expect, it } from 'vitest';
import { cohensKappa, encodeVotes, mulberry32, type Vote } from '../../../src/analysis';
import { kappaMatrix } from '../../../src/analysis/kappa-matrix';

describe('kappaMatrix', () => {
  it('matches a hand computation', () => {
    // a: Y Y N A X, b: Y N N A Y → joint 4 (last dropped), same 3 → p_o = 3/4;
    // a: Y 2, N 1, A 1; b: Y 1, N 2, A 1 → p_e = (2·1 + 1·2 + 1·1) / 16 = 5/16;
    // κ = (12/16 − 5/16) / (11/16) = 7/11.
    const k = kappaMatrix(
      encodeVotes([
        ['Y', 'Y', 'N', 'A', 'X'],
        ['Y', 'N', 'N', 'A', 'Y'],
      ]),
    );
    expect(k[1]).toBeCloseTo(7 / 11, 12);
    expect(k[2]).toBeCloseTo(7 / 11, 12);
    // diagonal: a state with mixed votes agrees with itself perfectly
    expect(k[0]).toBe(1);
  });

  it('is NaN without joint votes or when chance explains everything', () => {
    const k = kappaMatrix(
      encodeVotes([
        ['Y', 'Y'],
        ['Y', 'Y'],
        ['X', 'X'],
      ]),
    );
    expect(k[1]).toBeNaN(); // both always Y: p_e = 1
    expect(k[2]).toBeNaN(); // no joint votes
  });

  it('equals cohensKappa for every pair of random vote vectors', () => {
    const random = mulberry32(11);
    const kinds: Vote[] = ['Y', 'Y', 'Y', 'N', 'A', 'X'];
    const rows: Vote[][] = Array.from({ length: 9 }, () =>
      Array.from({ length: 20 }, () => kinds[Math.floor(random() * 6)]),
    );
    const k = kappaMatrix(encodeVotes(rows));
    for (let i = 0; i < 9; i++) {
      for (let j = 0; j < 9; j++) {
        const expected = cohensKappa(rows[i], rows[j]);
        if (expected === null) expect(k[i * 9 + j]).toBeNaN();
        else expect(k[i * 9 + j]).toBeCloseTo(expected, 12);
      }
    }
  });
});
