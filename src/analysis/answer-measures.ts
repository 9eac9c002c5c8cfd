/**
 * All DESIGN §5 figures of one item from per-state answers (the brief's engine, moved here so
 * views and briefs share it): coverage, the split, support share, Tastle–Wierman consensus,
 * the widest gap between groups (one minimum, measures.ts), Polis group-informed consensus and
 * per-group bars. Nothing is re-defined here; each figure comes from its own module.
 */
import { coverage, distribution, supportShare, type OrdinalScale } from './ordinal';
import { ordinalConsensus } from './consensus';
import { type GroupDivergence, type GroupValue } from './divergence';
import { groupInformedConsensus, tallyAgreeByGroup } from './group-consensus';
import { GAP_MIN_ANSWERS, agreementShare, widestGap, type Agreement, type AgreementRule } from './measures';
import { groupDivergence } from './divergence';
import { NO_GROUP } from '../vocab/groups';

/** A state in scope with its UN regional group. */
export interface ScopeState {
  iso3: string;
  name: string;
  group: string | null;
}

/** One state's answer on an item: a level of the item's scale. */
export interface LevelAnswer {
  iso3: string;
  level: string;
}

/** One group's split on an item. */
export interface GroupBar {
  group: string;
  /** counts per level, lowest level first */
  counts: number[];
  silent: number;
  supportShare: number | null;
}

/** Figures of one item. */
export interface AnswerMeasure<I, A extends LevelAnswer> {
  item: I;
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
  answers: A[];
}

/** Label of the bucket for states outside every UN regional group. */
export { NO_GROUP };

/**
 * Measure one item over `states`.
 * @param item carried through untouched
 * @param scale the item's answer scale
 * @param answers the item's answers by state (states outside `states` are ignored)
 * @param minGroupN least answers a group needs to enter the widest gap (GAP_MIN_ANSWERS; only
 *   tests of the formula pass another value)
 */
export function measureAnswers<I, A extends LevelAnswer>(
  item: I,
  scale: OrdinalScale<string>,
  answers: ReadonlyMap<string, A>,
  states: readonly ScopeState[],
  minGroupN = GAP_MIN_ANSWERS,
): AnswerMeasure<I, A> {
  const given = states.map((s) => answers.get(s.iso3) ?? null);
  const present = given.filter((a): a is A => a !== null);
  const dist = distribution(
    given.map((a) => a?.level ?? null),
    scale.levels,
  );
  const counts = Object.fromEntries(scale.levels.map((l, i) => [l, dist.counts[i]]));
  const pairs: GroupValue[] = states.map((s, i) => ({
    group: s.group ?? NO_GROUP,
    value: given[i] ? scale.score[given[i]!.level] : null,
  }));
  const tallies = tallyAgreeByGroup(pairs);
  const groups: GroupBar[] = [...new Set(pairs.map((p) => p.group))].map((g) => {
    const members = states.map((s, i) => ({ s, a: given[i] })).filter((x) => (x.s.group ?? NO_GROUP) === g);
    const d = distribution(
      members.map((m) => m.a?.level ?? null),
      scale.levels,
    );
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
    divergence: minGroupN === GAP_MIN_ANSWERS ? widestGap(pairs) : groupDivergence(pairs, minGroupN),
    groupConsensus: groupInformedConsensus(tallies.values()),
    groups,
    answers: present,
  };
}

/** The most common level among `answers`, or null on a tie or with no answers. */
export function majorityLevel(answers: readonly LevelAnswer[]): string | null {
  const n = new Map<string, number>();
  for (const a of answers) n.set(a.level, (n.get(a.level) ?? 0) + 1);
  const sorted = [...n].sort((a, b) => b[1] - a[1]);
  if (!sorted.length || (sorted[1] && sorted[1][1] === sorted[0][1])) return null;
  return sorted[0][0];
}

/** An answer in the long shape: which item (key), which state, which level. */
export interface KeyedAnswer extends LevelAnswer {
  key: string;
}

/**
 * Agreement of two states over the items `keys`, from answers in the long shape (measures.ts
 * `agreementShare`). Items a state did not answer are left out, never read as disagreement.
 * @param rule VOTE_HALF_CREDIT, STANCE_HALF_CREDIT, or {} for identical answers only
 */
export function pairAgreement(
  keys: readonly string[],
  a: string,
  b: string,
  answers: readonly KeyedAnswer[],
  rule: AgreementRule<string>,
): Agreement {
  const levels = new Map<string, string>();
  for (const x of answers) if (x.iso3 === a || x.iso3 === b) levels.set(`${x.iso3}|${x.key}`, x.level);
  const vector = (iso3: string) => keys.map((k) => levels.get(`${iso3}|${k}`) ?? null);
  return agreementShare(vector(a), vector(b), rule);
}
