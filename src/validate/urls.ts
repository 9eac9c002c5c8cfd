/**
 * URL handling shared by the validator and the build, so "which source backs this row" has a
 * single definition. source_url cells may hold several URLs (` ; `) and parentheticals.
 */

const URL_PATTERN = /https?:\/\/[^\s]+/g;

/** Every http(s) URL in a cell, in order (also those inside parentheticals). */
export function extractUrls(cell: string): string[] {
  return cell.match(URL_PATTERN) ?? [];
}

/** The row's first URL: the one whose source the row is assigned to. */
export function firstUrl(cell: string): string | undefined {
  return extractUrls(cell)[0];
}

/** A URL prefix claimed by one source. */
export interface SourcePrefix {
  prefix: string;
  sourceId: string;
}

/** Reads sources.csv rows (source_id, url_prefixes) into a prefix list. */
export function parsePrefixes(rows: readonly { sourceId: string; urlPrefixes: string }[]): SourcePrefix[] {
  return rows.flatMap(({ sourceId, urlPrefixes }) =>
    urlPrefixes
      .split(/\s+/)
      .filter((p) => p !== '')
      .map((prefix) => ({ prefix, sourceId })),
  );
}

/** The source whose prefix is the longest match of `url`, so a specific path beats its host. */
export function matchSource(url: string, prefixes: readonly SourcePrefix[]): string | undefined {
  let best: SourcePrefix | undefined;
  for (const p of prefixes) {
    if (url.startsWith(p.prefix) && (!best || p.prefix.length > best.prefix.length)) best = p;
  }
  return best?.sourceId;
}
