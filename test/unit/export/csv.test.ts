import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from '../../../src/export/csv';
import type { ExportTable } from '../../../src/export/table';

describe('CSV formula neutralisation', () => {
  it('prefixes text that starts with = + - @ tab or CR with an apostrophe', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(neutraliseFormula('\t=cmd')).toBe("'\t=cmd");
    expect(neutraliseFormula('\r=cmd')).toBe("'\r=cmd");
  });

  it('leaves ordinary text alone, including formula characters later in the cell', () => {
    expect(neutraliseFormula('France')).toBe('France');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula("'=already")).toBe("'=already");
  });

  it('writes typed numbers as numbers, never prefixed', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(20)).toBe('20');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes after neutralising, doubling inner quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes a header and CRLF-terminated records', () => {
    const t: ExportTable = {
      fields: [
        { name: 'iso3', type: 'string' },
        { name: 'score', type: 'number' },
        { name: 'note', type: 'string' },
      ],
      rows: [
        { iso3: 'FRA', score: 97.6, note: '=cmd|"/c calc"!A1' },
        { iso3: 'MOZ', score: null, note: null },
      ],
    };
    expect(toCsv(t)).toBe('iso3,score,note\r\nFRA,97.6,"\'=cmd|""/c calc""!A1"\r\nMOZ,,\r\n');
  });
});
