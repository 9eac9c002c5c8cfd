import type { CapacityScoreRow } from '../../queries/capacity';
import { compareNames } from '../../vocab/format';

/** A state named in the missing-data note. */
export interface NamedState {
  iso3: string;
  name: string;
}

/** States in scope whose scores are absent, by reason (each state in one list only). */
export interface MissingSummary {
  /** not in the GCI 2020 file at all */
  noRecord: NamedState[];
  /** in the file, but every value withheld */
  withheld: NamedState[];
  /** scored, but some pillars blank in the source */
  partial: (NamedState & { pillars: string[] })[];
  /** states in scope with a complete record */
  complete: number;
}

/** Sort and classify the states in scope by how much of their GCI record is missing. */
export function missingSummary(rows: readonly CapacityScoreRow[], scope: ReadonlySet<string>): MissingSummary {
  const byState = new Map<string, CapacityScoreRow[]>();
  for (const r of rows) {
    if (!scope.has(r.iso3)) continue;
    const list = byState.get(r.iso3);
    if (list) list.push(r);
    else byState.set(r.iso3, [r]);
  }
  const out: MissingSummary = { noRecord: [], withheld: [], partial: [], complete: 0 };
  for (const [iso3, list] of byState) {
    const name = list[0].name;
    if (!list[0].has_record) out.noRecord.push({ iso3, name });
    else if (list.some((r) => r.withheld)) out.withheld.push({ iso3, name });
    else {
      const blank = list.filter((r) => r.score === null).map((r) => r.pillar);
      if (blank.length) out.partial.push({ iso3, name, pillars: blank });
      else out.complete++;
    }
  }
  const byName = (a: NamedState, b: NamedState) => compareNames(a.name, b.name);
  out.noRecord.sort(byName);
  out.withheld.sort(byName);
  out.partial.sort(byName);
  return out;
}
