import { GROUPING_SQL, type CapacityGrouping } from './capacity';
import type { NeedOfferRow } from './capacity-survey';
import type { ScopeMask, StateFacts } from './scope-facts';
import { SURVEY_LATEST_ORDER, surveyTableSql } from './survey-source';

/**
 * Capacity need vs offer without an engine round trip per filter change: each state's latest
 * answer per capacity area is read once (per grouping, illustrative switch and import), and
 * `needOfferFromFacts` counts the states in scope exactly as `needOfferSql` does. The latest
 * answer of a state does not depend on which other states are in scope, so the two agree;
 * `test/sql/scope-facts.test.ts` compares them on the sampled filters.
 */
export function needOfferFactsSql(by: CapacityGrouping, illustrative: boolean, imported = false): string {
  const origin = illustrative ? '' : "AND origin <> 'illustrative'";
  return `WITH latest AS (
  SELECT iso3, item, year, capacity_need, capacity_offer, origin,
    row_number() OVER (PARTITION BY iso3, item ORDER BY ${SURVEY_LATEST_ORDER}) AS k
  FROM ${surveyTableSql(imported)}
  WHERE part = 'capacity_building' ${origin}
)
SELECT ${GROUPING_SQL[by]} AS grp, l.item AS area, l.iso3, l.year::INTEGER AS year,
  l.capacity_need AS need, l.capacity_offer AS offer, l.origin = 'illustrative' AS illustrative
FROM latest l JOIN states s ON s.iso3 = l.iso3
WHERE l.k = 1
ORDER BY grp, area, l.iso3`;
}

/** Row type of `needOfferFactsSql`: one state's latest answer on one area. */
export interface NeedOfferFactRow {
  grp: string;
  area: string;
  iso3: string;
  year: number | null;
  need: boolean | null;
  offer: boolean | null;
  illustrative: boolean | null;
}

/** `needOfferSql(f, by, imported)`'s rows from the facts of the same grouping and switches, and the scope mask of `f`. */
export function needOfferFromFacts(
  facts: readonly NeedOfferFactRow[],
  states: StateFacts,
  mask: ScopeMask,
): NeedOfferRow[] {
  const out: NeedOfferRow[] = [];
  let cur: NeedOfferRow | null = null;
  // The facts come ordered by grp, area (as the SQL's ORDER BY), so each group × area is one run.
  for (const r of facts) {
    const i = states.index.get(r.iso3);
    if (i === undefined || mask[i] !== 1) continue;
    if (!cur || cur.grp !== r.grp || cur.area !== r.area) {
      cur = {
        grp: r.grp,
        area: r.area,
        states: 0,
        need: 0,
        need_answered: 0,
        offer: 0,
        offer_answered: 0,
        illustrative: 0,
        year_min: r.year as number,
        year_max: r.year as number,
      };
      out.push(cur);
    }
    cur.states++;
    if (r.need === true) cur.need++;
    if (r.need !== null) cur.need_answered++;
    if (r.offer === true) cur.offer++;
    if (r.offer !== null) cur.offer_answered++;
    if (r.illustrative === true) cur.illustrative++;
    // min/max ignore NULL, as SQL does
    if (r.year !== null) {
      if (cur.year_min === null || r.year < cur.year_min) cur.year_min = r.year;
      if (cur.year_max === null || r.year > cur.year_max) cur.year_max = r.year;
    }
  }
  return out;
}
