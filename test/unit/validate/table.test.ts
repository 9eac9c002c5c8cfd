import { describe, expect, it } from 'vitest';
import { DATA_FILES, validateTable, type TableSpec } from '../../../src/validate/index';
import { fixture, messages } from './fixtures';

const run = (name: string, path: keyof typeof DATA_FILES) => {
  const t = fixture(name, path);
  return validateTable(t.file, t.header, t.rows, DATA_FILES[path].spec);
};

describe('validateTable on bad fixtures', () => {
  it('reports wrong columns against the header', () => {
    expect(messages(run('wrong-columns', 'il-positions/positions.csv'))).toEqual([
      'data/il-positions/positions.csv header (line 1): missing column(s) question_id [rule: header]',
      'data/il-positions/positions.csv header (line 1): unexpected column(s) question [rule: header]',
    ]);
  });

  it('reports an enum violation with file, row, line and rule', () => {
    const errors = run('enum', 'il-positions/positions.csv');
    expect(errors).toEqual([
      {
        file: 'data/il-positions/positions.csv',
        row: 12,
        column: 'stance',
        rule: 'enum',
        message:
          'data/il-positions/positions.csv row 12 (line 13): stance "maybe" is not one of supports, qualified, opposes [rule: enum]',
      },
    ]);
  });

  it('reports bad types and out-of-range values per cell', () => {
    expect(messages(run('bad-type', 'norms-capacity/capacity.csv'))).toEqual([
      'data/norms-capacity/capacity.csv row 2 (line 3): overall "9O.1" is not a decimal number [rule: type]',
      'data/norms-capacity/capacity.csv row 3 (line 4): legal 21 is outside 0–20 [rule: range]',
    ]);
    expect(messages(run('bad-type', 'states/states.csv'))).toEqual([
      'data/states/states.csv row 1 (line 2): un_member "yes" is not a boolean (true or false) [rule: type]',
    ]);
  });

  it('reports a duplicate key with the row where it was first seen', () => {
    expect(messages(run('duplicate-key', 'il-positions/positions.csv'))).toEqual([
      'data/il-positions/positions.csv row 3 (line 4): duplicate (actor_iso3, question_id) = (AU, il_applies); first at row 1 [rule: unique]',
    ]);
  });
});

describe('validateTable header and row shape', () => {
  const spec: TableSpec = {
    order: 'exact',
    columns: [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'integer', nullable: true },
    ],
  };

  it('requires exact order when the spec says so', () => {
    expect(messages(validateTable('f.csv', ['b', 'a'], [], spec))).toEqual([
      'f.csv header (line 1): columns must be in this order: a, b; found b, a [rule: header]',
    ]);
  });

  it('accepts any order (and extras if allowed) for a set spec', () => {
    const set: TableSpec = { ...spec, order: 'set', allowExtra: true };
    expect(validateTable('f.csv', ['b', 'x', 'a'], [['1', 'y', 'z']], set)).toEqual([]);
    expect(messages(validateTable('f.csv', ['b', 'x', 'a'], [], { ...set, allowExtra: false }))).toEqual([
      'f.csv header (line 1): unexpected column(s) x [rule: header]',
    ]);
  });

  it('reports rows whose cell count differs from the header', () => {
    expect(messages(validateTable('f.csv', ['a', 'b'], [['x', '1'], ['y']], spec))).toEqual([
      'f.csv row 2 (line 3): has 1 cells, header has 2 [rule: columns]',
    ]);
  });

  it('reports a required cell left empty', () => {
    expect(messages(validateTable('f.csv', ['a', 'b'], [['', '']], spec))).toEqual([
      'f.csv row 1 (line 2): a is empty but required [rule: required]',
    ]);
  });
});
