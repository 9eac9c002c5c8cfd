/** Key figures at the top of a brief, coverage first. */
import type { ItemMeasure } from './items';
import type { KeyFigure } from './types';
import { MIN_SIDE, gapOnBasis, itemOnBasis } from './findings';
import { CONSENSUS_HIGH, CONSENSUS_LOW, COVERAGE_MIN, dec, pct } from './words';

const NOUN = { stance: 'a recorded stance', measure: 'a survey answer', vote: 'a cast vote' } as const;
const KIND = { stance: 'Legal questions', measure: 'Norms (survey)', vote: 'Roll calls' } as const;

/** The figures: for one item its coverage and measures; for many, coverage per kind and counts of agreed and divided items. */
export function keyFigures(measures: readonly ItemMeasure[], inScope: number): KeyFigure[] {
  if (measures.length === 1) {
    const m = measures[0];
    const g = gapOnBasis(m);
    return [
      {
        label: 'Coverage',
        value: `${m.answered} of ${m.inScope} (${pct(m.coverage)})`,
        note: `states in scope with ${NOUN[m.item.scale]}`,
      },
      { label: 'Support share', value: pct(m.supportShare), note: 'of those that answered' },
      {
        label: 'Ordinal consensus',
        value: itemOnBasis(m) ? dec(m.consensus) : 'too few answers',
        note: itemOnBasis(m) ? '1 = all the same answer' : `fewer than ${MIN_SIDE} answers`,
      },
      {
        label: 'Widest group gap',
        value: g ? `${Math.round(g.gap * 100)} points` : 'n/a',
        note: g ? `${g.high} vs ${g.low}` : `too few answers: fewer than two groups with ${MIN_SIDE} answers`,
      },
      {
        label: 'Group-informed consensus',
        value: g ? dec(m.groupConsensus) : 'too few answers',
        note: `across ${m.groups.length} groups`,
      },
    ];
  }
  const out: KeyFigure[] = [
    { label: 'States in scope', value: String(inScope), note: 'the states this brief is about' },
  ];
  for (const scale of ['stance', 'measure', 'vote'] as const) {
    const ms = measures.filter((m) => m.item.scale === scale);
    if (!ms.length) continue;
    const states = new Set(ms.flatMap((m) => m.answers.map((a) => a.iso3))).size;
    out.push({
      label: `Coverage: ${KIND[scale].toLowerCase()}`,
      value: `${states} of ${inScope} (${pct(inScope ? states / inScope : null)})`,
      note: `states with at least one answer on ${ms.length} items`,
    });
  }
  const covered = measures.filter((m) => (m.coverage ?? 0) >= COVERAGE_MIN && itemOnBasis(m) && m.consensus !== null);
  out.push({
    label: 'Items with consensus',
    value: `${covered.filter((m) => m.consensus! >= CONSENSUS_HIGH).length} of ${covered.length}`,
    note: `consensus ≥ ${CONSENSUS_HIGH}, coverage ≥ ${Math.round(COVERAGE_MIN * 100)}%, at least ${MIN_SIDE} answers`,
  });
  out.push({
    label: 'Divided items',
    value: `${covered.filter((m) => m.consensus! < CONSENSUS_LOW).length} of ${covered.length}`,
    note: `consensus < ${CONSENSUS_LOW}`,
  });
  return out;
}
