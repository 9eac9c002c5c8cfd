import { itemMeasures, type GroupCounts, type ItemMeasures } from '../../analysis/item-measures';
import { STANCE_SCALE, coverage, type Stance } from '../../analysis/ordinal';
import type { LawQuestionRow, LawScopeRow } from '../../queries/law';
import { GAP_MIN_ANSWERS } from '../../analysis/measures';

/** Fewer actors than this and the view says plainly that few spoke. */
export const FEW_ACTORS = 10;
/** Least answers a UN regional group needs to enter the widest gap: the one minimum (analysis/measures.ts). */
export const DIVERGENCE_MIN_N = GAP_MIN_ANSWERS;

/** Stance counts. */
export type StanceCounts = Record<Stance, number>;

/** One legal question with its counts and measures for the states in scope. */
export interface QuestionSummary {
  question: LawQuestionRow;
  /** actors counted: states in scope plus group actors when they are counted */
  counts: StanceCounts;
  /** the part of `counts` that comes from group actors (AU, EU, NATO) */
  groupCounts: StanceCounts;
  /** group actors that took a stance, e.g. ['AU', 'EU'] */
  groupActors: string[];
  actors: number;
  /** states in scope that took a stance of their own */
  statesAnswered: number;
  statesInScope: number;
  /** statesAnswered / statesInScope */
  coverage: number | null;
  inferred: number;
  weak: number;
  measures: ItemMeasures;
  /** per UN regional group: counts and silent states */
  byGroup: GroupCounts<Stance>[];
}

const zero = (): StanceCounts => ({ supports: 0, qualified: 0, opposes: 0 });
const add = (a: StanceCounts, r: LawScopeRow) => {
  a.supports += r.supports;
  a.qualified += r.qualified;
  a.opposes += r.opposes;
};

/**
 * Builds the per-question summaries from the scope rows: `bucket` rows give every UN regional
 * group in scope with its size, `actor` rows the group actors, `count` rows the stances.
 * @param questions the 14 questions, in display order
 * @param scope rows of `lawScopeSql`
 * @param includeGroups whether group actors' own stances are counted as actors
 */
export function summariseQuestions(
  questions: LawQuestionRow[],
  scope: LawScopeRow[],
  includeGroups: boolean,
): QuestionSummary[] {
  const buckets = scope.filter((r) => r.row === 'bucket' || (r.row === 'actor' && r.kind === 'group'));
  const counts = new Map<string, LawScopeRow>();
  for (const r of scope) if (r.row === 'count') counts.set(`${r.question_id}|${r.kind}|${r.bucket}`, r);
  return questions.map((question) => {
    const states = zero();
    const groups = zero();
    const groupActors: string[] = [];
    const byGroup: GroupCounts<Stance>[] = [];
    let statesInScope = 0;
    let inferred = 0;
    let weak = 0;
    for (const b of buckets) {
      const r = counts.get(`${question.question_id}|${b.kind}|${b.bucket}`);
      const n = r ? r.supports + r.qualified + r.opposes : 0;
      if (b.kind === 'state') {
        statesInScope += b.n ?? 0;
        byGroup.push({
          group: b.bucket,
          counts: r ? { supports: r.supports, qualified: r.qualified, opposes: r.opposes } : {},
          silent: (b.n ?? 0) - n,
        });
        if (r) add(states, r);
      } else if (includeGroups && r) {
        add(groups, r);
        if (n > 0) groupActors.push(b.bucket);
      }
      if (r && (b.kind === 'state' || includeGroups)) {
        inferred += r.inferred;
        weak += r.weak;
      }
    }
    const total = {
      supports: states.supports + groups.supports,
      qualified: states.qualified + groups.qualified,
      opposes: states.opposes + groups.opposes,
    };
    const statesAnswered = states.supports + states.qualified + states.opposes;
    return {
      question,
      counts: total,
      groupCounts: groups,
      groupActors,
      actors: total.supports + total.qualified + total.opposes,
      statesAnswered,
      statesInScope,
      coverage: coverage(statesAnswered, statesInScope),
      inferred,
      weak,
      measures: itemMeasures(total, byGroup, STANCE_SCALE, DIVERGENCE_MIN_N),
      byGroup,
    };
  });
}

/** How the question table can be sorted. */
export type QuestionSort = 'order' | 'support' | 'consensus' | 'divergence' | 'coverage';

/**
 * Orders summaries. For the measures (support, consensus, divergence) questions that fewer
 * than FEW_ACTORS actors addressed come after the others, so one actor's stance never tops a
 * "consensus" ranking; questions without a value go last; ties keep question order.
 */
export function sortQuestions(list: QuestionSummary[], key: QuestionSort): QuestionSummary[] {
  const thin = (q: QuestionSummary) => (key !== 'order' && key !== 'coverage' && q.actors < FEW_ACTORS ? 1 : 0);
  const value = (q: QuestionSummary): number | null => {
    switch (key) {
      case 'support':
        return q.measures.supportShare;
      case 'consensus':
        return q.measures.consensus;
      case 'divergence':
        return q.measures.divergence.gap?.gap ?? null;
      case 'coverage':
        return q.actors;
      default:
        return -q.question.sort_order;
    }
  };
  return [...list].sort((a, b) => {
    if (thin(a) !== thin(b)) return thin(a) - thin(b);
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null)
      return va === vb ? a.question.sort_order - b.question.sort_order : va === null ? 1 : -1;
    if (vb !== va) return vb - va;
    return a.question.sort_order - b.question.sort_order;
  });
}
