/**
 * Group against group, in words (issue: "Answers an analyst can read"). For one question, two
 * sides (UN groups or organisations) are compared on their members' OWN stances only; a
 * group's collective position (AU Common African Position, EU declaration) is carried beside
 * them as a labelled line and never counted as its members' answers. The verdict leads with a
 * word, each with the numbers behind it:
 * - "One side silent": one side has no stance of its own, the other has some;
 * - "Too few answers": a side has fewer than the minimum basis (./basis.ts), or neither spoke;
 * - "Agree": both support shares on the same side of one half and within AGREE_GAP;
 * - "Differ": otherwise.
 */
import { MIN_ANSWERS_PER_SIDE } from './basis';
import { pct } from '../vocab/format';

/** Own stances of one side's members on one question. */
export interface SideStances {
  label: string;
  supports: number;
  qualified: number;
  opposes: number;
  /** collective positions of organisations on this side (shown, never counted) */
  collective?: { actor: string; stance: string; members?: number }[];
}

/** The verdict words, in the order a reader meets them. */
export type ContrastVerdict = 'Agree' | 'Differ' | 'One side silent' | 'Too few answers';

/** A compared question. */
export interface GroupContrast {
  verdict: ContrastVerdict;
  /** own answers per side */
  answered: [number, number];
  /** support share per side (qualified = ½), null when a side has no answer */
  share: [number | null, number | null];
  /** |share A − share B| when both sides meet the basis, else null (no statistic beside "too few") */
  gap: number | null;
  /** one sentence with the numbers behind the verdict */
  words: string;
}

/** Largest gap in support share still called agreement (a quarter of the scale). */
export const AGREE_GAP = 0.25;

const answeredOf = (s: SideStances) => s.supports + s.qualified + s.opposes;
const shareOf = (s: SideStances) => {
  const n = answeredOf(s);
  return n === 0 ? null : (s.supports + 0.5 * s.qualified) / n;
};

/** "12 supports, 3 qualified, 1 opposes" (zero counts left out; "no stance of its own" if none). */
export function stanceCountWords(s: SideStances): string {
  const parts = [
    s.supports ? `${s.supports} ${s.supports === 1 ? 'supports' : 'support'}` : null,
    s.qualified ? `${s.qualified} qualified` : null,
    s.opposes ? `${s.opposes} ${s.opposes === 1 ? 'opposes' : 'oppose'}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no stance of its own';
}

/**
 * Compare two sides on one question.
 * @param a first side (members' own stances)
 * @param b second side
 * @param min minimum basis per side
 */
export function contrastGroups(a: SideStances, b: SideStances, min = MIN_ANSWERS_PER_SIDE): GroupContrast {
  const answered: [number, number] = [answeredOf(a), answeredOf(b)];
  const share: [number | null, number | null] = [shareOf(a), shareOf(b)];
  const counts = `${a.label}: ${stanceCountWords(a)}; ${b.label}: ${stanceCountWords(b)}.`;
  if ((answered[0] === 0) !== (answered[1] === 0)) {
    const silent = answered[0] === 0 ? a : b;
    return {
      verdict: 'One side silent',
      answered,
      share,
      gap: null,
      words: `${silent.label} states stated no position of their own. ${counts}`,
    };
  }
  if (answered[0] < min || answered[1] < min) {
    return {
      verdict: 'Too few answers',
      answered,
      share,
      gap: null,
      words: `Fewer than ${min} own stances on a side (${answered[0]} and ${answered[1]}). ${counts}`,
    };
  }
  const gap = Math.abs((share[0] as number) - (share[1] as number));
  const sameSide = (share[0] as number) >= 0.5 === (share[1] as number) >= 0.5;
  const verdict: ContrastVerdict = sameSide && gap <= AGREE_GAP ? 'Agree' : 'Differ';
  return {
    verdict,
    answered,
    share,
    gap,
    words: `Support ${pct(share[0] as number)} of ${answered[0]} vs ${pct(share[1] as number)} of ${answered[1]} (gap ${pct(gap)}). ${counts}`,
  };
}
