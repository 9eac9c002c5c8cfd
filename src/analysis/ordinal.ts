/**
 * Answers on ordinal scales and the plain measures built on them. A missing answer is `null`
 * everywhere in analysis/: silence is absence of a row, never opposition, so it is left out
 * of every denominator except coverage's.
 */

/** Stance of an actor on a legal question (`il_positions.stance`). */
export type Stance = 'opposes' | 'qualified' | 'supports';
/** Status of a measure in the National Survey of Implementation. */
export type MeasureStatus = 'none' | 'planned' | 'partial' | 'implemented';
/** A roll-call vote: yes, no, abstain, absent (X = did not vote). */
export type Vote = 'Y' | 'N' | 'A' | 'X';
/** The votes that express a position; X (absent) is missing data, not a level. */
export type CastVote = Exclude<Vote, 'X'>;

/** An ordered answer scale plus the score each level adds to a support share. */
export interface OrdinalScale<L extends string> {
  /** Levels lowest first; consensus uses their positions 0..L−1, not the scores. */
  readonly levels: readonly L[];
  /** Score in [0, 1] used where a single number is needed: 1 full support, 0 none. */
  readonly score: Readonly<Record<L, number>>;
}

/** Legal stances: a qualified stance counts half toward support (DESIGN §5). */
export const STANCE_SCALE: OrdinalScale<Stance> = {
  levels: ['opposes', 'qualified', 'supports'],
  score: { opposes: 0, qualified: 0.5, supports: 1 },
};

/**
 * Survey measure status. `planned` scores 0 like `none` because a plan is not yet a measure in
 * place; the level is still kept apart in distributions and in consensus.
 */
export const MEASURE_SCALE: OrdinalScale<MeasureStatus> = {
  levels: ['none', 'planned', 'partial', 'implemented'],
  score: { none: 0, planned: 0, partial: 0.5, implemented: 1 },
};

/** Votes on the opinion map: an abstention sits halfway between no and yes (DESIGN §5). */
export const VOTE_SCALE: OrdinalScale<CastVote> = {
  levels: ['N', 'A', 'Y'],
  score: { N: 0, A: 0.5, Y: 1 },
};

/**
 * Share of the states in scope that gave any answer. Shown beside every score because
 * consensus among 12 states that spoke is not consensus among 193.
 * @param answered states with a recorded answer
 * @param inScope states in the current filter
 * @returns a share in [0, 1], or null when nothing is in scope
 */
export function coverage(answered: number, inScope: number): number | null {
  if (answered < 0 || inScope < 0 || answered > inScope) {
    throw new RangeError(`coverage: ${answered} answered out of ${inScope} in scope`);
  }
  return inScope === 0 ? null : answered / inScope;
}

/**
 * Mean score of the answers given: Σ value / answered. Nulls and NaN are skipped, not zeroed.
 * @param scores one score in [0, 1] per state, null when the state did not answer
 * @returns the mean, or null when no one answered
 */
export function meanScore(scores: Iterable<number | null>): number | null {
  let sum = 0;
  let answered = 0;
  for (const s of scores) {
    if (s === null || Number.isNaN(s)) continue;
    sum += s;
    answered += 1;
  }
  return answered === 0 ? null : sum / answered;
}

/**
 * Support share from counts per level: Σ count × score / Σ count, so with stances it is
 * (supports + 0.5 × qualified) / answered.
 * @param counts answers per level; levels left out count as 0 answers
 * @param scale the scale giving each level's score
 * @returns the share, or null when there are no answers
 */
export function supportShare<L extends string>(
  counts: Readonly<Partial<Record<L, number>>>,
  scale: OrdinalScale<L>,
): number | null {
  let sum = 0;
  let answered = 0;
  for (const level of scale.levels) {
    const n = counts[level] ?? 0;
    if (n < 0) throw new RangeError(`supportShare: negative count for ${level}`);
    sum += n * scale.score[level];
    answered += n;
  }
  return answered === 0 ? null : sum / answered;
}

/** Counts and shares of answers over the levels of a scale. */
export interface Distribution {
  /** answers per level, in level order */
  readonly counts: number[];
  /** counts / answered, or null when there are no answers (an empty bar, not a zero one) */
  readonly proportions: number[] | null;
  /** answers that were not null */
  readonly answered: number;
}

/**
 * Tallies answers over ordered levels. An answer outside the levels throws: validators
 * should have caught it, and counting it nowhere would hide a data error.
 * @param values one answer per state, null when the state did not answer
 * @param levels the scale's levels, lowest first
 */
export function distribution<L extends string>(values: Iterable<L | null>, levels: readonly L[]): Distribution {
  const index = new Map<string, number>(levels.map((level, i) => [level, i]));
  const counts = levels.map(() => 0);
  let answered = 0;
  for (const v of values) {
    if (v === null) continue;
    const i = index.get(v);
    if (i === undefined) throw new RangeError(`distribution: "${v}" is not one of ${levels.join(', ')}`);
    counts[i] += 1;
    answered += 1;
  }
  const proportions = answered === 0 ? null : counts.map((c) => c / answered);
  return { counts, proportions, answered };
}
