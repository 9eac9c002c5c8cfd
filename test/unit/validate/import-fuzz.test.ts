import { describe, expect, it } from 'vitest';
import { checkImport, type ImportLimits } from '../../../src/validate/import-check';
import { IMPORT_KINDS, type ImportContext } from '../../../src/validate/import-kinds';
import { parseCsv } from '../../../src/validate/csv';
import { readCsv } from '../../sql/csv';

// Seeded fuzzing of the import: random bytes and random CSV shapes, a bounded count. Every file
// must be either accepted (rows that re-validate cleanly) or refused with a named rule; nothing throws.
const ctx: ImportContext = {
  states: readCsv('data/states/states.csv').map((r) => r.iso3),
  ilQuestions: readCsv('data/il-questions/il_questions.csv').map((r) => r.question_id),
  maxYear: 2026,
};
const LIMITS: ImportLimits = { maxBytes: 64 * 1024, maxRows: 20, maxCellChars: 200 };
const COLUMNS = IMPORT_KINDS.survey.columns;
const CASES = 500;

/** mulberry32: small, seeded, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}

const GOOD: Record<string, readonly string[]> = {
  iso3: ['FRA', 'KEN', 'BRA', 'XYZ', 'fra', ''],
  year: ['2015', '2024', '2031', '1999', 'x', ''],
  part: ['norms', 'cbms', 'capacity_building', 'international_law', 'nope'],
  item: ['a', 'g', 'k', '1', '16', 'technical', 'sovereignty_rule', 'zz'],
  status: ['implemented', 'partial', 'planned', 'none', '', 'complete'],
  challenges: ['', 'funding', 'funding;coordination', 'funding;funding', 'bogus'],
  capacity_need: ['yes', 'no', '', 'maybe'],
  capacity_offer: ['yes', 'no', ''],
  evidence: ['', 'text', 'a, b', 'quote " inside', 'multi\nline', 'Côte d’Ivoire', '\u0007bell'],
  origin: ['submitted', 'coded_from_document', 'illustrative', 'other'],
  source: ['https://example.org/a', 'citation', ''],
};
const NOISE = [',', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '€', '𝔘', '\uFEFF', '\u0000', '\t'];

function randomCell(r: ReturnType<typeof prng>, column: string): string {
  const roll = r.next();
  // the first two values of each list are valid; the rest break a rule
  if (roll < 0.8 && GOOD[column]) return GOOD[column][r.int(2)];
  if (roll < 0.93 && GOOD[column]) return r.pick(GOOD[column]);
  if (roll < 0.96) return 'L'.repeat(150 + r.int(100));
  let s = '';
  for (let k = r.int(8); k > 0; k--) s += r.next() < 0.5 ? r.pick(NOISE) : String.fromCharCode(32 + r.int(95));
  return s;
}

function randomCsv(r: ReturnType<typeof prng>): string {
  const header = [...COLUMNS].sort(() => r.next() - 0.5).filter(() => r.next() > 0.01);
  if (r.next() < 0.1) header.push('extra');
  const eol = r.pick(['\n', '\r\n', '\r']);
  const quoteAll = r.next() < 0.3;
  const q = (c: string) =>
    quoteAll || /[",\r\n]/.test(c) ? `"${c.replaceAll('"', r.next() < 0.95 ? '""' : '"')}"` : c;
  const lines = [header.join(',')];
  for (let k = r.int(26); k > 0; k--)
    lines.push(header.map((h) => q(randomCell(r, h))).join(r.next() < 0.98 ? ',' : ';'));
  let text = lines.join(eol) + (r.next() < 0.5 ? eol : '');
  if (r.next() < 0.05) text += '"unclosed';
  return text;
}

function encodeAs(r: ReturnType<typeof prng>, text: string): Uint8Array {
  const kind = r.int(5);
  if (kind === 1) return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  if (kind === 2 || kind === 3) {
    const out = new Uint8Array(text.length * 2 + (kind === 2 ? 2 : 0));
    let o = 0;
    if (kind === 2) ((out[o++] = 0xff), (out[o++] = 0xfe));
    for (let i = 0; i < text.length; i++)
      ((out[o++] = text.charCodeAt(i) & 0xff), (out[o++] = text.charCodeAt(i) >> 8));
    return out;
  }
  if (kind === 4 && [...text].every((c) => c.charCodeAt(0) < 256))
    return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  return new TextEncoder().encode(text);
}

describe('import fuzz (seeded, bounded)', () => {
  it(`accepts or refuses with a rule each of ${CASES} random files, never throwing`, () => {
    const r = prng(20261204);
    const tally = { refused: 0, accepted: 0, rowErrors: 0, withRows: 0 };
    for (let n = 0; n < CASES; n++) {
      const name = `fuzz-${n}.csv`;
      const bytes =
        r.next() < 0.25 ? Uint8Array.from({ length: r.int(3000) }, () => r.int(256)) : encodeAs(r, randomCsv(r));
      const out = checkImport(bytes, name, 'survey', ctx, LIMITS);
      if (out.fileError) {
        tally.refused++;
        expect(out.fileError.rule, name).toMatch(/^[a-z-]+$/);
        expect(out.fileError.message).toContain(name);
        expect(out.fileError.message).toContain(`[rule: ${out.fileError.rule}]`);
        expect(out.validCount).toBe(0);
        expect(out.csv).toBe('');
        continue;
      }
      tally.accepted++;
      tally.rowErrors += out.errorCount;
      expect(out.rowsRead).toBeLessThanOrEqual(LIMITS.maxRows);
      expect(out.validCount).toBeLessThanOrEqual(out.rowsRead);
      for (const e of out.errors) {
        expect(e.message, name).toContain(`[rule: ${e.rule}]`);
        expect(e.message).toContain(name);
        if (e.row > 0) expect(e.line!, name).toBeGreaterThanOrEqual(e.row + 1);
      }
      if (out.validCount === 0) continue;
      tally.withRows++;
      // accepted rows, in canonical form, re-check with no problem at all
      const canon = parseCsv(out.csv);
      expect(canon.header).toEqual([...COLUMNS]);
      expect(canon.rows).toHaveLength(out.validCount);
      const again = checkImport(new TextEncoder().encode(out.csv), name, 'survey', ctx, {
        ...LIMITS,
        maxBytes: 1 << 20,
      });
      expect(again.errors, name).toEqual([]);
      expect(again.validCount).toBe(out.validCount);
    }
    // the generator reaches every outcome (else the fuzz proves little)
    expect(tally.refused).toBeGreaterThan(20);
    expect(tally.accepted).toBeGreaterThan(20);
    expect(tally.rowErrors).toBeGreaterThan(20);
    expect(tally.withRows).toBeGreaterThan(20);
  });
});
