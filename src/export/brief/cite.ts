/**
 * Footnotes for a brief: every statement lists the sources of the rows behind it; each source
 * gets one number, in order of first citation, and counts how many rows cite it.
 */
import type { Footnote } from './types';

/** A source as the `sources` table gives it. */
export interface CiteSource {
  source_id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  strength: string | null;
  weak_source?: boolean | null;
}

/** One row behind a statement: its source and an identity, so a row cited twice counts once. */
export interface CiteRow {
  sourceId: string | null | undefined;
  row: string;
}

/** Hands out footnote numbers. */
export class Citations {
  private readonly byId: Map<string, CiteSource>;
  private readonly notes = new Map<string, Footnote>();
  private readonly seen = new Map<string, Set<string>>();

  constructor(sources: readonly CiteSource[]) {
    this.byId = new Map(sources.map((s) => [s.source_id, s]));
  }

  /**
   * Footnote numbers for the rows behind a statement. Unknown or null source ids are skipped:
   * they cannot be cited. Each footnote counts the distinct rows that cite it.
   */
  cite(rows: Iterable<CiteRow>): number[] {
    const out = new Set<number>();
    for (const { sourceId: id, row } of rows) {
      if (!id || !this.byId.has(id)) continue;
      let note = this.notes.get(id);
      if (!note) {
        const s = this.byId.get(id)!;
        note = { n: this.notes.size + 1, sourceId: id, title: s.title, url: s.url, publisher: s.publisher, strength: s.strength, ...(s.weak_source ? { weak: true } : {}), rows: 0 };
        this.notes.set(id, note);
        this.seen.set(id, new Set());
      }
      const seen = this.seen.get(id)!;
      if (!seen.has(row)) {
        seen.add(row);
        note.rows += 1;
      }
      out.add(note.n);
    }
    return [...out].sort((a, b) => a - b);
  }

  /** Every footnote handed out, by number. */
  footnotes(): Footnote[] {
    return [...this.notes.values()].sort((a, b) => a.n - b.n);
  }
}

/** Footnote numbers as compact text: [1, 3–5]. */
export function citeText(ns: readonly number[]): string {
  if (ns.length === 0) return '';
  const parts: string[] = [];
  let start = ns[0];
  let prev = ns[0];
  for (const n of [...ns.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? `${start}` : prev === start + 1 ? `${start}, ${prev}` : `${start}–${prev}`);
    start = prev = n;
  }
  return `[${parts.join(', ')}]`;
}
