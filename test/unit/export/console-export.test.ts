import { describe, expect, it } from 'vitest';
import { consoleFile, consoleTable, type ConsoleRows } from '../../../src/export/console-export';

const data = { version: 'v1', sha256: 'x', built_at: '2026-12-01T00:00:00Z' };

describe('console result downloads', () => {
  it('types columns from their values and keeps every row as shown', () => {
    const t = consoleTable({
      columns: ['iso3', 'n', 'share', 'member', 'list', 'empty'],
      rows: [
        ['FRA', 3, 0.5, true, ['a', 'b'], null],
        ['DEU', null, 1, false, null, null],
      ],
      truncated: null,
    });
    expect(t.fields).toEqual([
      { name: 'iso3', type: 'string' },
      { name: 'n', type: 'integer' },
      { name: 'share', type: 'number' },
      { name: 'member', type: 'boolean' },
      { name: 'list', type: 'string' },
      { name: 'empty', type: 'string' },
    ]);
    expect(t.rows[0]).toEqual({ iso3: 'FRA', n: 3, share: 0.5, member: true, list: '["a","b"]', empty: null });
    expect(t.rows[1].n).toBeNull();
  });

  it('gives repeated column names a suffix so no column is lost', () => {
    const t = consoleTable({ columns: ['a', 'a', 'b'], rows: [[1, 2, 3]], truncated: null });
    expect(t.fields.map((f) => f.name)).toEqual(['a', 'a_2', 'b']);
    expect(t.rows[0]).toEqual({ a: 1, a_2: 2, b: 3 });
  });

  it('writes the CSV as shown (missing stays empty) and the Excel CSV with a BOM', () => {
    const r: ConsoleRows = {
      columns: ['name', 'n'],
      rows: [
        ["Côte d'Ivoire", 1],
        ['Kenya', null],
      ],
      truncated: null,
    };
    const csv = new TextDecoder().decode(consoleFile(r, 'csv', { sql: 'SELECT 1', data, sources: [] }).bytes);
    expect(csv.split(/\r?\n/).filter(Boolean)).toEqual(['name,n', "Côte d'Ivoire,1", 'Kenya,']);
    const excel = consoleFile(r, 'excel', { sql: 'SELECT 1', data, sources: [] });
    expect(excel.filename).toBe('common-ground-console-result-excel.csv');
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
