/**
 * The norm brief on real evidence (the evidence ladder of analysis/evidence-ladder.ts): key
 * figures and statements that cite the documents behind them. Generated survey rows never
 * enter here.
 */
import { RUNG_LABELS, RUNGS, rungCounts, verdict } from '../../analysis/evidence-ladder';
import type { BriefEvidenceRow } from '../../queries/brief';
import type { Citations } from './cite';
import type { ScopeState } from './measure';
import type { KeyFigure, Statement } from './types';

const rowsOf = (rows: readonly BriefEvidenceRow[]) => rows.flatMap((r) => r.source_ids.map((id) => ({ sourceId: id, row: `ev:${r.iso3}:${id}` })));

/** Coverage first: states with cited evidence, then with a measure in place, then self-reported. */
export function evidenceFigures(rows: readonly BriefEvidenceRow[], scope: readonly ScopeState[]): KeyFigure[] {
  const inScope = new Set(scope.map((s) => s.iso3));
  const mine = rows.filter((r) => inScope.has(r.iso3));
  const counts = rungCounts(scope.map((s) => mine.find((r) => r.iso3 === s.iso3)?.rung ?? 0));
  return [
    { label: 'Coverage: cited evidence', value: `${scope.length - counts[0]} of ${scope.length}`, note: 'states in scope with at least one cited document on this norm' },
    { label: 'Measure in place', value: String(mine.filter((r) => r.measure).length), note: 'a law, institution or treaty in force (for that measure, not the whole norm)' },
    { label: 'Self-reported', value: String(counts[4]), note: 'the State’s own implementation report' },
  ];
}

/** The verdict in words and the audience's own evidence, each citing its documents. */
export function evidenceStatements(rows: readonly BriefEvidenceRow[], scope: readonly ScopeState[], audience: ScopeState | null, cite: Citations): Statement[] {
  const inScope = new Set(scope.map((s) => s.iso3));
  const mine = rows.filter((r) => inScope.has(r.iso3));
  const counts = rungCounts(scope.map((s) => mine.find((r) => r.iso3 === s.iso3)?.rung ?? 0));
  const out: Statement[] = [{
    text: `Cited evidence on this norm: ${verdict(counts, mine.filter((r) => r.measure).length)}. A vote for a resolution calling on States to be guided by the norms, or a regional statement, counts only as a commitment; consensus adoptions that every Member joined are not counted.`,
    cites: cite.cite(rowsOf(mine.filter((r) => r.rung >= 2))),
  }];
  if (audience) {
    const a = rows.find((r) => r.iso3 === audience.iso3);
    out.push(a
      ? { text: `${audience.name}: highest rung of evidence on this norm is “${RUNG_LABELS[RUNGS[a.rung]]}” (${a.best}).`, cites: cite.cite([{ sourceId: a.source_id, row: `ev:${a.iso3}:best` }]) }
      : { text: `${audience.name}: no cited document links it to this norm in the project’s data.`, cites: [] });
  }
  return out;
}
