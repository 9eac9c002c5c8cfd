/**
 * "Most aligned / least aligned with <audience> in UNGA votes": the states in scope ranked by
 * agreement over recorded votes both cast (abstention against a yes or no counts half, absences
 * are left out). A pair counts only from a minimum basis of shared recorded votes; below it the
 * line is left out and the brief says so. Ties at the edge of a list are disclosed, never broken
 * silently.
 */
import { rankByAgreement, voteVectors, type AgreementRank } from '../../analysis/agreement-ranking';
import type { Vote } from '../../analysis/ordinal';
import type { Citations } from './cite';
import { rowOf, type Answer } from './items';
import type { ScopeState } from '../../analysis/answer-measures';
import type { Statement } from './types';
import { pct, plural } from './words';

/** Least number of recorded votes two states must share before their agreement is reported. */
export const MIN_SHARED_VOTES = 8;
/** States named per list (more when a tie straddles the cut, up to TIE_CAP). */
export const LIST_N = 5;
const TIE_CAP = 10;

/** One state in a list. */
export interface AlignedState {
  iso3: string;
  name: string;
  agreement: number;
  joint: number;
}

/** The alignment block. */
export interface AlignmentBlock {
  audience: string;
  most: AlignedState[];
  least: AlignedState[];
  statements: Statement[];
}

/** Pick the first `n` of a ranked list, taking a tie at the cut whole when it is small, and say so. */
export function takeWithTies(
  ranked: readonly AgreementRank[],
  n: number,
): { picked: AgreementRank[]; tie: { value: number; count: number; shown: number } | null } {
  if (ranked.length <= n) return { picked: [...ranked], tie: null };
  const cut = ranked[n - 1].agreement;
  const head = ranked.slice(0, n).filter((r) => r.agreement !== cut);
  const tied = ranked.filter((r) => r.agreement === cut);
  if (tied.length + head.length <= n) return { picked: [...head, ...tied], tie: null };
  const room = head.length + tied.length <= TIE_CAP ? tied.length : n - head.length;
  const shown = [...tied].sort((a, b) => b.joint - a.joint || (a.iso3 < b.iso3 ? -1 : 1)).slice(0, room);
  return { picked: [...head, ...shown], tie: { value: cut as number, count: tied.length, shown: shown.length } };
}

const words = (list: readonly AlignedState[]) =>
  list.map((s) => `${s.name} (${plural(s.joint, 'recorded vote')}, ${pct(s.agreement)} agreement)`).join('; ');

/**
 * Rank the states in scope by agreement with `target` over the roll calls in `votes`.
 * @param votes every state's vote answers (key v:…), the target's included
 */
export function alignmentInVotes(
  target: ScopeState,
  votes: readonly Answer[],
  scope: readonly ScopeState[],
  rollCalls: number,
  cite: Citations,
): AlignmentBlock {
  const names = new Map(scope.map((s) => [s.iso3, s.name]));
  const keys = [...new Set(votes.map((v) => v.key))].sort();
  const mine = votes.filter((v) => v.iso3 === target.iso3);
  const empty = (text: string): AlignmentBlock => ({
    audience: target.name,
    most: [],
    least: [],
    statements: [{ text, cites: [], rows: [] }],
  });
  if (mine.length < MIN_SHARED_VOTES)
    return empty(
      `Alignment in UNGA votes is left out: ${target.name} cast ${plural(mine.length, 'recorded vote')} in the ${plural(rollCalls, 'roll call')} on record, below the minimum basis of ${MIN_SHARED_VOTES}.`,
    );
  const members = new Set([...names.keys(), target.iso3]);
  const vectors = voteVectors(
    votes.filter((v) => members.has(v.iso3)).map((v) => ({ iso3: v.iso3, item: v.key, vote: v.level as Vote })),
    keys,
  );
  const ranked = rankByAgreement(vectors, target.iso3, MIN_SHARED_VOTES).filter((r) => names.has(r.iso3));
  if (!ranked.length)
    return empty(
      `Alignment in UNGA votes is left out: no state in scope shares at least ${MIN_SHARED_VOTES} recorded votes with ${target.name}.`,
    );
  const as = (r: AgreementRank): AlignedState => ({
    iso3: r.iso3,
    name: names.get(r.iso3)!,
    agreement: r.agreement as number,
    joint: r.joint,
  });
  const rowsFor = (list: readonly AlignedState[]) => {
    const who = new Set([target.iso3, ...list.map((s) => s.iso3)]);
    return votes.filter((v) => who.has(v.iso3)).map(rowOf);
  };
  const first = ranked[0].agreement;
  if (ranked.every((r) => r.agreement === first)) {
    return {
      audience: target.name,
      most: [],
      least: [],
      statements: [
        cite.say(
          `All ${plural(ranked.length, 'state')} in scope that share at least ${MIN_SHARED_VOTES} recorded votes with ${target.name} agree with it ${pct(first)} of the time in UNGA votes: no state stands out as more or less aligned.`,
          rowsFor(ranked.map(as)),
        ),
      ],
    };
  }
  const top = takeWithTies(ranked, LIST_N);
  const rest = ranked.filter((r) => !top.picked.includes(r)).reverse();
  const bottom = takeWithTies(rest, LIST_N);
  const most = top.picked.map(as);
  const least = bottom.picked.map(as);
  const tieText = (t: typeof top.tie, where: string) =>
    t
      ? ` ${t.count} states tie at ${pct(t.value)} ${where}; ${t.shown === t.count ? 'all are listed' : `${t.shown} are listed (most votes in common first), the other ${t.count - t.shown} are not named here`}.`
      : '';
  const statements: Statement[] = [
    cite.say(
      `Most aligned with ${target.name} in UNGA votes (${plural(ranked.length, 'state')} in scope share at least ${MIN_SHARED_VOTES} recorded votes with it): ${words(most)}.${tieText(top.tie, 'at the top')}`,
      rowsFor(most),
    ),
  ];
  if (least.length)
    statements.push(
      cite.say(
        `Least aligned with ${target.name} in UNGA votes: ${words(least)}.${tieText(bottom.tie, 'at the bottom')}`,
        rowsFor(least),
      ),
    );
  const excluded = scope.length - (target.iso3 && names.has(target.iso3) ? 1 : 0) - ranked.length;
  if (excluded > 0)
    statements.push({
      text: `${plural(excluded, 'state')} in scope ${excluded === 1 ? 'shares' : 'share'} fewer than ${MIN_SHARED_VOTES} recorded votes with ${target.name} and ${excluded === 1 ? 'is' : 'are'} not ranked.`,
      cites: [],
      rows: [],
    });
  return { audience: target.name, most, least, statements };
}
