import { describe, expect, it } from 'vitest';
import { contrastGroups, stanceCountWords } from '../../../src/analysis/group-contrast';
import { formatIndex } from '../../../src/analysis/format-index';

const side = (label: string, supports: number, qualified: number, opposes: number) => ({
  label,
  supports,
  qualified,
  opposes,
});

describe('group against group', () => {
  it('one side with no stance of its own is "One side silent", with no statistic', () => {
    const c = contrastGroups(side('African', 0, 0, 0), side('WEOG', 9, 1, 2));
    expect(c.verdict).toBe('One side silent');
    expect(c.gap).toBeNull();
    expect(c.words).toContain('African states stated no position of their own');
    expect(c.words).toContain('WEOG: 9 support, 1 qualified, 2 oppose');
  });

  it('two own stances on one side is "Too few answers" (basis 5), never a gap', () => {
    const c = contrastGroups(side('African', 2, 0, 0), side('WEOG', 9, 1, 2));
    expect(c.verdict).toBe('Too few answers');
    expect(c.answered).toEqual([2, 12]);
    expect(c.gap).toBeNull();
    expect(c.words).toContain('(2 and 12)');
  });

  it('agree and differ by support share (qualified = ½) and a quarter-scale gap', () => {
    // A: (5 + 0.5·1)/6 = 0.9167; B: (4 + 0.5·2)/7 = 0.7143 → gap 0.2024, same side → Agree
    const agree = contrastGroups(side('A', 5, 1, 0), side('B', 4, 2, 1));
    expect(agree.verdict).toBe('Agree');
    expect(agree.gap).toBeCloseTo(5.5 / 6 - 5 / 7, 12);
    // A: 1.0; B: (1 + 0)/6 = 0.1667 → Differ
    const differ = contrastGroups(side('A', 5, 0, 0), side('B', 1, 0, 5));
    expect(differ.verdict).toBe('Differ');
    expect(differ.words).toContain('Support 100% of 5 vs 17% of 6');
    // gap under 0.25 but on opposite sides of one half → Differ: 0.6 vs 0.4
    expect(contrastGroups(side('A', 3, 0, 2), side('B', 2, 0, 3)).verdict).toBe('Differ');
  });

  it('words for counts', () => {
    expect(stanceCountWords(side('x', 1, 0, 1))).toBe('1 supports, 1 opposes');
    expect(stanceCountWords(side('x', 0, 0, 0))).toBe('no stance of its own');
  });
});

describe('formatIndex', () => {
  it('two significant figures, "< 0.01" for tiny values', () => {
    expect(formatIndex(0.6543)).toBe('0.65');
    expect(formatIndex(0.0036)).toBe('< 0.01');
    expect(formatIndex(0.0712)).toBe('0.071');
    expect(formatIndex(1)).toBe('1');
    expect(formatIndex(0)).toBe('0');
    expect(formatIndex(0.21)).toBe('0.21');
    expect(formatIndex(null)).toBe('—');
  });
});
