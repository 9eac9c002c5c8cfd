import { describe, expect, it } from 'vitest';
import { cohensKappa, voteAgreement, type Vote } from '../../../src/analysis';

//            0    1    2    3    4    5
const a: Vote[] = ['Y', 'Y', 'N', 'A', 'X', 'Y'];
const b: Vote[] = ['Y', 'N', 'N', 'Y', 'Y', 'X'];

describe('voteAgreement', () => {
  it('drops absences and counts one abstention as half', () => {
    // joint: roll calls 0–3 (4 is X for a, 5 is X for b) → 4
    // same: 0 (Y/Y), 2 (N/N) → 2; half: 3 (A/Y) → 1; 1 (Y/N) scores 0
    // agreement = (2 + 0.5·1) / 4 = 0.625
    expect(voteAgreement(a, b)).toEqual({ agreement: 0.625, joint: 4, same: 2, half: 1 });
  });

  it('counts two abstentions as full agreement', () => {
    // A/A same, A/N half, Y/N nothing: (1 + 0.5) / 3 = 0.5
    expect(voteAgreement(['A', 'A', 'Y'], ['A', 'N', 'N'])).toEqual({ agreement: 0.5, joint: 3, same: 1, half: 1 });
  });

  it('is null without joint votes and symmetric', () => {
    expect(voteAgreement(['X', 'Y'], ['N', 'X']).agreement).toBeNull();
    expect(voteAgreement([], []).joint).toBe(0);
    expect(voteAgreement(b, a)).toEqual(voteAgreement(a, b));
    expect(() => voteAgreement(['Y'], [])).toThrow(RangeError);
  });
});

describe('cohensKappa', () => {
  it('matches a hand computation', () => {
    // joint roll calls 0–3: a = Y Y N A, b = Y N N Y
    // p_o = 2 identical / 4 = 0.5
    // a shares: Y 2/4, A 1/4, N 1/4; b shares: Y 2/4, A 0, N 2/4
    // p_e = 0.5·0.5 + 0.25·0 + 0.25·0.5 = 0.25 + 0.125 = 0.375
    // κ = (0.5 − 0.375) / (1 − 0.375) = 0.125 / 0.625 = 0.2
    expect(cohensKappa(a, b)).toBeCloseTo(0.2, 12);
  });

  it('is 1 for identical mixed votes and negative for opposed ones', () => {
    // identical: p_o = 1 → κ = 1
    expect(cohensKappa(['Y', 'N', 'A', 'Y'], ['Y', 'N', 'A', 'Y'])).toBeCloseTo(1, 12);
    // a = Y Y N N, b = N N Y Y: p_o = 0; p_e = 0.5·0.5 + 0.5·0.5 = 0.5; κ = −0.5 / 0.5 = −1
    expect(cohensKappa(['Y', 'Y', 'N', 'N'], ['N', 'N', 'Y', 'Y'])).toBeCloseTo(-1, 12);
  });

  it('is null when p_e = 1 or no joint votes', () => {
    // both always yes: p_e = 1·1 = 1, κ undefined (though agreement is 1)
    expect(cohensKappa(['Y', 'Y'], ['Y', 'Y'])).toBeNull();
    expect(cohensKappa(['X'], ['Y'])).toBeNull();
  });
});
