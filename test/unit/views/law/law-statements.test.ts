import { describe, expect, it } from 'vitest';
import { lawStatement } from '../../../../src/views/law/statements';

const base = { statesAnswered: 0, statesInScope: 193, groupActors: [] as string[] };
const st = (
  supports: number,
  qualified: number,
  opposes: number,
  extra: Partial<Parameters<typeof lawStatement>[0]> = {},
) =>
  lawStatement({
    ...base,
    statesAnswered: supports + qualified + opposes,
    counts: { supports, qualified, opposes },
    ...extra,
  });

describe('lawStatement', () => {
  it('nobody spoke', () => {
    const s = st(0, 0, 0);
    expect(s.kind).toBe('none');
    expect(s.coverage).toBe('193 of 193 states in scope have no coded stance of their own');
  });

  it('all the same: consensus among those who spoke, with a caveat below 10 actors', () => {
    expect(st(40, 0, 0).text).toBe('All 40 actors that addressed it support.');
    expect(st(40, 0, 0).caveat).toBeNull();
    const few = st(0, 0, 9);
    expect([few.kind, few.text]).toEqual(['unanimous', 'All 9 actors that addressed it oppose.']);
    expect(few.caveat).toBe('Only 9 actors addressed it (fewer than 10): thin evidence.');
  });

  it('a single actor is called that, not consensus', () => {
    const one = st(1, 0, 0);
    expect([one.label, one.text]).toEqual(['One actor only', 'The only actor that addressed it supports.']);
  });

  it('split when supporters and opponents each hold a quarter or more', () => {
    const s = st(12, 0, 13);
    expect([s.kind, s.label]).toEqual(['split', 'Split']);
    expect(s.text).toBe('12 support and 13 oppose, of 25 actors that addressed it.');
    expect(st(14, 1, 5).kind).toBe('split'); // 5 of 20 = exactly a quarter
  });

  it('broad (≥ 80%) and majority (> 50%) name small minorities', () => {
    const s = st(22, 2, 1, { names: { qualified: ['Israel', 'United States'], opposes: ['United Kingdom'] } });
    expect([s.kind, s.label]).toEqual(['broad', 'Broad support']);
    expect(s.text).toBe(
      '22 of 25 actors that addressed it support; 2 qualify (Israel, United States), 1 opposes (United Kingdom).',
    );
    const m = st(14, 1, 4); // 14/19 = 74%; 4/19 < 25% so not a split
    expect([m.kind, m.label]).toEqual(['majority', 'Majority support']);
  });

  it('mixed when no stance has a majority and it is not a two-sided split', () => {
    const s = st(1, 3, 2);
    expect(s.kind).toBe('mixed');
    expect(s.text).toBe('No majority among 6 actors: 1 supports, 3 qualify, 2 oppose.');
  });

  it('says how many group positions are among the counted actors', () => {
    const s = lawStatement({
      counts: { supports: 13, qualified: 0, opposes: 0 },
      statesAnswered: 11,
      statesInScope: 193,
      groupActors: ['AU', 'EU'],
    });
    expect(s.text).toContain('Includes 2 group positions (AU, EU), each counted once as its own actor.');
    expect(s.coverage).toBe('182 of 193 states in scope have no coded stance of their own');
  });
});
