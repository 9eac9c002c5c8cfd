/** Number formats and words shared by the brief's sentences. */
import { CONSENSUS_HIGH, CONSENSUS_LOW } from '../../analysis/verdict';

/** 0.923 → "92%"; null → "n/a". */
export const pct = (v: number | null): string => (v === null ? 'n/a' : `${Math.round(v * 100)}%`);

/** 0.8531 → "0.85"; null → "n/a". */
export const dec = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(2));

/** "1 state" / "3 states". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

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

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Level names as people read them. */
export const LEVEL_WORDS: Record<string, string> = {
  supports: 'support', qualified: 'qualified', opposes: 'oppose',
  implemented: 'implemented', partial: 'partial', planned: 'planned', none: 'none',
  Y: 'yes', A: 'abstain', N: 'no',
};

/** The UN regional groups' usual names. */
const GROUP_NAMES: Record<string, string> = {
  African: 'African Group',
  'Asia-Pacific': 'Asia-Pacific Group',
  'Eastern European': 'Eastern European Group',
  GRULAC: 'Latin American and Caribbean Group (GRULAC)',
  WEOG: 'Western European and Others Group (WEOG)',
};

/** "African" → "African Group"; anything else unchanged. */
export const groupName = (g: string): string => GROUP_NAMES[g] ?? g;
