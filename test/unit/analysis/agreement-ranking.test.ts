import { describe, expect, it } from 'vitest';
import { rankByAgreement, stanceAsVote, voteVectors } from '../../../src/analysis/agreement-ranking';

describe('agreement ranking', () => {
  it('reads stances on the vote scale', () => {
    expect([stanceAsVote('supports'), stanceAsVote('qualified'), stanceAsVote('opposes'), stanceAsVote(null)]).toEqual([
      'Y',
      'A',
      'N',
      'X',
    ]);
  });

  it('builds vectors in item order, missing items as X, unknown items ignored', () => {
    const v = voteVectors(
      [
        { iso3: 'AAA', item: 'r2', vote: 'N' },
        { iso3: 'AAA', item: 'r1', vote: 'Y' },
        { iso3: 'BBB', item: 'r3', vote: 'A' },
        { iso3: 'BBB', item: 'zz', vote: 'Y' },
      ],
      ['r1', 'r2', 'r3'],
    );
    expect(v.get('AAA')).toEqual(['Y', 'N', 'X']);
    expect(v.get('BBB')).toEqual(['X', 'X', 'A']);
  });

  it('ranks by (same + ½ one-abstains) / joint, then joint, then ISO3', () => {
    // Hand computed against T = Y Y N A:
    //   P = Y Y N A → 4 same / 4 = 1
    //   Q = Y N N X → joint 3: same 2 (r1, r3), Y/N 0 → 2/3
    //   R = N N Y Y → joint 4: same 0, one abstains on r4 → 0.5/4 = 0.125
    //   S = X X X Y → joint 1 (r4 A/Y half) → 0.5, left out with minJoint 2
    //   U = Y Y X X → joint 2, same 2 → 1 (ties with P; P has more joint items)
    const vectors = new Map([
      ['T', ['Y', 'Y', 'N', 'A']],
      ['R', ['N', 'N', 'Y', 'Y']],
      ['Q', ['Y', 'N', 'N', 'X']],
      ['U', ['Y', 'Y', 'X', 'X']],
      ['P', ['Y', 'Y', 'N', 'A']],
      ['S', ['X', 'X', 'X', 'Y']],
    ] as const);
    const r = rankByAgreement(vectors as never, 'T', 2);
    expect(r.map((x) => x.iso3)).toEqual(['P', 'U', 'Q', 'R']);
    expect(r.map((x) => x.agreement)).toEqual([1, 1, 2 / 3, 0.125]);
    expect(r[2]).toMatchObject({ joint: 3, same: 2, half: 0 });
    expect(rankByAgreement(vectors as never, 'T').map((x) => x.iso3)).toContain('S');
    expect(rankByAgreement(vectors as never, 'nobody')).toEqual([]);
  });
});
