import { createHash } from 'node:crypto';
import {
  DATA_FILES,
  STRENGTH_RANK,
  type CitationColumns,
  extractUrls,
  matchSource,
  sourcePrefixes,
  type DataPath,
  type Tables,
} from '../../src/validate/index';
import { hasColumns, records } from '../../src/validate/rules/tables';

/** A host entry of sources.csv, as the citation builder needs it. */
interface Host {
  title: string;
  publisher: string;
  licence: string;
  strength: string;
}

/** One cited document: the `sources` row a fact row points to. */
export interface CitedDocument {
  source_id: string;
  url: string;
  title: string;
  publisher: string;
  date: string | null;
  licence: string;
  strength: string;
  strength_rank: number;
  /** the sources.csv host entry the URL falls under, null for a host sources.csv does not list */
  host_id: string | null;
  /** tables (CSV paths) whose rows cite it */
  supplies: string[];
  weak_source: boolean;
  /** why it is weak: thread_reader · aggregator · mirror · machine_or_unofficial_copy · derivative · site_root */
  weak_reason: string | null;
  /** the URL is a site's home page (path empty or "/") */
  site_root: boolean;
}

/** Citations of one build: cell → document id, and the documents. */
export interface Citations {
  byCell: Map<string, string>;
  documents: Map<string, CitedDocument>;
}

// Trailing punctuation that belongs to the sentence around a URL, not to the URL.
const TRAILING = /[.,;:)\]]+$/;

/** The URL as cited (sentence punctuation trimmed). */
export function cleanUrl(url: string): string {
  return url.replace(TRAILING, '');
}

/** True when the URL is a bare site root: no path beyond "/" (a query or fragment does not count as a document). */
export function isSiteRoot(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.pathname === '' || u.pathname === '/') && u.search === '';
  } catch {
    return false;
  }
}

/** Stable id of a document: a short hash of its URL, so the same URL gives the same id in every build. */
export function documentId(url: string): string {
  return `doc-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

function weakPrefixes(tables: Tables): { prefix: string; kind: string }[] {
  const t = tables['sources/weak_hosts.csv'];
  if (!hasColumns(t, ['url_prefix', 'kind'])) return [];
  return records(t, ['url_prefix', 'kind']).map((r) => ({ prefix: r.url_prefix, kind: r.kind }));
}

function hostsOf(tables: Tables): Map<string, Host> {
  const t = tables['sources/sources.csv'];
  const m = new Map<string, Host>();
  if (!t) return m;
  for (const r of records(t, ['source_id', 'title', 'publisher', 'licence', 'strength'])) m.set(r.source_id, r);
  return m;
}

/**
 * One `sources` row per cited document. For each source cell of each shipped CSV: the URL the
 * row is cited by is the strongest of the cell's URLs that is not on a weak host (so a weak host
 * is replaced by a better URL the same cell offers), else the first; its document takes the
 * row's own title and year where the file has them, the row's own strength where the file codes
 * one, else its host's. Weak hosts (weak_hosts.csv), derivative copies and bare site roots are
 * flagged, never dropped.
 */
export function buildCitations(tables: Tables): Citations {
  const prefixes = sourcePrefixes(tables);
  const hosts = hostsOf(tables);
  const weak = weakPrefixes(tables);
  const weakKind = (url: string) =>
    weak.filter((w) => url.startsWith(w.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0]?.kind ?? null;
  const byCell = new Map<string, string>();
  const documents = new Map<string, CitedDocument>();
  for (const [path, def] of Object.entries(DATA_FILES) as [DataPath, (typeof DATA_FILES)[DataPath]][]) {
    const table = tables[path];
    if (!table) continue;
    const cite: CitationColumns | undefined = 'citation' in def ? def.citation : undefined;
    const col = (name: string | undefined) => (name ? table.header.indexOf(name) : -1);
    const [titleAt, yearAt, strengthAt] = [col(cite?.title), col(cite?.year), col(cite?.strength?.column)];
    for (const column of def.urlColumns) {
      const at = table.header.indexOf(column);
      if (at < 0) continue;
      for (const row of table.rows) {
        const cell = row[at] ?? '';
        const urls = extractUrls(cell).map(cleanUrl);
        if (urls.length === 0) continue;
        const rowStrength = strengthAt >= 0 ? (cite?.strength?.map[row[strengthAt] ?? ''] ?? null) : null;
        const rank = (u: string) => {
          const host = hosts.get(matchSource(u, prefixes) ?? '');
          const strength = (u === urls[0] ? rowStrength : null) ?? host?.strength ?? 'derivative';
          return (weakKind(u) || isSiteRoot(u) ? 10 : 0) + (STRENGTH_RANK[strength] ?? 5);
        };
        const url = urls.reduce((best, u) => (rank(u) < rank(best) ? u : best));
        const hostId = matchSource(url, prefixes) ?? null;
        const host = hostId ? hosts.get(hostId) : undefined;
        const strength = (url === urls[0] ? rowStrength : null) ?? host?.strength ?? 'derivative';
        const id = documentId(url);
        byCell.set(cell, id);
        const known = documents.get(id);
        if (known) {
          if (!known.supplies.includes(path)) known.supplies.push(path);
          // A document cited with different strengths keeps the weakest: never overstate it.
          if ((STRENGTH_RANK[strength] ?? 5) > known.strength_rank)
            Object.assign(known, { strength, strength_rank: STRENGTH_RANK[strength] ?? 5 });
          if (known.strength === 'derivative' && !known.weak_source)
            Object.assign(known, { weak_source: true, weak_reason: 'derivative' });
          continue;
        }
        const siteRoot = isSiteRoot(url);
        const kind = weakKind(url);
        const weakReason = kind ?? (siteRoot ? 'site_root' : strength === 'derivative' ? 'derivative' : null);
        documents.set(id, {
          source_id: id,
          url,
          title: (titleAt >= 0 ? row[titleAt] : '') || host?.title || new URL(url).hostname,
          publisher: host?.publisher ?? new URL(url).hostname,
          date: yearAt >= 0 && row[yearAt] ? row[yearAt]! : null,
          licence: host?.licence ?? 'not stated (see publisher)',
          strength,
          strength_rank: STRENGTH_RANK[strength] ?? 5,
          host_id: hostId,
          supplies: [path],
          weak_source: weakReason !== null,
          weak_reason: weakReason,
          site_root: siteRoot,
        });
      }
    }
  }
  return { byCell, documents };
}
