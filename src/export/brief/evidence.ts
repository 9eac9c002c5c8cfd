/**
 * A norm brief stands on cited evidence: the evidence ladder (analysis/evidence-ladder.ts) per
 * state in scope, the states above mere commitment by name with their documents, and the
 * audience's own evidence. Capacity scores are never a rung; consensus adoptions every Member
 * joined are stated as such.
 */
import {
  RESTRAINT_NORMS,
  RESTRAINT_NOTE,
  RUNGS,
  RUNG_LABELS,
  atOrAbove,
  highestRung,
  rungCounts,
} from '../../analysis/evidence-ladder';
import type { BriefEvidenceRow } from '../../queries/brief';
import type { Citations, CiteRow } from './cite';
import { symbolIn, type DocIndex } from './doc';
import type { ScopeState } from '../../analysis/answer-measures';
import type { KeyFigure, Statement } from './types';
import { listWords, pct } from './words';

/** One named piece of evidence above commitment. */
export interface EvidenceLine {
  name: string;
  rung: string;
  what: string;
  year: number | null;
  cites: number[];
}

/** The evidence block of a norm brief. */
export interface EvidenceBlock {
  norm: string;
  summary: Statement[];
  lines: EvidenceLine[];
  figures: KeyFigure[];
}

const label = (rung: number) => RUNG_LABELS[RUNGS[rung]];
const what = (r: BriefEvidenceRow) => `${r.indicator}${r.value && r.value !== r.indicator ? `: ${r.value}` : ''}`;

/** Rows as citable rows (e:<evidence_id>). */
export const evidenceRow =
  (docs: DocIndex) =>
  (r: BriefEvidenceRow): CiteRow => ({
    // Above commitment the row's value names the document itself (a law, a national report).
    // A commitment row names its resolution by symbol.
    doc: docs.doc({
      sourceId: r.source_id,
      url: r.document_url,
      date: r.year,
      title:
        r.rung >= 2
          ? r.value
          : symbolIn(r.indicator) && /A\/RES\//.test(r.indicator)
            ? `General Assembly resolution ${symbolIn(r.indicator)}`
            : null,
    }),
    row: `e:${r.evidence_id}`,
  });

/** The audience's own evidence on the norm, for its record. */
export function audienceEvidence(
  audience: ScopeState,
  normLabel: string,
  rows: readonly BriefEvidenceRow[],
  docs: DocIndex,
  cite: Citations,
): Statement[] {
  const mine = rows.filter((r) => r.iso3 === audience.iso3);
  if (!mine.length)
    return [{ text: `No cited evidence links ${audience.name} to ${normLabel} in this data.`, cites: [], rows: [] }];
  const best = highestRung(mine.map((r) => r.rung));
  const above = mine.filter((r) => r.rung >= 2);
  const committed = mine.filter((r) => r.rung === 1);
  const out: Statement[] = [
    cite.say(
      `${audience.name}'s highest rung of cited evidence on ${normLabel}: ${label(best)}.`,
      mine.filter((r) => r.rung === best).map(evidenceRow(docs)),
    ),
  ];
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  for (const r of above)
    out.push(cite.say(`${cap(label(r.rung))}: ${what(r)}${r.year ? ` (${r.year})` : ''}.`, [evidenceRow(docs)(r)]));
  if (committed.length)
    out.push(
      cite.say(
        `Commitments: ${listWords([...new Set(committed.map((r) => r.indicator))])}.`,
        committed.map(evidenceRow(docs)),
      ),
    );
  return out;
}

/** The ladder over the states in scope, the named states above commitment, and key figures. */
export function evidenceOnNorm(
  normId: string,
  normLabel: string,
  rows: readonly BriefEvidenceRow[],
  scope: readonly ScopeState[],
  docs: DocIndex,
  cite: Citations,
): EvidenceBlock {
  const inScope = new Set(scope.map((s) => s.iso3));
  const names = new Map(scope.map((s) => [s.iso3, s.name]));
  const own = rows.filter((r) => inScope.has(r.iso3));
  const best = new Map<string, number>();
  for (const s of scope) best.set(s.iso3, highestRung(own.filter((r) => r.iso3 === s.iso3).map((r) => r.rung)));
  const counts = rungCounts(best.values());
  const n = scope.length;
  const atBest = own.filter((r) => r.rung === best.get(r.iso3));
  const parts = RUNGS.map((_, i) => i)
    .reverse()
    .filter((i) => i > 0 && counts[i])
    .map((i) => `${counts[i]} ${label(i)}`);
  const summary: Statement[] = [
    cite.say(
      `Cited evidence on ${normLabel} among the ${n} states in scope, by each state's highest rung: ${parts.length ? parts.join(', ') : 'none above zero'}; ${counts[0]} with no cited evidence.`,
      atBest.map(evidenceRow(docs)),
    ),
  ];
  const shared = own.filter((r) => r.shared && r.rung === 1);
  if (shared.length)
    summary.push(
      cite.say(
        `Part of the commitment rung is joining consensus adoptions that every Member joined (${listWords([...new Set(shared.map((r) => r.indicator.replace(/^joined the consensus on /, '')))])}): it does not distinguish one state from another.`,
        [...new Map(shared.map((r) => [r.indicator, r])).values()].map(evidenceRow(docs)),
      ),
    );
  if (RESTRAINT_NORMS.includes(normId)) summary.push({ text: RESTRAINT_NOTE, cites: [], rows: [] });
  const above = own
    .filter((r) => r.rung >= 2)
    .sort((a, b) => b.rung - a.rung || (names.get(a.iso3)! < names.get(b.iso3)! ? -1 : 1));
  const lines = above.map((r): EvidenceLine => ({
    name: names.get(r.iso3)!,
    rung: label(r.rung),
    what: what(r),
    year: r.year,
    cites: cite.cite([evidenceRow(docs)(r)]),
  }));
  // Consensus adoptions every Member joined put every state on the first rung: coverage counts
  // only evidence that tells one state from another.
  const any = new Set(own.filter((r) => !r.shared).map((r) => r.iso3)).size;
  const figures: KeyFigure[] = [
    {
      label: 'Coverage',
      value: `${any} of ${n} (${pct(n ? any / n : null)})`,
      note: 'states in scope with evidence of their own (beyond consensus adoptions every Member joined)',
    },
    {
      label: 'Measure in place or higher',
      value: `${atOrAbove(counts, 3)} of ${n}`,
      note: 'highest rung: a law, institution or treaty, or a self-report',
    },
    { label: 'Self-reported', value: `${counts[4]} of ${n}`, note: "the state's own document on the norm" },
    {
      label: 'Commitment only',
      value: `${counts[1]} of ${n}`,
      note: 'votes, consensus adoptions, regional statements',
    },
  ];
  return { norm: normLabel, summary, lines, figures };
}
