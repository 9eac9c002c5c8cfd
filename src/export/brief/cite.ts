/**
 * The sentence and footnote builder. A statement names the rows behind it; each distinct
 * document of those rows gets one footnote number, in order of first use, so a sentence cites
 * exactly its own rows' documents and nothing else. Pure: unit-tested on fixtures.
 */
import { docKey, type DocRef } from './doc';
import type { Footnote, Statement } from './types';

export type { CiteSource } from './doc';

/** One row behind a statement: its document and an identity, so a row cited twice counts once. */
export interface CiteRow {
  doc: DocRef | null;
  row: string;
}

/** Hands out footnote numbers and writes cited statements. */
export class Citations {
  private readonly notes = new Map<string, Footnote>();
  private readonly seen = new Map<string, Set<string>>();
  private readonly used = new Map<string, string>();

  /** Footnote numbers for the rows behind a statement; rows without a document cannot be cited. */
  cite(rows: Iterable<CiteRow>): number[] {
    const out = new Set<number>();
    for (const { doc, row } of rows) {
      if (!doc) continue;
      const key = docKey(doc);
      let note = this.notes.get(key);
      if (!note) {
        note = { n: this.notes.size + 1, ...doc, rows: 0 };
        this.notes.set(key, note);
        this.seen.set(key, new Set());
      }
      this.used.set(row, key);
      const seen = this.seen.get(key)!;
      if (!seen.has(row)) {
        seen.add(row);
        note.rows += 1;
      }
      out.add(note.n);
    }
    return [...out].sort((a, b) => a - b);
  }

  /** A statement citing exactly `rows` (their identities are kept, so a test can check the footnotes against them). */
  say(text: string, rows: readonly CiteRow[] = []): Statement {
    return { text, cites: this.cite(rows), rows: [...new Set(rows.filter((r) => r.doc).map((r) => r.row))] };
  }

  /** Every row cited so far, with its document's key (for the brief's data basis). */
  rowsCited(): ReadonlyMap<string, string> {
    return this.used;
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

/** A footnote's document without its address: title, symbol, issuer, date. */
export function footnoteLabel(f: Footnote): string {
  const parts = [f.title];
  if (f.symbol && !f.title.includes(f.symbol)) parts.push(f.symbol);
  if (f.issuer) parts.push(f.issuer);
  if (f.date) parts.push(f.date);
  return `${parts.join(', ')}.`;
}

/** A footnote as one line of text: title, symbol, issuer, date, URL, weak-source flag. */
export function footnoteText(f: Footnote): string {
  return `${footnoteLabel(f)}${f.url ? ` ${f.url}` : ' (no document link on record)'}${f.weak ? ' [weak source]' : ''}`;
}
