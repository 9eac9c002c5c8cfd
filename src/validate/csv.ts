/**
 * A strict RFC 4180 reader for files a user brings (the browser cannot use the build's DuckDB
 * reader before validation without losing row numbers). Pure: strings in, cells out. Iterative
 * (no recursion), so any size under the import limit parses without stack trouble.
 */

/**
 * Optional limits: reading stops past `maxRows`; a cell past `maxCellChars` is cut and reported.
 * `delimiter` is the cell separator (default comma; see delimiter.ts for detecting it).
 */
export interface CsvLimits {
  maxRows?: number;
  maxCellChars?: number;
  delimiter?: ',' | ';' | '\t';
}

/** A cell longer than the cell limit (its row is rejected with a rule, not passed on). */
export interface LongCell {
  /** 1-based data row */
  row: number;
  /** 0-based column index */
  column: number;
  length: number;
}

/** A parsed CSV: header, data rows, and a problem that stopped parsing (unclosed quote). */
export interface ParsedCsv {
  header: string[];
  rows: string[][];
  /** set when the text is not valid CSV at all; rows parsed so far are still returned */
  problem: string | null;
  /** physical line (1-based) on which each data row starts: differs from row + 1 after multi-line cells */
  lines: number[];
  /** cells over `maxCellChars` (kept cut to that length) */
  longCells: LongCell[];
  /** true when reading stopped because the file has more than `maxRows` data rows */
  tooManyRows: boolean;
}

/**
 * Parses CSV text: comma-separated (or `limits.delimiter`), `"` quoting with `""` escapes, LF, CRLF or CR line ends, an
 * optional UTF-8 byte-order mark. Trailing blank lines are dropped; a blank line in the middle
 * stays a row (of one empty cell) so the validator reports it with its row number.
 */
export function parseCsv(text: string, limits: CsvLimits = {}): ParsedCsv {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const maxRows = limits.maxRows ?? Infinity;
  const maxCell = limits.maxCellChars ?? Infinity;
  const sep = limits.delimiter ?? ',';
  const sepCode = sep.charCodeAt(0);
  const rows: string[][] = [];
  const starts: number[] = [];
  const longCells: LongCell[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let tooManyRows = false;
  let i = 0;
  const n = src.length;
  const pushCell = () => {
    if (cell.length > maxCell) {
      longCells.push({ row: rows.length, column: row.length, length: cell.length });
      cell = cell.slice(0, maxCell);
    }
    row.push(cell);
    cell = '';
  };
  starts.push(0);
  while (i < n) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      // Copy a run of plain characters at once: much faster than one by one on big files.
      let j = src.indexOf('"', i);
      if (j < 0) j = n;
      cell += src.slice(i, j);
      i = j;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      i += 1;
    } else if (c === sep) {
      pushCell();
      i += 1;
    } else if (c === '\n' || c === '\r') {
      pushCell();
      rows.push(row);
      row = [];
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      starts.push(i);
      // header + maxRows data rows are allowed; a further non-blank row stops reading
      if (rows.length > maxRows + 1 && !rows[rows.length - 1].every((v) => v === '')) {
        tooManyRows = true;
        break;
      }
    } else {
      let j = i;
      while (j < n) {
        const d = src.charCodeAt(j);
        if (d === sepCode || d === 10 || d === 13 || d === 34) break; // separator \n \r "
        j += 1;
      }
      if (j === i) {
        cell += c; // a quote inside an unquoted cell: kept literally, as spreadsheets do
        i += 1;
      } else {
        cell += src.slice(i, j);
        i = j;
      }
    }
  }
  const problem = quoted ? 'a quoted cell is never closed (missing ")' : null;
  if (!tooManyRows && (cell !== '' || row.length > 0)) {
    pushCell();
    rows.push(row);
  }
  starts.length = rows.length;
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === '')) {
    rows.pop();
    starts.pop();
  }
  if (rows.length > maxRows + 1) {
    // the extra row only proved the file is too long; blank rows past the limit are not counted
    tooManyRows ||= rows.slice(maxRows + 1).some((r) => !r.every((v) => v === ''));
    rows.length = maxRows + 1;
  }
  const [header = [], ...body] = rows;
  return {
    header: header.map((h) => h.trim()),
    rows: body,
    problem,
    lines: lineNumbers(src, starts).slice(1, rows.length),
    longCells,
    tooManyRows,
  };
}

/** Physical line of each offset (offsets ascending), in one pass over the text. */
function lineNumbers(src: string, offsets: number[]): number[] {
  const out: number[] = new Array(offsets.length);
  let line = 1;
  let at = 0;
  for (let k = 0; k < offsets.length; k++) {
    for (; at < offsets[k]; at++) {
      const c = src.charCodeAt(at);
      if (c === 10 || (c === 13 && src.charCodeAt(at + 1) !== 10)) line++;
    }
    out[k] = line;
  }
  return out;
}
