/**
 * A strict RFC 4180 reader for files a user brings (the browser cannot use the build's DuckDB
 * reader before validation without losing row numbers). Pure: strings in, cells out.
 */

/** A parsed CSV: header, data rows, and a problem that stopped parsing (unclosed quote). */
export interface ParsedCsv {
  header: string[];
  rows: string[][];
  /** set when the text is not valid CSV at all; rows parsed so far are still returned */
  problem: string | null;
}

/**
 * Parses CSV text: comma-separated, `"` quoting with `""` escapes, LF or CRLF line ends, an
 * optional UTF-8 byte-order mark. Trailing blank lines are dropped; a blank line in the middle
 * stays a row (of one empty cell) so the validator reports it with its row number.
 */
export function parseCsv(text: string): ParsedCsv {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = src.length;
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
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\n' || c === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      let j = i;
      while (j < n) {
        const d = src.charCodeAt(j);
        if (d === 44 || d === 10 || d === 13 || d === 34) break; // , \n \r "
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
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  const [header = [], ...body] = rows;
  return { header: header.map((h) => h.trim()), rows: body, problem };
}
