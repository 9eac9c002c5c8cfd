import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/validate/csv';

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks; CRLF; BOM', () => {
    const r = parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n4,"multi\nline",\r\n');
    expect(r.header).toEqual(['a', 'b', 'c']);
    expect(r.rows).toEqual([
      ['1', 'x, "y"', '3'],
      ['4', 'multi\nline', ''],
    ]);
    expect(r.problem).toBeNull();
  });
  it('keeps a blank line in the middle as a row, drops trailing blank lines, trims header names', () => {
    const r = parseCsv(' a , b\n1,2\n\n3,4\n\n\n');
    expect(r.header).toEqual(['a', 'b']);
    expect(r.rows).toEqual([['1', '2'], [''], ['3', '4']]);
  });
  it('reports an unclosed quote', () => {
    expect(parseCsv('a,b\n1,"open\n').problem).toMatch(/never closed/);
  });
  it('handles a file without a final newline and an empty text', () => {
    expect(parseCsv('a\n1').rows).toEqual([['1']]);
    expect(parseCsv('')).toEqual({ header: [], rows: [], problem: null, lines: [], longCells: [], tooManyRows: false });
  });

  it('gives the physical line of each row, correct after quoted multi-line cells and any line ending', () => {
    // row 1 spans lines 2-4 (two breaks inside quotes), row 2 is on line 5, row 3 on line 6 (CR only)
    const text = 'a,b\r\n1,"x\ny\r\nz"\n2,w\r3,v\n';
    const csv = parseCsv(text);
    expect(csv.rows).toEqual([
      ['1', 'x\ny\r\nz'],
      ['2', 'w'],
      ['3', 'v'],
    ]);
    expect(csv.lines).toEqual([2, 5, 6]);
  });
  it('stops past the row limit and cuts cells past the cell limit, reporting them', () => {
    const body = Array.from({ length: 5 }, (_, i) => `${i},x`).join('\n');
    expect(parseCsv(`a,b\n${body}\n\n`, { maxRows: 5 })).toMatchObject({ tooManyRows: false });
    const over = parseCsv(`a,b\n${body}\n9,y\n`, { maxRows: 5 });
    expect(over.tooManyRows).toBe(true);
    expect(over.rows).toHaveLength(5);
    const long = parseCsv(`a,b\n1,"${'z'.repeat(30)}"\n2,ok\n`, { maxCellChars: 10 });
    expect(long.longCells).toEqual([{ row: 1, column: 1, length: 30 }]);
    expect(long.rows[0][1]).toHaveLength(10);
    expect(long.rows[1]).toEqual(['2', 'ok']);
  });
});
