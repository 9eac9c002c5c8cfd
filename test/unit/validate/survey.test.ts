import { describe, expect, it } from 'vitest';
import { validateSurvey, type SurveyContext } from '../../../src/validate/survey';

// Every survey rule, each proven to fire on a row built to break exactly that rule.
const HEADER = [
  'iso3',
  'year',
  'part',
  'item',
  'status',
  'challenges',
  'capacity_need',
  'capacity_offer',
  'evidence',
  'origin',
  'source',
];
const ctx: SurveyContext = {
  states: new Set(['FRA', 'KEN', 'BRA']),
  ilQuestions: new Set(['sovereignty_rule']),
  maxYear: 2026,
};
const good = [
  'FRA',
  '2025',
  'norms',
  'g',
  'implemented',
  'funding;coordination',
  'no',
  'yes',
  'national CI strategy',
  'submitted',
  'https://example.org/fra',
];
const row = (over: Partial<Record<string, string>>) => HEADER.map((h, i) => over[h] ?? good[i]);
const check = (rows: string[][], c: SurveyContext = ctx, header = HEADER) => validateSurvey('my.csv', header, rows, c);
/** The single error of a one-bad-row file, as [row, rule, column]. */
const only = (over: Partial<Record<string, string>>, c: SurveyContext = ctx) => {
  const r = check([good, row({ item: 'h', ...over })], c);
  expect(r.validRows).toEqual([0]);
  expect(r.errors).toHaveLength(1);
  return [r.errors[0].row, r.errors[0].rule, r.errors[0].column, r.errors[0].message] as const;
};

describe('survey validation', () => {
  it('accepts a good row, blanks where optional, and columns in any order', () => {
    expect(check([good]).errors).toEqual([]);
    expect(
      check([row({ status: '', challenges: '', capacity_need: '', capacity_offer: '', evidence: '' })]).errors,
    ).toEqual([]);
    const shuffled = [...HEADER].reverse();
    expect(check([[...good].reverse()], ctx, shuffled).errors).toEqual([]);
    expect(
      check([
        row({ part: 'cbms', item: '16' }),
        row({ part: 'capacity_building', item: 'technical' }),
        row({ part: 'international_law', item: 'sovereignty_rule' }),
      ]).errors,
    ).toEqual([]);
  });

  it('header: missing and unknown columns reject the whole file', () => {
    const r = check([good.slice(1)], ctx, HEADER.slice(1));
    expect(r.errors[0]).toMatchObject({ row: 0, rule: 'header' });
    expect(r.errors[0].message).toContain('missing column(s) iso3');
    expect(r.validRows).toEqual([]);
    const extra = check([[...good, 'x']], ctx, [...HEADER, 'notes']);
    expect(extra.errors[0].message).toContain('unexpected column(s) notes');
    expect(extra.validRows).toEqual([]);
  });

  it('row width', () => {
    const r = check([good, row({ item: 'h' }).slice(0, 5)]);
    expect(r.errors.map((e) => [e.row, e.rule])).toEqual([[2, 'columns']]);
    expect(r.validRows).toEqual([0]);
  });

  it('required cells', () => expect(only({ origin: '' }).slice(0, 3)).toEqual([2, 'required', 'origin']));
  it('iso3 shape', () => expect(only({ iso3: 'fr' }).slice(0, 3)).toEqual([2, 'pattern', 'iso3']));
  it('iso3 must be a known state', () => {
    const [, rule, col, msg] = only({ iso3: 'XXX' });
    expect([rule, col]).toEqual(['foreign-key', 'iso3']);
    expect(msg).toBe('my.csv row 2 (line 3): iso3 "XXX" is not a UN member or observer state [rule: foreign-key]');
  });
  it('year type, lower bound and future', () => {
    expect(only({ year: '20x5' }).slice(0, 2)).toEqual([2, 'type']);
    expect(only({ year: '2014' }).slice(0, 2)).toEqual([2, 'range']);
    const [, rule, , msg] = only({ year: '2027' });
    expect(rule).toBe('range');
    expect(msg).toContain('year 2027 is in the future (latest accepted: 2026)');
  });
  it('enums: part, status, capacity need / offer, origin', () => {
    expect(only({ part: 'laws' }).slice(1, 3)).toEqual(['enum', 'part']);
    expect(only({ status: 'done' }).slice(1, 3)).toEqual(['enum', 'status']);
    expect(only({ capacity_need: 'maybe' }).slice(1, 3)).toEqual(['enum', 'capacity_need']);
    expect(only({ capacity_offer: 'Yes' }).slice(1, 3)).toEqual(['enum', 'capacity_offer']);
    expect(only({ origin: 'guess' }).slice(1, 3)).toEqual(['enum', 'origin']);
  });
  it('item must belong to its part', () => {
    expect(only({ item: 'l' }).slice(1, 3)).toEqual(['item', 'item']);
    expect(only({ part: 'cbms', item: '17' }).slice(1, 3)).toEqual(['item', 'item']);
    expect(only({ part: 'capacity_building', item: 'funding' }).slice(1, 3)).toEqual(['item', 'item']);
    expect(only({ part: 'international_law', item: 'g' })[3]).toContain(
      'item "g" is not an item of part international_law',
    );
  });
  it('challenges: only listed values, none twice', () => {
    expect(only({ challenges: 'funding;money' })[3]).toContain('challenges "money" not in the list');
    expect(only({ challenges: 'funding; funding' })[3]).toContain('lists a challenge twice');
    expect(check([row({ challenges: ' funding ; other ' })]).errors).toEqual([]);
  });
  it('evidence length', () => expect(only({ evidence: 'x'.repeat(2001) }).slice(1, 3)).toEqual(['length', 'evidence']));
  it('duplicate key', () => {
    const r = check([good, good]);
    expect(r.errors.map((e) => [e.row, e.rule])).toEqual([[2, 'unique']]);
    expect(r.errors[0].message).toContain('first at row 1');
  });
  it('build-only rules: origin of the file and known source ids', () => {
    expect(only({ origin: 'illustrative' }, { ...ctx, origin: 'submitted' }).slice(1, 3)).toEqual(['origin', 'origin']);
    const c = { ...ctx, sourceIds: new Set(['cg-illustrative-survey', good[10]]) };
    expect(check([row({ source: 'cg-illustrative-survey' })], c).errors).toEqual([]);
    expect(only({ source: 'somewhere' }, c).slice(1, 3)).toEqual(['source', 'source']);
  });
  it('an empty file is an error', () => {
    const r = check([]);
    expect(r.errors.map((e) => e.rule)).toEqual(['empty']);
  });
  it('3 good rows and 2 bad rows: 2 errors with row numbers, 3 valid rows', () => {
    const r = check([
      good,
      row({ iso3: 'ZZZ' }),
      row({ iso3: 'KEN' }),
      row({ iso3: 'KEN', item: 'h', status: 'complete' }),
      row({ iso3: 'BRA' }),
    ]);
    expect(r.errors.map((e) => e.row)).toEqual([2, 4]);
    expect(r.validRows).toEqual([0, 2, 4]);
  });
});
