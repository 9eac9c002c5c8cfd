/**
 * "Who moved": states whose vote changed between successive recorded roll calls of the same
 * track (e.g. Yes on 73/27, Abstain on 75/240). Only yes / no / abstain count: an absence is not
 * a position, so a change to or from absent is not a move. Resolutions adopted without a vote
 * have no roll call and are never compared.
 */

/** A recorded roll call as the catalogue lists it; `col` is its position in every vote string. */
export interface TrackRollCall {
  resolution_id: string;
  track: string;
  date: string;
  col: number;
}

/** A state's votes on every roll call, one letter per catalogue position. */
export interface StateVoteString {
  iso3: string;
  votes: string | null;
}

/** One change of vote between two successive roll calls of a track. */
export interface Move {
  iso3: string;
  track: string;
  from: { resolution_id: string; vote: string };
  to: { resolution_id: string; vote: string };
}

const CAST = new Set(['Y', 'N', 'A']);

/** Successive pairs of roll calls per track, oldest first. */
export function trackSteps(rollCalls: readonly TrackRollCall[]): [TrackRollCall, TrackRollCall][] {
  const byTrack = new Map<string, TrackRollCall[]>();
  for (const r of rollCalls) (byTrack.get(r.track) ?? byTrack.set(r.track, []).get(r.track)!).push(r);
  const steps: [TrackRollCall, TrackRollCall][] = [];
  for (const list of byTrack.values()) {
    const sorted = [...list].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.resolution_id < b.resolution_id ? -1 : 1,
    );
    for (let i = 1; i < sorted.length; i++) steps.push([sorted[i - 1], sorted[i]]);
  }
  return steps;
}

/**
 * Every move of the states in scope, by track and step (oldest first), then iso3.
 * @param rollCalls recorded roll calls with their catalogue positions
 * @param states every state's vote string
 * @param inScope states to consider (the global filter)
 */
export function whoMoved(
  rollCalls: readonly TrackRollCall[],
  states: readonly StateVoteString[],
  inScope: ReadonlySet<string>,
): Move[] {
  const moves: Move[] = [];
  for (const [a, b] of trackSteps(rollCalls)) {
    for (const s of states) {
      if (s.votes === null || !inScope.has(s.iso3)) continue;
      const va = s.votes[a.col];
      const vb = s.votes[b.col];
      if (va === undefined || vb === undefined || !CAST.has(va) || !CAST.has(vb) || va === vb) continue;
      moves.push({
        iso3: s.iso3,
        track: a.track,
        from: { resolution_id: a.resolution_id, vote: va },
        to: { resolution_id: b.resolution_id, vote: vb },
      });
    }
  }
  return moves.sort((x, y) => (x.track < y.track ? -1 : x.track > y.track ? 1 : 0));
}
