/**
 * Co-sponsorship agreement between two states: over the resolutions whose full sponsor list is
 * known and that at least one of the two sponsored, the share both sponsored (a Jaccard index,
 * |A ∩ B| / |A ∪ B|). Resolutions neither sponsored are left out: not sponsoring is the default
 * for most states and would make everyone look alike. Sponsoring a draft is not a vote, so this
 * stands beside vote agreement, never inside it.
 */

/** One sponsorship: a state on a resolution's sponsor list. */
export interface Sponsorship {
  resolution_id: string;
  iso3: string;
  /** false where only the lead is known (session 73): such rows are not counted */
  complete_list: boolean;
}

/** Resolutions each state sponsored, among those with a complete sponsor list. */
export function sponsorSets(rows: readonly Sponsorship[]): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.complete_list) continue;
    const set = sets.get(r.iso3) ?? sets.set(r.iso3, new Set()).get(r.iso3)!;
    set.add(r.resolution_id);
  }
  return sets;
}

/** Agreement of one pair: both = sponsored by both, either = by at least one; value null when either is 0. */
export interface CosponsorAgreement {
  both: number;
  either: number;
  value: number | null;
}

/** Jaccard share of two states' sponsorships (sets from {@link sponsorSets}; a missing set is empty). */
export function cosponsorAgreement(
  a: ReadonlySet<string> | undefined,
  b: ReadonlySet<string> | undefined,
): CosponsorAgreement {
  const sa = a ?? new Set<string>();
  const sb = b ?? new Set<string>();
  let both = 0;
  for (const id of sa) if (sb.has(id)) both += 1;
  const either = sa.size + sb.size - both;
  return { both, either, value: either === 0 ? null : both / either };
}

/** A partner of the focus state with the pair's agreement. */
export interface CosponsorPartner extends CosponsorAgreement {
  iso3: string;
}

/**
 * The focus state's partners among `candidates` (e.g. the states in scope), highest agreement
 * first, then most shared sponsorships, then iso3; pairs with nothing to compare are left out.
 */
export function cosponsorPartners(
  focus: string,
  candidates: Iterable<string>,
  sets: ReadonlyMap<string, ReadonlySet<string>>,
): CosponsorPartner[] {
  const out: CosponsorPartner[] = [];
  for (const iso3 of candidates) {
    if (iso3 === focus) continue;
    const a = cosponsorAgreement(sets.get(focus), sets.get(iso3));
    if (a.value !== null) out.push({ iso3, ...a });
  }
  return out.sort((x, y) => y.value! - x.value! || y.both - x.both || (x.iso3 < y.iso3 ? -1 : 1));
}
