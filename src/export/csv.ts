/**
 * CSV (RFC 4180) with spreadsheet-formula neutralisation. A text cell that begins with
 * = + - @ (or a tab or carriage return, which some spreadsheets strip before parsing) is
 * prefixed with an apostrophe, so Excel, LibreOffice and Sheets show it as text instead of
 * running it (OWASP "CSV injection"). Numbers are written as numbers and never prefixed: a
 * typed −0.5 is data, not a formula.
 */
import type { Cell } from '../db/types';
import type { ExportTable } from './table';

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Line ending written between records (RFC 4180); also declared in datapackage.json. */
export const CSV_LINE_END = '\r\n';

/** Prefix a text value with an apostrophe when a spreadsheet would evaluate it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell as CSV text: null is empty, text is neutralised then quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return quote(neutraliseFormula(text));
}

/** The whole table as CSV text with a header row (header names are neutralised too). */
export function toCsv(t: ExportTable): string {
  const lines = [t.fields.map((f) => csvCell(f.name)).join(',')];
  for (const row of t.rows) lines.push(t.fields.map((f) => csvCell(row[f.name] ?? null)).join(','));
  return lines.join(CSV_LINE_END) + CSV_LINE_END;
}
