/**
 * All DESIGN §5 figures of one item over the brief's states, composed from the measures in
 * analysis/ (coverage, support share, Tastle–Wierman consensus, group divergence, Polis
 * group-informed consensus). Nothing is re-defined here.
 */
import { coverage, distribution, supportShare } from '../../analysis/ordinal';
import { ordinalConsensus } from '../../analysis/consensus';
import { groupDivergence, type GroupDivergence, type GroupValue } from '../../analysis/divergence';
import { groupInformedConsensus, tallyAgreeByGroup } from '../../analysis/group-consensus';
import { SCALES, type Answer, type BriefItem } from './items';
import type { GroupBar } from './types';
import { NO_GROUP } from '../../vocab/groups';

/** A state of the brief with its UN regional group. */
export interface ScopeState {
  iso3: string;
  name: string;
  group: string | null;
}

/** Figures of one item. */
export interface ItemMeasure {
  item: BriefItem;
  inScope: number;
  answered: number;
  coverage: number | null;
  levels: readonly string[];
  counts: number[];
  supportShare: number | null;
  consensus: number | null;
  divergence: GroupDivergence;
  groupConsensus: number | null;
  groups: GroupBar[];
  /** the answers behind the figures (for citations and caveats) */
  answers: Answer[];
}


/**
 * Measure one item over `states`.
 * @param answers the item's answers by state (states outside `states` are ignored)
 * @param minGroupN least answers a group needs to enter the divergence gap (3: a group where
 *   one or two states spoke cannot make the headline gap)
 */
export function measureItem(item: BriefItem, answers: ReadonlyMap<string, Answer>, states: readonly ScopeState[], minGroupN = 3): ItemMeasure {
  const scale = SCALES[item.scale];
  const given = states.map((s) => answers.get(s.iso3) ?? null);
  const present = given.filter((a): a is Answer => a !== null);
  const dist = distribution(given.map((a) => a?.level ?? null), scale.levels);
  const counts = Object.fromEntries(scale.levels.map((l, i) => [l, dist.counts[i]]));
  const pairs: GroupValue[] = states.map((s, i) => ({ group: s.group ?? NO_GROUP, value: given[i] ? scale.score[given[i]!.level] : null }));
  const tallies = tallyAgreeByGroup(pairs);
  const groups: GroupBar[] = [...new Set(pairs.map((p) => p.group))].map((g) => {
    const members = states.map((s, i) => ({ s, a: given[i] })).filter((x) => (x.s.group ?? NO_GROUP) === g);
    const d = distribution(members.map((m) => m.a?.level ?? null), scale.levels);
    const c = Object.fromEntries(scale.levels.map((l, i) => [l, d.counts[i]]));
    return { group: g, counts: d.counts, silent: members.length - d.answered, supportShare: supportShare(c, scale) };
  });
  return {
    item,
    inScope: states.length,
    answered: present.length,
    coverage: coverage(present.length, states.length),
    levels: scale.levels,
    counts: dist.counts,
    supportShare: supportShare(counts, scale),
    consensus: dist.answered ? ordinalConsensus(dist.counts) : null,
    divergence: groupDivergence(pairs, minGroupN),
    groupConsensus: groupInformedConsensus(tallies.values()),
    groups,
    answers: present,
  };
}
