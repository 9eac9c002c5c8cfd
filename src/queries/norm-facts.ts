import type { EvidenceKindFactRow, EvidenceKindRow } from './norm-evidence';
import { inMask, type ScopeMask, type StateFacts } from './scope-facts';

/**
 * The Norms view's reductions over per-state facts. The answers, the evidence ladder and the
 * evidence list are per-state rows kept to the scope with `rowsInScope`; the "strongest kinds"
 * count is the one reduction that aggregates, done here. `test/sql/norm-facts.test.ts` checks
 * each against the scoped SQL on a seeded sample of filters.
 */

/** `evidenceKindsSql` from per state × norm × kind facts: in-scope states and their highest rung. */
export function kindsFromFacts(
  rows: readonly EvidenceKindFactRow[],
  facts: StateFacts,
  mask: ScopeMask,
): EvidenceKindRow[] {
  const acc = new Map<string, EvidenceKindRow>();
  for (const r of rows) {
    if (!inMask(facts, mask, r.iso3)) continue;
    // One fact row per state, norm and kind, so counting rows counts distinct states.
    const key = `${r.norm_id}\u0000${r.kind}`;
    const a = acc.get(key);
    if (a) {
      a.states++;
      if (r.rung > a.rung) a.rung = r.rung;
    } else acc.set(key, { norm_id: r.norm_id, kind: r.kind, rung: r.rung, states: 1 });
  }
  // ORDER BY norm_id, rung DESC, states DESC, kind (byte order, as DuckDB compares VARCHAR).
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...acc.values()].sort(
    (a, b) => cmp(a.norm_id, b.norm_id) || b.rung - a.rung || b.states - a.states || cmp(a.kind, b.kind),
  );
}
