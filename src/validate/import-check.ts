import { groupDigits } from '../vocab/format';
import type { ValidationError } from './types';
import { makeError, placeOnLines } from './report';
import { decodeBytes, type TextEncodingName } from './decode';
import { parseCsv } from './csv';
import { detectDelimiter } from './delimiter';
import { csvLine } from './csv-write';
import { IMPORT_KINDS, type ImportContext, type ImportKindName } from './import-kinds';

/**
 * The import pipeline every kind shares, pure so it runs in the import worker and in tests:
 * limits → encoding → separator (comma, semicolon or tab, read from the header line) → CSV with
 * physical lines → the kind's rules → the valid rows as canonical CSV. Every outcome is either rows accepted or a problem naming file, row, line and rule.
 */

/** Limits stated in the panel and enforced before (bytes) and while (rows, cells) parsing. */
export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
  maxCellChars: number;
}

/** The limits of every import. */
export const IMPORT_LIMITS: ImportLimits = { maxBytes: 64 * 1024 * 1024, maxRows: 600_000, maxCellChars: 10_000 };

/** Row problems kept for the screen; the rest are counted. */
export const ERRORS_KEPT = 1000;

/** The limits in words, for the panel. */
export function limitsText(l: ImportLimits = IMPORT_LIMITS): string {
  return `at most ${l.maxBytes / 1048576} MB, ${groupDigits(l.maxRows)} rows and ${groupDigits(l.maxCellChars)} characters per cell; UTF-8, UTF-16 or Windows-1252 (Latin-1) text`;
}

/** Outcome of {@link checkImport}. */
export interface ImportOutcome {
  /** the file as a whole was refused (then no rows are loaded) */
  fileError: ValidationError | null;
  encoding: TextEncodingName | null;
  /** the cell separator the file was read with, in words (null when the file was refused before) */
  delimiter: string | null;
  rowsRead: number;
  /** the first ERRORS_KEPT row problems, by row */
  errors: ValidationError[];
  errorCount: number;
  validCount: number;
  /** valid rows as CSV in the kind's columns, header first ('' when none) */
  csv: string;
}

/** A whole-file refusal (also used before the bytes are read: size, unreadable file). */
export const refuse = (
  file: string,
  rule: string,
  detail: string,
  encoding: TextEncodingName | null = null,
): ImportOutcome => ({
  fileError: makeError(file, 'file', rule, detail),
  encoding,
  delimiter: null,
  rowsRead: 0,
  errors: [],
  errorCount: 0,
  validCount: 0,
  csv: '',
});

/** Check one file's bytes as `kind`, within `limits`. Never throws on any input. */
export function checkImport(
  bytes: Uint8Array,
  file: string,
  kind: ImportKindName,
  ctx: ImportContext,
  limits: ImportLimits = IMPORT_LIMITS,
): ImportOutcome {
  if (bytes.length === 0) return refuse(file, 'empty', 'is empty (no header line)');
  if (bytes.length > limits.maxBytes)
    return refuse(
      file,
      'size',
      `is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${limits.maxBytes / 1048576} MB`,
    );
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return refuse(file, decoded.rule, decoded.detail);
  const enc = decoded.encoding;
  const spec = IMPORT_KINDS[kind];
  const sep = detectDelimiter(decoded.text, spec.columns);
  const csv = parseCsv(decoded.text, {
    maxRows: limits.maxRows,
    maxCellChars: limits.maxCellChars,
    delimiter: sep.char,
  });
  const named = (o: ImportOutcome): ImportOutcome => ({ ...o, delimiter: sep.name });
  if (csv.problem) return named(refuse(file, 'csv', csv.problem, enc));
  if (csv.tooManyRows)
    return named(refuse(file, 'row-limit', `has more than ${groupDigits(limits.maxRows)} data rows, the limit`, enc));
  const result = spec.validate(file, csv.header, csv.rows, ctx);
  const all = [...result.errors];
  if (all.some((e) => e.row === 0)) {
    // Say what was found, so a header that still does not fit is not a mystery.
    const shown = csv.header
      .slice(0, 12)
      .map((h) => `"${h.slice(0, 40)}"`)
      .join(', ');
    all.push(
      makeError(
        file,
        'header',
        'separator',
        `read with ${sep.name} as the separator (judged from the header line); the header line gives ${csv.header.length} column(s): ${shown}${csv.header.length > 12 ? ', …' : ''}`,
      ),
    );
  }
  for (const c of csv.longCells) {
    all.push(
      makeError(
        file,
        c.row,
        'cell-size',
        `the cell in column ${csv.header[c.column] ?? c.column + 1} is ${groupDigits(c.length)} characters, at most ${groupDigits(limits.maxCellChars)}`,
        csv.header[c.column],
      ),
    );
  }
  const headerBroken = all.some((e) => e.row === 0);
  const long = new Set(csv.longCells.map((c) => c.row - 1));
  const valid = headerBroken ? [] : result.validRows.filter((r) => !long.has(r));
  all.sort((a, b) => a.row - b.row);
  const lines = [spec.columns.join(',')];
  for (const r of valid) lines.push(csvLine(spec.output(csv.header, csv.rows[r])));
  return {
    fileError: null,
    encoding: enc,
    delimiter: sep.name,
    rowsRead: csv.rows.length,
    errors: placeOnLines(all.slice(0, ERRORS_KEPT), csv.lines),
    errorCount: all.length,
    validCount: valid.length,
    csv: valid.length ? lines.join('\n') + '\n' : '',
  };
}
