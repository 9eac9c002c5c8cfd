import { describe, expect, it } from 'vitest';
import { checkImport } from '../../../src/validate/import-check';
import { IMPORT_KINDS, type ImportContext } from '../../../src/validate/import-kinds';
import { parseCsv } from '../../../src/validate/csv';
import { detectDelimiter } from '../../../src/validate/delimiter';
import { readCsv } from '../../sql/csv';

// European Excel saves "CSV" with ';', "Text (tab-delimited)" with tabs, and UTF-8 CSV with a BOM.
const ctx: ImportContext = {
  states: readCsv('data/states/states.csv').map((r) => r.iso3),
  ilQuestions: readCsv('data/il-questions/il_questions.csv').map((r) => r.question_id),
  maxYear: 2026,
};
const enc = (s: string) => new TextEncoder().encode(s);
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Rows written by hand with another separator (cells holding it, or quotes, are quoted). */
function write(rows: string[][], sep: string, eol = '\r\n'): string {
  const q = (c: string) =>
    c.includes(sep) || c.includes('"') || c.includes('\n') ? `"${c.replaceAll('"', '""')}"` : c;
  return rows.map((r) => r.map(q).join(sep)).join(eol) + eol;
}

const header = IMPORT_KINDS.survey.columns as string[];
const rows = [
  [...header],
  [
    'KEN',
    '2024',
    'norms',
    'g',
    'partial',
    'technical_expertise;funding',
    'yes',
    'no',
    'national strategy, 2023',
    'submitted',
    'https://example.org/ken',
  ],
  ['BRA', '2024', 'norms', 'j', 'implemented', '', 'no', 'yes', 'CERT report', 'submitted', 'https://example.org/bra'],
];
const commaOut = checkImport(enc(write(rows, ',')), 'comma.csv', 'survey', ctx);

describe('imports read semicolon, tab and BOM files', () => {
  it('the comma file is the baseline: 2 rows, read as comma-separated', () => {
    expect(commaOut.fileError).toBeNull();
    expect(commaOut.errors).toEqual([]);
    expect(commaOut.validCount).toBe(2);
    expect(commaOut.delimiter).toMatch(/^comma/);
  });

  it('a semicolon file (European Excel) imports the same rows and says it used ;', () => {
    const out = checkImport(enc(write(rows, ';')), 'excel-de.csv', 'survey', ctx);
    expect(out.errors).toEqual([]);
    expect(out.validCount).toBe(2);
    expect(out.delimiter).toMatch(/^semicolon/);
    expect(out.csv).toBe(commaOut.csv);
    // the challenges cell kept its inner ';' list
    expect(parseCsv(out.csv).rows[0][5]).toBe('technical_expertise;funding');
  });

  it('a tab-delimited file imports the same rows', () => {
    const out = checkImport(enc(write(rows, '\t', '\n')), 'export.txt', 'survey', ctx);
    expect(out.errors).toEqual([]);
    expect(out.delimiter).toMatch(/^tab/);
    expect(out.csv).toBe(commaOut.csv);
  });

  it('a UTF-8 file with a byte-order mark (and ;) imports, naming both', () => {
    const text = enc(write(rows, ';'));
    const bytes = new Uint8Array(BOM.length + text.length);
    bytes.set(BOM);
    bytes.set(text, BOM.length);
    const out = checkImport(bytes, 'bom.csv', 'survey', ctx);
    expect(out.encoding).toBe('UTF-8 with byte-order mark');
    expect(out.delimiter).toMatch(/^semicolon/);
    expect(out.csv).toBe(commaOut.csv);
  });

  it('a comma file whose cells hold semicolons stays a comma file', () => {
    // unquoted ';' inside the challenges cell must not turn the file into a ';' file
    const text = [
      header.join(','),
      'KEN,2024,norms,g,partial,technical_expertise;funding,yes,no,strategy,submitted,https://example.org/ken',
    ].join('\n');
    const out = checkImport(enc(text), 'c.csv', 'survey', ctx);
    expect(out.delimiter).toMatch(/^comma/);
    expect(out.validCount).toBe(1);
  });

  it('a ;-file whose header still does not fit is named: file, header line, rule and what was found', () => {
    const bad = [
      ['land', 'jahr', 'teil'],
      ['KEN', '2024', 'norms'],
    ];
    const out = checkImport(enc(write(bad, ';')), 'umfrage.csv', 'survey', ctx);
    expect(out.validCount).toBe(0);
    const sep = out.errors.find((e) => e.rule === 'separator');
    expect(sep).toBeDefined();
    expect(sep!.message).toContain('umfrage.csv');
    expect(sep!.message).toContain('header (line 1)');
    expect(sep!.message).toContain('semicolon');
    expect(sep!.message).toContain('3 column(s): "land", "jahr", "teil"');
    expect(out.errors.some((e) => e.rule === 'header' && /missing column/.test(e.message))).toBe(true);
  });

  it('detectDelimiter judges by the expected names, comma on a tie', () => {
    expect(detectDelimiter('a;b;c\n1;2;3', ['a', 'b', 'c']).char).toBe(';');
    expect(detectDelimiter('\uFEFFa\tb\n', ['a', 'b']).char).toBe('\t');
    expect(detectDelimiter('a,b;c\n', ['a', 'b;c']).char).toBe(',');
    expect(detectDelimiter('x;y;z\n', ['a']).char).toBe(';'); // nothing known: the most cells
    expect(detectDelimiter('x\n', ['a']).char).toBe(',');
  });
});
