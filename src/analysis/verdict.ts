/**
 * Verdict words that lead every table of measures (issue 18, "words first"): the word comes
 * with its counts, the index behind an "i". One place for the bands, so the Law, debates,
 * Norms and Alignment tables and the Brief read the same value the same way.
 */
import { MIN_ANSWERS_PER_SIDE, meetsBasis } from './basis';
import { formatIndex } from './format-index';

/** Ordinal consensus at or above this is "Consensus". */
export const CONSENSUS_HIGH = 0.75;
/** Ordinal consensus at or above this (below CONSENSUS_HIGH) is "Leaning"; below it "Divided". */
export const CONSENSUS_LOW = 0.5;

/** Words for an item's ordinal consensus. */
export type ConsensusWord = 'Consensus' | 'Leaning' | 'Divided' | 'Too few answers' | 'No answers';

/** The word for an item's consensus over `answered` answers; below the minimum basis it is "Too few answers". */
export function consensusVerdict(consensus: number | null, answered: number): ConsensusWord {
  if (answered === 0 || consensus === null) return 'No answers';
  if (!meetsBasis([answered])) return 'Too few answers';
  if (consensus >= CONSENSUS_HIGH) return 'Consensus';
  if (consensus >= CONSENSUS_LOW) return 'Leaning';
  return 'Divided';
}

/** One index behind the "i": its name, value and one-sentence definition. */
export interface IndexNote {
  name: string;
  value: number | null;
  means: string;
}

/** "Ordinal consensus 0.65: 1 = all the same answer …" for each index, two significant figures. */
export function indexNotes(notes: readonly IndexNote[]): string {
  return notes.map((n) => `${n.name} ${formatIndex(n.value)}: ${n.means}`).join(' ');
}

/** One-sentence definitions of the indices, shared by the tables. */
export const INDEX_MEANS = {
  consensus:
    'Tastle–Wierman ordinal consensus, 1 when every answer is the same, 0 when answers split between the extremes.',
  groupInformed:
    'Polis group-informed consensus, the product over groups of (agree + 1) ÷ (answered + 2); high only when every group agrees.',
  etaSquared: 'η², the share of the spread in answers that lies between the groups rather than within them.',
} as const;

/** "Too few answers (3; at least 5 needed)". */
export function tooFewWords(answered: number, min = MIN_ANSWERS_PER_SIDE): string {
  return `${answered} answered; at least ${min} needed`;
}

/** Words for a mean silhouette (Kaufman & Rousseeuw's bands: 0.71, 0.51, 0.26). */
export function silhouetteVerdict(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return 'Not computed';
  if (s > 0.7) return 'Strong separation';
  if (s > 0.5) return 'Reasonable separation';
  if (s > 0.25) return 'Weak separation';
  return 'No real structure';
}
