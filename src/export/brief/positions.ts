/**
 * "Who said what": every actor's stance on the focus question by name, with year and document,
 * grouped by stance. Group actors (AU, EU, NATO) are rows of their own and never counted as their
 * members; states that published a position but are not coded on this question are listed as
 * such; the rest is stated as silence, never as opposition.
 */
import type { Citations, CiteRow } from './cite';
import type { DocIndex } from './doc';
import type { Statement } from './types';
import { LEVEL_WORDS, listWords, plural } from './words';

/** One actor's coded stance (a legal question or a debate question). */
export interface PositionInput {
  actorId: string;
  name: string;
  kind: 'state' | 'group';
  iso3: string | null;
  stance: string;
  year: number | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  sourceId: string | null;
  strength: string | null;
  inferred: boolean;
  inScope: boolean;
}

/** An actor that published a position paper (any question). */
export interface PublishedInput {
  actorId: string;
  name: string;
  kind: 'state' | 'group';
  year: number | null;
  title: string;
  sourceUrl: string | null;
  sourceId: string | null;
  inScope: boolean;
}

/** One printed row: actor, stance, year, document and its footnote. */
export interface PositionLine {
  name: string;
  stance: string | null;
  year: number | null;
  document: string;
  cites: number[];
  flags: string[];
}

/** The positions block of a brief. */
export interface PositionsBlock {
  item: string;
  /** stance groups, strongest support first; empty stances left out */
  byStance: { stance: string; label: string; lines: PositionLine[] }[];
  groups: PositionLine[];
  notCoded: PositionLine[];
  summary: Statement[];
}

const ORDER = ['supports', 'qualified', 'opposes'];
const HEAD: Record<string, string> = { supports: 'Supports', qualified: 'Qualified', opposes: 'Opposes' };

/** Row identity of a stance, the same as an answer's (`q:<question>|<actor>`), so a stance cited twice counts once. */
export const positionRow = (key: string, p: PositionInput) => `${key}|${p.actorId}`;

/**
 * Build the block. `key` is the question's item key (q:…), `item` its name; `scopeSize` the number of states the brief covers.
 * A state's stance is listed only if the state is in scope; group rows always are.
 */
export function positionsByName(
  key: string,
  item: string,
  rows: readonly PositionInput[],
  published: readonly PublishedInput[],
  scopeSize: number,
  docs: DocIndex,
  cite: Citations,
  source: 'papers' | 'debates' = 'papers',
): PositionsBlock {
  const citeRow = (p: PositionInput): CiteRow => ({
    doc: docs.doc({ sourceId: p.sourceId, title: p.sourceTitle, url: p.sourceUrl, date: p.year, strength: p.strength }),
    row: positionRow(key, p),
  });
  const line = (p: PositionInput): PositionLine => {
    const r = citeRow(p);
    const flags = [...(p.inferred ? ['coding inferred'] : []), ...(r.doc?.weak ? ['weak source'] : [])];
    return {
      name: p.name,
      stance: p.stance,
      year: p.year,
      document: r.doc?.title ?? 'no document on record',
      cites: cite.cite([r]),
      flags,
    };
  };
  const states = rows.filter((p) => p.kind === 'state' && p.inScope);
  const groupRows = rows.filter((p) => p.kind === 'group');
  const coded = new Set(rows.map((p) => p.actorId));
  const uncoded = published.filter((d) => d.kind === 'state' && d.inScope && !coded.has(d.actorId));
  const summary: Statement[] = [];
  const counts = ORDER.map((s) => [s, states.filter((p) => p.stance === s).length] as const).filter(([, n]) => n);
  const silent = scopeSize - states.length - uncoded.length;
  summary.push(
    cite.say(
      `Of the ${scopeSize} states in scope, ${states.length} have a coded stance on ${item}${counts.length ? ` (${counts.map(([s, n]) => `${n} ${LEVEL_WORDS[s] ?? s}`).join(', ')})` : ''}.`,
      states.map(citeRow),
    ),
  );
  if (uncoded.length)
    summary.push(
      cite.say(
        `${plural(uncoded.length, 'state')} in scope published a position on international law in cyberspace that is not coded on this question: ${listWords(uncoded.map((d) => d.name))}. Their view on it is not known from this data.`,
        uncoded.map((d) => ({
          doc: docs.doc({ sourceId: d.sourceId, title: d.title, url: d.sourceUrl, date: d.year }),
          row: `d:${d.actorId}`,
        })),
      ),
    );
  if (silent > 0)
    summary.push({
      text: `The other ${plural(silent, 'state')} in scope ${silent === 1 ? 'has' : 'have'} ${source === 'papers' ? 'no published position on record' : 'no coded statement on it in this data'}: silence, which is not opposition.`,
      cites: [],
      rows: [],
    });
  if (groupRows.length)
    summary.push(
      cite.say(
        `Group positions, listed as the groups' own and not counted as their members': ${groupRows.map((p) => `${p.name}, ${LEVEL_WORDS[p.stance] ?? p.stance}${p.year ? ` (${p.year})` : ''}`).join('; ')}.`,
        groupRows.map(citeRow),
      ),
    );
  // Tables after the summary, so footnotes are numbered in the order they are first read.
  const byStance = ORDER.map((s) => ({
    stance: s,
    label: HEAD[s],
    lines: states.filter((p) => p.stance === s).map(line),
  })).filter((g) => g.lines.length);
  const groups = groupRows.map(line);
  const notCoded = uncoded.map((d): PositionLine => {
    const doc = docs.doc({ sourceId: d.sourceId, title: d.title, url: d.sourceUrl, date: d.year });
    return {
      name: d.name,
      stance: null,
      year: d.year,
      document: doc?.title ?? d.title,
      cites: cite.cite([{ doc, row: `d:${d.actorId}` }]),
      flags: [],
    };
  });

  return { item, byStance, groups, notCoded, summary };
}
