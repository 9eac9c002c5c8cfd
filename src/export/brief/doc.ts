/**
 * The document a fact row rests on, as a footnote names it: title, issuer, date, symbol and a
 * URL to the document itself. Built from the row's own title and URL first (a position paper,
 * a vote record), the `sources` table only filling what the row lacks; a site's home page is
 * never given as a document's address.
 */

/** A source as the `sources` table gives it. */
export interface CiteSource {
  source_id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  strength: string | null;
  /** the document's date, when the sources table has it */
  date?: string | null;
  /** the sources table flags the host as weak (a mirror, an aggregator, a thread reader) */
  weak_source?: boolean | null;
}

/** One citable document. */
export interface DocRef {
  title: string;
  issuer: string | null;
  date: string | null;
  /** UN document symbol (A/70/174, A/RES/77/37) when the document has one */
  symbol: string | null;
  url: string | null;
  strength: string | null;
  /** the source is secondary or derivative (a mirror, an aggregator, a thread reader) */
  weak: boolean;
}

/** What a row knows about its own document. */
export interface RowDoc {
  sourceId: string | null | undefined;
  title?: string | null;
  url?: string | null;
  date?: string | number | null;
  symbol?: string | null;
  strength?: string | null;
  /**
   * 'source' when the row's source_id names the document itself and its own URL only says where
   * the text was read (a norm's wording: A/70/174, read at a secondary page)
   */
  prefer?: 'row' | 'source';
}

const WEAK = new Set(['secondary', 'derivative']);
const SYMBOL = /\bA\/(?:RES\/|C\.1\/)?\d{2}\/[A-Z0-9.]+(?:\/Rev\.\d)?/;

/** True when a URL is only a site's root (no path, or "/"): that is a site, not a document. */
export function isSiteRoot(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash;
  } catch {
    return true;
  }
}

/** The first http(s) URL in a field that may list several ("a ; b"), unless it is a site root. */
export function documentUrl(field: string | null | undefined): string | null {
  const first = (field ?? '').split(/\s+;\s+|\s+/).find((s) => /^https?:\/\//.test(s));
  return first && !isSiteRoot(first) ? first : null;
}

/** A UN document symbol found in a text ("A/70/174 para 13(g)" → "A/70/174"). */
export function symbolIn(text: string | null | undefined): string | null {
  return text?.match(SYMBOL)?.[0] ?? null;
}

/** Builds documents from rows, filling gaps from the sources table. */
export class DocIndex {
  private readonly byId: Map<string, CiteSource>;
  constructor(sources: readonly CiteSource[]) {
    this.byId = new Map(sources.map((s) => [s.source_id, s]));
  }

  /** The row's document, or null when the row names no known source and no document of its own. */
  doc(r: RowDoc): DocRef | null {
    const s = r.sourceId ? this.byId.get(r.sourceId) : undefined;
    const bySource = r.prefer === 'source' && s;
    const title = (bySource ? s.title : r.title?.trim()) || s?.title;
    if (!title) return null;
    const strength = r.strength ?? s?.strength ?? null;
    const date = r.date === null || r.date === undefined || r.date === '' ? (s?.date ?? null) : String(r.date);
    return {
      title,
      issuer: s?.publisher ?? null,
      date,
      symbol: r.symbol ?? symbolIn(title) ?? null,
      url: bySource ? (documentUrl(s.url) ?? documentUrl(r.url)) : (documentUrl(r.url) ?? documentUrl(s?.url)),
      strength,
      weak: (strength !== null && WEAK.has(strength)) || s?.weak_source === true,
    };
  }
}

/** One footnote per document: by its URL, else its symbol, else its title. */
export const docKey = (d: DocRef): string =>
  d.url ? `url:${d.url}` : d.symbol ? `sym:${d.symbol}` : `title:${d.title}`;
