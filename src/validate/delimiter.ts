/**
 * Which separator a CSV file uses. Spreadsheets save "CSV" with the list separator of the
 * user's locale: a comma in English, a semicolon in most of Europe (where the comma is the
 * decimal mark), and "Text (tab-delimited)" uses tabs. The header line decides, because its
 * names are known: the separator that splits it into the most expected column names wins,
 * and the comma wins a tie, so a comma file whose cells hold semicolons stays a comma file.
 */

/** A separator the import reads. */
export interface Delimiter {
  char: ',' | ';' | '\t';
  /** in words, for messages: "comma (,)" */
  name: string;
}

/** The separators tried, comma first (the tie-breaker). */
export const DELIMITERS: readonly Delimiter[] = [
  { char: ',', name: 'comma (,)' },
  { char: ';', name: "semicolon (';', as European Excel saves CSV)" },
  { char: '\t', name: 'tab (tab-delimited text)' },
];

/** The first physical line, without a byte-order mark. */
function firstLine(text: string): string {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = src.search(/\r|\n/);
  return end < 0 ? src : src.slice(0, end);
}

/** Header cells split on `char`, unquoted and trimmed (enough for names; quotes in names are rare). */
function headerCells(line: string, char: string): string[] {
  return line.split(char).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/**
 * The separator of `text`, judged on its header line against the `expected` column names.
 * With no expected name found under any separator, the one that splits the header into the
 * most cells is taken (a comma when none splits it), so the header check can name what it saw.
 */
export function detectDelimiter(text: string, expected: readonly string[]): Delimiter {
  const line = firstLine(text);
  const names = new Set(expected);
  let best = DELIMITERS[0];
  let bestHits = -1;
  let bestCells = 0;
  for (const d of DELIMITERS) {
    const cells = headerCells(line, d.char);
    const hits = cells.filter((c) => names.has(c)).length;
    if (hits > bestHits || (hits === bestHits && hits === 0 && cells.length > bestCells)) {
      best = d;
      bestHits = hits;
      bestCells = cells.length;
    }
  }
  return best;
}
