/** The CITATION line every download carries. */

/** What a citation needs to know. */
export interface CitationInput {
  /** what was downloaded, e.g. "International-law positions; UNGA votes" */
  what: string;
  /** the filter in words */
  filter: string;
  /** data version (the shipped database's hash prefix) */
  version: string;
  /** when the shipped data was built (ISO) */
  builtAt: string;
  /** the app address that reproduces the view, when known */
  url?: string;
  /** the download date (ISO); defaults to today */
  accessed?: string;
}

/** One line in the style of a data-set reference (author, year, title, version, address, access date). */
export function citationLine(c: CitationInput): string {
  const year = c.builtAt.slice(0, 4);
  const accessed = (c.accessed ?? new Date().toISOString()).slice(0, 10);
  const where = c.url ? ` ${c.url}.` : '';
  return `Common Ground (${year}). ${c.what} [data set]. States in scope: ${c.filter}. Data version ${c.version} (built ${c.builtAt.slice(0, 10)}).${where} Accessed ${accessed}.`;
}
