import type { BenchmarkKind, CapacityCell } from '../../analysis/capacity-cells';
import type { CapacityGrouping } from '../../queries/capacity';
import { groupNoun } from './groups';
import { pillarLabel, pillarMax } from './params';

/** A score as people write it: at most two decimals, no trailing zeros ("3.25", "10"). */
export function fmtScore(v: number): string {
  return String(Number(v.toFixed(2)));
}

/**
 * The headline of one gap, e.g. "Technical: 36 of the 53 African Group states with a score are
 * under 10 of 20 (1 has no score)". Counts are always "of those with a score" so a group with
 * unscored states is not made to look better or worse than the data says.
 */
export function gapSentence(cell: CapacityCell, by: CapacityGrouping): string {
  const under = cell.under ?? 0;
  const noun = groupNoun(by, cell.group);
  const verb = under === 1 ? 'is' : 'are';
  const missing = cell.missing === 0 ? '' : ` (${cell.missing} ${cell.missing === 1 ? 'has' : 'have'} no score)`;
  return `${pillarLabel(cell.pillar)}: ${under} of the ${cell.n} ${noun} with a score ${verb} under ${fmtScore(cell.threshold)} of ${pillarMax(cell.pillar)}${missing}`;
}

/** What the benchmark is, in words, e.g. "the maximum (20)" or "the global top quartile (15.65)". */
export function benchmarkWords(kind: BenchmarkKind, value: number | null): string {
  if (value === null) return kind === 'max' ? 'the maximum' : 'the global top quartile (no scores)';
  return kind === 'max' ? `the maximum (${fmtScore(value)})` : `the global top quartile (${fmtScore(value)})`;
}

/** The distance part, e.g. "median 3.25; median gap 16.75 to the maximum (20)". */
export function gapDetail(cell: CapacityCell, kind: BenchmarkKind): string {
  if (cell.median === null || cell.medianGap === null) return 'no scored state';
  return `median ${fmtScore(cell.median)}; median gap ${fmtScore(cell.medianGap)} to ${benchmarkWords(kind, cell.benchmark)}`;
}
