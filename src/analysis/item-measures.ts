/**
 * All the DESIGN §5 measures of one item (a legal question, a norm) from counts: SQL
 * aggregates answers per group, this file turns the counts into support share, ordinal
 * consensus, group divergence and group-informed consensus using the one implementation of
 * each measure in analysis/. Working from counts keeps the query small (a few rows per item
 * instead of one per state) without a second definition of any measure.
 */

import { ordinalConsensus } from './consensus';
import { groupDivergence, type GroupDivergence, type GroupValue } from './divergence';
import { groupInformedConsensus, tallyAgreeByGroup } from './group-consensus';
import { supportShare, type OrdinalScale } from './ordinal';

/** Answers per level; levels left out count as 0. */
export type LevelCounts<L extends string> = Readonly<Partial<Record<L, number>>>;

/** Answers of one group (e.g. a UN regional group) on the item, plus its silent members. */
export interface GroupCounts<L extends string> {
  readonly group: string;
  readonly counts: LevelCounts<L>;
  /** members in scope that gave no answer */
  readonly silent: number;
}

/** Result of {@link itemMeasures}. */
export interface ItemMeasures {
  /** answers per level, in the scale's level order */
  readonly counts: number[];
  /** Σ counts */
  readonly answered: number;
  /** (Σ count × score) / answered; null with no answers */
  readonly supportShare: number | null;
  /** Tastle–Wierman consensus over the level positions; null with no answers */
  readonly consensus: number | null;
  /** between the groups: means, widest gap (groups with ≥ minN answers) and η² */
  readonly divergence: GroupDivergence;
  /** Polis group-informed consensus over the groups (silent members are not answers) */
  readonly groupConsensus: number | null;
}

/**
 * Expands group counts into one (group, score) pair per member, silent members as null, so
 * the per-state measures can run on aggregated data. Groups keep their input order.
 * @param groups counts per group
 * @param scale gives each level's score
 */
export function pairsFromCounts<L extends string>(
  groups: readonly GroupCounts<L>[],
  scale: OrdinalScale<L>,
): GroupValue[] {
  const pairs: GroupValue[] = [];
  for (const g of groups) {
    for (const level of scale.levels) {
      const n = g.counts[level] ?? 0;
      if (n < 0 || !Number.isInteger(n))
        throw new RangeError(`pairsFromCounts: bad count ${n} for ${g.group}/${level}`);
      for (let i = 0; i < n; i++) pairs.push({ group: g.group, value: scale.score[level] });
    }
    if (g.silent < 0 || !Number.isInteger(g.silent))
      throw new RangeError(`pairsFromCounts: bad silent count for ${g.group}`);
    for (let i = 0; i < g.silent; i++) pairs.push({ group: g.group, value: null });
  }
  return pairs;
}

/**
 * Measures of one item.
 * @param overall answers per level of every actor counted (may include actors that belong to
 *   no group, such as the AU, EU or NATO speaking as one)
 * @param groups answers per group, for divergence and group-informed consensus; a partition
 *   of states (each state in one group), as η² requires
 * @param scale the answers' scale
 * @param minN least answers a group needs to take part in the widest gap (default 1)
 */
export function itemMeasures<L extends string>(
  overall: LevelCounts<L>,
  groups: readonly GroupCounts<L>[],
  scale: OrdinalScale<L>,
  minN = 1,
): ItemMeasures {
  const counts = scale.levels.map((level) => overall[level] ?? 0);
  const answered = counts.reduce((a, b) => a + b, 0);
  const pairs = pairsFromCounts(groups, scale);
  const groupConsensus = groups.length === 0 ? null : groupInformedConsensus(tallyAgreeByGroup(pairs).values());
  return {
    counts,
    answered,
    supportShare: supportShare(overall, scale),
    consensus: answered === 0 ? null : ordinalConsensus(counts),
    divergence: groupDivergence(pairs, minN),
    groupConsensus,
  };
}
