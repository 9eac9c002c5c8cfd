import { describe, expect, it } from 'vitest';
import { optionShares, optionsOfMask, yesShare } from '../../../src/analysis/survey-shares';

describe('survey shares', () => {
  it('share of answering states per option; silent states are not in the denominator', () => {
    // 4 states answered (one listed nothing), 1 did not answer: funding 2/4, coordination 1/4, other 0/4.
    const r = optionShares(
      [['funding'], ['funding', 'coordination'], [], ['funding', 'funding'].slice(1), null],
      ['funding', 'coordination', 'other'],
    );
    expect(r.answered).toBe(4);
    expect(r.shares).toEqual([
      { option: 'funding', count: 3, share: 0.75 },
      { option: 'coordination', count: 1, share: 0.25 },
      { option: 'other', count: 0, share: 0 },
    ]);
  });
  it('no answers gives null shares, and an unknown option throws', () => {
    expect(optionShares([null, null], ['a']).shares).toEqual([{ option: 'a', count: 0, share: null }]);
    expect(() => optionShares([['b']], ['a'])).toThrow(RangeError);
  });
  it('counts a repeated option once per state', () => {
    expect(optionShares([['a', 'a']], ['a']).shares[0].count).toBe(1);
  });
  it('yes share: yes / (yes + no), blanks left out', () => {
    expect(yesShare([true, false, true, null, true])).toEqual({ yes: 3, answered: 4, share: 0.75 });
    expect(yesShare([null])).toEqual({ yes: 0, answered: 0, share: null });
  });
  it('options of a bit mask', () => {
    expect(optionsOfMask(0b101, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(optionsOfMask(0, ['a'])).toEqual([]);
    expect(() => optionsOfMask(8, ['a', 'b', 'c'])).toThrow(RangeError);
    expect(() => optionsOfMask(-1, ['a'])).toThrow(RangeError);
  });
});
