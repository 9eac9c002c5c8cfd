import { describe, expect, it } from 'vitest';
import { checkImport, IMPORT_LIMITS, type ImportLimits } from '../../../src/validate/import-check';
import { IMPORT_KINDS, type ImportContext, type ImportKindName } from '../../../src/validate/import-kinds';
import { parseCsv } from '../../../src/validate/csv';
import { readCsv } from '../../sql/csv';

// The shared import pipeline (worker code, run here directly). Context from the shipped CSVs.
const ctx: ImportContext = {
  states: readCsv('data/states/states.csv').map((r) => r.iso3),
  ilQuestions: readCsv('data/il-questions/il_questions.csv').map((r) => r.question_id),
  maxYear: 2026,
};
const HEADER = 'iso3,year,part,item,status,challenges,capacity_need,capacity_offer,evidence,origin,source';
const enc = (s: string) => new TextEncoder().encode(s);
const check = (bytes: Uint8Array, limits?: ImportLimits, name = 'my.csv') =>
  checkImport(bytes, name, 'survey', ctx, limits);
const row = (iso3: string, item: string, evidence = 'strategy') =>
  `${iso3},2024,norms,${item},implemented,,no,yes,${evidence},submitted,https://example.org/x`;

describe('import pipeline', () => {
  it('imports every template the app offers, unchanged', () => {
    for (const [kind, spec] of Object.entries(IMPORT_KINDS)) {
      const text = spec.template();
      // data rows = non-empty lines after the header (the templates have no multi-line cells)
      const expected = text.split(/\r?\n/).filter((l) => l !== '').length - 1;
      const out = checkImport(enc(text), `${kind}-template.csv`, kind as ImportKindName, ctx);
      expect(out.fileError, kind).toBeNull();
      expect(out.errors, kind).toEqual([]);
      expect(out.validCount, kind).toBe(expected);
      expect(expected).toBeGreaterThan(0);
    }
    // the survey example's evidence holds a comma and survives the round trip as one cell
    const out = check(enc(IMPORT_KINDS.survey.template()));
    expect(parseCsv(out.csv).rows[0][8]).toBe('EXAMPLE ROW: replace with your own answers, then delete this row');
  });

  it('names the physical line as well as the row after a quoted multi-line cell', () => {
    const text = [HEADER, row('FRA', 'a', '"line one\nline two\nline three"'), row('XYZ', 'b'), row('KEN', 'c')].join(
      '\n',
    );
    const out = check(enc(text));
    expect(out.validCount).toBe(2);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ row: 2, line: 5, rule: 'foreign-key' });
    expect(out.errors[0].message).toContain('my.csv row 2 (line 5): iso3 "XYZ"');
  });

  it('detects encodings and names them; Latin-1 text is converted, not garbled', () => {
    const text = [HEADER, row('CIV', 'a', '"Stratégie nationale, Côte d\'Ivoire"')].join('\r\n');
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(latin1.some((b) => b > 0x7f)).toBe(true);
    const cases: [Uint8Array, string][] = [
      [enc(text), 'UTF-8'],
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(text)]), 'UTF-8 with byte-order mark'],
      [latin1, 'Windows-1252 (Latin-1)'],
      [Uint8Array.from([0xff, 0xfe, ...utf16le(text)]), 'UTF-16LE'],
      [utf16le(text), 'UTF-16LE'],
      [Uint8Array.from([0xfe, 0xff, ...swap(utf16le(text))]), 'UTF-16BE'],
    ];
    for (const [bytes, name] of cases) {
      const out = check(bytes);
      expect(out.encoding, name).toBe(name);
      expect(out.validCount, name).toBe(1);
      expect(parseCsv(out.csv).rows[0][8], name).toBe("Stratégie nationale, Côte d'Ivoire");
    }
  });

  it('refuses what it cannot read with a rule: binary, undefined Windows-1252 bytes, empty', () => {
    expect(
      check(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3])).fileError,
    ).toMatchObject({ rule: 'binary' });
    expect(check(Uint8Array.from([...enc(HEADER + '\n'), 0x81, 0x41])).fileError).toMatchObject({ rule: 'encoding' });
    expect(check(enc(`${HEADER}\n\u0001abc`)).fileError).toMatchObject({ rule: 'binary' });
    expect(check(new Uint8Array(0)).fileError).toMatchObject({ rule: 'empty' });
  });

  it('enforces the stated limits: bytes, rows, characters per cell', () => {
    const small: ImportLimits = { maxBytes: 2000, maxRows: 3, maxCellChars: 50 };
    const four = [HEADER, row('FRA', 'a'), row('FRA', 'b'), row('FRA', 'c'), row('FRA', 'd')].join('\n');
    expect(check(enc(four), small).fileError).toMatchObject({ rule: 'row-limit' });
    expect(check(enc(four + '\n' + 'x'.repeat(2000)), small).fileError).toMatchObject({ rule: 'size' });
    const long = check(enc([HEADER, row('FRA', 'a', 'e'.repeat(51)), row('FRA', 'b')].join('\n')), small);
    expect(long.fileError).toBeNull();
    expect(long.validCount).toBe(1);
    expect(long.errors.map((e) => [e.row, e.rule])).toContainEqual([1, 'cell-size']);
    // the default limits as the panel states them
    expect(IMPORT_LIMITS).toEqual({ maxBytes: 64 * 1024 * 1024, maxRows: 600_000, maxCellChars: 10_000 });
    // a 2.5 MB cell: a rule, not a reader error
    const huge = check(enc([HEADER, row('FRA', 'a', `"${'z'.repeat(2_500_000)}"`), row('FRA', 'b')].join('\n')));
    expect(huge.validCount).toBe(1);
    expect(huge.errors.map((e) => [e.row, e.rule])).toContainEqual([1, 'cell-size']);
  });

  it('checks a 50 MB file without a stack overflow', () => {
    // 193 states x 11 norms x 24 years of unique keys, ~1 KB each: 50,952 rows, 50 MB
    const states = ctx.states.filter((s) => s.length === 3).slice(0, 193);
    const lines = [HEADER];
    const pad = 'p'.repeat(960);
    for (let y = 2000; y < 2024; y++)
      for (const s of states)
        for (const n of 'abcdefghijk') lines.push(`${s},${y},norms,${n},partial,,,,${pad},submitted,src`);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(50_000_000);
    const out = check(enc(text));
    expect(out.fileError).toBeNull();
    // years before SURVEY_FIRST_YEAR (2015) are out of range: 15 of the 24 years
    const expectedValid = 193 * 11 * 9;
    expect(out.validCount).toBe(expectedValid);
    expect(out.errorCount).toBe(193 * 11 * 15);
    expect(out.errors).toHaveLength(1000);
  }, 120_000);
});

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}
function swap(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i += 2) ((out[i] = b[i + 1]), (out[i + 1] = b[i]));
  return out;
}
