import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/validate/csv';

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks; CRLF; BOM', () => {
    const r = parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n4,"multi\nline",\r\n');
    expect(r.header).toEqual(['a', 'b', 'c']);
    expect(r.rows).toEqual([['1', 'x, "y"', '3'], ['4', 'multi\nline', '']]);
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
    expect(parseCsv('')).toEqual({ header: [], rows: [], problem: null });
  });
});
