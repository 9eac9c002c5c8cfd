/**
 * Shares from the survey's multi-select and yes/no questions (DESIGN §5 capacity: need vs
 * offer; the "share of states reporting each challenge and capacity need"). A state
 * that did not answer is left out of the denominator, as everywhere in analysis/: silence is
 * not a "no".
 */

/** How many answering states listed one option, and their share. */
export interface OptionShare {
  readonly option: string;
  readonly count: number;
  /** count / answered; null when no state answered */
  readonly share: number | null;
}

/**
 * Share of answering states that listed each option of a multi-select question.
 * @param selections per state: the options it listed ([] = answered, listed none), or null when
 *   it did not answer
 * @param options the fixed option list, in display order; a listed value outside it throws
 * @returns one entry per option, in the given order, and the number of answering states
 */
export function optionShares(
  selections: Iterable<readonly string[] | null>,
  options: readonly string[],
): { shares: OptionShare[]; answered: number } {
  const counts = new Map<string, number>(options.map((o) => [o, 0]));
  let answered = 0;
  for (const listed of selections) {
    if (listed === null) continue;
    answered += 1;
    for (const option of new Set(listed)) {
      const c = counts.get(option);
      if (c === undefined) throw new RangeError(`optionShares: "${option}" is not one of ${options.join(', ')}`);
      counts.set(option, c + 1);
    }
  }
  const shares = options.map((option) => {
    const count = counts.get(option) ?? 0;
    return { option, count, share: answered === 0 ? null : count / answered };
  });
  return { shares, answered };
}

/** Yes count, answers, and yes / answers for a yes/no question. */
export interface YesShare {
  readonly yes: number;
  readonly answered: number;
  /** yes / answered; null when no state answered */
  readonly share: number | null;
}

/**
 * Share of yes among the states that answered a yes/no question (capacity need, offer).
 * @param values per state: true (yes), false (no) or null (no answer)
 */
export function yesShare(values: Iterable<boolean | null>): YesShare {
  let yes = 0;
  let answered = 0;
  for (const v of values) {
    if (v === null) continue;
    answered += 1;
    if (v) yes += 1;
  }
  return { yes, answered, share: answered === 0 ? null : yes / answered };
}

/**
 * The options whose bits are set in a mask (bit i = options[i]), for data stored as flags.
 * @param mask a non-negative integer
 * @param options the option list the bits index
 */
export function optionsOfMask(mask: number, options: readonly string[]): string[] {
  if (!Number.isInteger(mask) || mask < 0 || mask >= 2 ** options.length)
    throw new RangeError(`optionsOfMask: bad mask ${mask}`);
  return options.filter((_, i) => (mask & (1 << i)) !== 0);
}
