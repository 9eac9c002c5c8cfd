/**
 * Where the brief selects its findings, the one minimum-basis rule of analysis/basis.ts
 * applies: an item is a consensus or a divided item only with at least MIN_ANSWERS_PER_SIDE
 * answers, and a group gap compares only groups with that many answers each. Anything below is
 * said to have "too few answers", never reported as a finding.
 */
import { MIN_ANSWERS_PER_SIDE, meetsBasis } from '../../analysis/basis';
import type { GroupGap } from '../../analysis/divergence';
import type { ItemMeasure } from './items';

/** The least answers each side needs, re-exported for the brief's sentences. */
export const MIN_SIDE = MIN_ANSWERS_PER_SIDE;

/** True when the item's answers (one side: every state that answered) meet the basis. */
export const itemOnBasis = (m: ItemMeasure): boolean => meetsBasis([m.answered]);

/**
 * The widest gap between UN regional groups that each meet the basis (ties: the group listed
 * first wins, as in analysis/divergence.ts); null when fewer than two groups do.
 */
export function gapOnBasis(m: ItemMeasure): GroupGap | null {
  const eligible = m.divergence.groups.filter((g) => g.mean !== null && meetsBasis([g.n]));
  if (eligible.length < 2) return null;
  let high = eligible[0];
  let low = eligible[0];
  for (const g of eligible) {
    if (g.mean! > high.mean!) high = g;
    if (g.mean! < low.mean!) low = g;
  }
  if (high === low) low = eligible[1];
  return { high: high.group, low: low.group, gap: high.mean! - low.mean! };
}
