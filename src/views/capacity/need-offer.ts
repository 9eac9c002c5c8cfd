import type { NeedOfferRow } from '../../queries/capacity-survey';
import { groupNoun } from './groups';
import { pillarLabel } from './params';
import type { CapacityGrouping } from '../../queries/capacity';

/** A need-vs-offer cell with its mismatch. */
export interface NeedOfferCell extends NeedOfferRow {
  /** states reporting a need minus states offering support (positive: more need than offers) */
  mismatch: number;
}

/** Cells keyed `${group}|${area}`, plus the cells ordered by mismatch, largest first. */
export function needOfferCells(rows: readonly NeedOfferRow[]): {
  byKey: Map<string, NeedOfferCell>;
  ranked: NeedOfferCell[];
} {
  const cells = rows.map((r) => ({ ...r, mismatch: r.need - r.offer }));
  const ranked = [...cells].sort((a, b) => b.mismatch - a.mismatch || b.need - a.need);
  return { byKey: new Map(cells.map((c) => [`${c.grp}|${c.area}`, c])), ranked };
}

/**
 * One mismatch in words, e.g. "Technical: 30 of the 48 responding African Group states report a
 * need; 4 offer support".
 */
export function needOfferSentence(c: NeedOfferCell, by: CapacityGrouping): string {
  const offer = c.offer === 1 ? '1 offers' : `${c.offer} offer`;
  return `${pillarLabel(c.area)}: ${c.need} of the ${c.states} responding ${groupNoun(by, c.grp)} ${c.need === 1 ? 'reports' : 'report'} a need; ${offer} support`;
}
