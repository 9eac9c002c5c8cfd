/**
 * The measures every view and every brief reports, each defined once (DESIGN §5). Views and
 * briefs import from here (or from the module named beside each), never re-derive:
 * - coverage: answered / in scope (ordinal.ts `coverage`), shown beside every score;
 * - support share: (Σ count × score) / answered, qualified as ½ (ordinal.ts `supportShare`);
 * - agreement between two actors, without half credit (identical answers only) or with half
 *   credit (a middle answer against a firm one counts ½): `agreementShare` below;
 * - widest gap between groups, among groups with at least GAP_MIN_ANSWERS answers:
 *   `widestGap` below (divergence.ts `groupDivergence` with the one minimum).
 */
import { MIN_ANSWERS_PER_SIDE } from './basis';
import { groupDivergence, type GroupDivergence, type GroupValue } from './divergence';

export { coverage, supportShare } from './ordinal';

/**
 * Least answers a group needs to take part in the widest gap between groups: the one minimum
 * basis (basis.ts, 5), so the Law view, the Norms view and the Brief name the same gap.
 */
export const GAP_MIN_ANSWERS = MIN_ANSWERS_PER_SIDE;

/** The widest gap in mean support between groups with at least GAP_MIN_ANSWERS answers, and η². */
export function widestGap(pairs: readonly GroupValue[]): GroupDivergence {
  return groupDivergence(pairs, GAP_MIN_ANSWERS);
}

/** How two answer vectors are compared. */
export interface AgreementRule<L extends string> {
  /** an answer that means "no answer", besides null (votes: 'X', absent) */
  readonly absent?: L;
  /** the middle answer that earns half credit against a firm one; omit for identical answers only */
  readonly half?: L;
}

/** Agreement of two actors over the items both answered. */
export interface Agreement {
  /** (same + ½ × half) / joint, or null when they never answered the same item */
  readonly agreement: number | null;
  /** items both answered */
  readonly joint: number;
  /** joint items with the identical answer */
  readonly same: number;
  /** joint items where exactly one gave the middle answer (0 without half credit) */
  readonly half: number;
}

/** Half credit for legal stances: qualified against supports or opposes counts ½. */
export const STANCE_HALF_CREDIT: AgreementRule<string> = { half: 'qualified' };
/** Half credit for votes (DESIGN §5): abstention against yes or no counts ½; absences are no answer. */
export const VOTE_HALF_CREDIT: AgreementRule<string> = { absent: 'X', half: 'A' };

/**
 * Agreement between two actors. Silence (null, or the rule's `absent`) is never read as
 * agreement or disagreement: such items are left out. Opposite firm answers score 0.
 * @param a first actor's answers, one per item
 * @param b second actor's answers, same items in the same order
 * @param rule without `half`: identical answers only ("agree on 3 of 4")
 */
export function agreementShare<L extends string>(
  a: readonly (L | null)[],
  b: readonly (L | null)[],
  rule: AgreementRule<L> = {},
): Agreement {
  if (a.length !== b.length) throw new RangeError(`agreementShare: ${a.length} vs ${b.length} items`);
  let joint = 0;
  let same = 0;
  let half = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || y === null || x === rule.absent || y === rule.absent) continue;
    joint += 1;
    if (x === y) same += 1;
    else if (rule.half !== undefined && (x === rule.half || y === rule.half)) half += 1;
  }
  return { agreement: joint === 0 ? null : (same + 0.5 * half) / joint, joint, same, half };
}
