/** Number formats and words shared by the brief's sentences. */
import { CONSENSUS_HIGH, CONSENSUS_LOW } from '../../analysis/verdict';
import { NOT_AVAILABLE, num, pct as percent } from '../../vocab/format';

export { plural, listWords } from '../../vocab/format';
/** The brief names groups in full ("Western European and Others Group (WEOG)"). */
export { groupFullName as groupName } from '../../vocab/groups';

/** 0.923 → "92%"; null → "n/a" (in prose a dash would read as punctuation). */
export const pct = (v: number | null): string => percent(v, 0, NOT_AVAILABLE);

/** 0.8531 → "0.85"; null → "n/a". */
export const dec = (v: number | null): string => num(v, 2, NOT_AVAILABLE);

/** Consensus bands used in the brief's words (stated in its method notes), shared with the views. */
export { CONSENSUS_HIGH, CONSENSUS_LOW };
/** Below this coverage the brief does not call anything a consensus. */
export const COVERAGE_MIN = 0.25;

/** Plain-words reading of a consensus value given its coverage. */
export function consensusWord(consensus: number | null, coverage: number | null): string {
  if (consensus === null || coverage === null) return 'no answers';
  if (coverage < COVERAGE_MIN) return 'too few answers to speak of consensus';
  if (consensus >= CONSENSUS_HIGH) return 'consensus';
  if (consensus >= CONSENSUS_LOW) return 'a leaning, not a consensus';
  return 'divided';
}

/** Level names as people read them. */
export const LEVEL_WORDS: Record<string, string> = {
  supports: 'support',
  qualified: 'qualified',
  opposes: 'oppose',
  implemented: 'implemented',
  partial: 'partial',
  planned: 'planned',
  none: 'none',
  Y: 'yes',
  A: 'abstain',
  N: 'no',
};
