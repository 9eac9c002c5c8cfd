import { GROUPING_SQL, type CapacityGrouping } from './capacity';
import { withScope, type StateFilter } from './filter';
import { SURVEY_LATEST_ORDER, surveyTableSql } from './survey-source';

/**
 * Capacity need vs offer from the National Survey of Implementation model (`survey_responses`,
 * part `capacity_building`, one item per capacity area). The table is optional: it may be
 * absent from a build, so the view asks first and says "no survey data" instead of failing.
 */

/**
 * Per group × capacity area, among the states in scope: how many answered, report a need,
 * offer support, and how many of the rows counted are illustrative. Each state counts once per
 * area, with its latest answer (the most recent year it answered that item), so a state that
 * answered in 2021 and 2025 is not counted twice. A blank need or offer is "not answered",
 * never "no".
 * @param f the global filter; `f.illustrative` false (the global "hide illustrative" switch)
 *   drops generated rows
 * @param by grouping (same labels as the GCI rows)
 * @param imported include the rows the user imported this session
 */
export function needOfferSql(f: StateFilter, by: CapacityGrouping, imported = false): string {
  const origin = f.illustrative ? '' : "AND origin <> 'illustrative'";
  return withScope(
    f,
    `WITH latest AS (
  SELECT iso3, item, year, capacity_need, capacity_offer, origin,
    row_number() OVER (PARTITION BY iso3, item ORDER BY ${SURVEY_LATEST_ORDER}) AS k
  FROM ${surveyTableSql(imported)}
  WHERE part = 'capacity_building' ${origin} AND iso3 IN (SELECT iso3 FROM scope)
)
SELECT ${GROUPING_SQL[by]} AS grp, l.item AS area,
  count(*)::INTEGER AS states,
  count(*) FILTER (WHERE l.capacity_need)::INTEGER AS need,
  count(l.capacity_need)::INTEGER AS need_answered,
  count(*) FILTER (WHERE l.capacity_offer)::INTEGER AS offer,
  count(l.capacity_offer)::INTEGER AS offer_answered,
  count(*) FILTER (WHERE l.origin = 'illustrative')::INTEGER AS illustrative,
  min(l.year)::INTEGER AS year_min, max(l.year)::INTEGER AS year_max
FROM latest l JOIN states s ON s.iso3 = l.iso3
WHERE l.k = 1
GROUP BY ALL
ORDER BY grp, area`,
  );
}

/** Row type of `needOfferSql`. */
export interface NeedOfferRow {
  grp: string;
  /** capacity area (the survey model uses the GCI pillar ids) */
  area: string;
  /** states in scope with an answer row for the area */
  states: number;
  /** of those, reporting a need */
  need: number;
  /** of those, answering the need question at all */
  need_answered: number;
  offer: number;
  offer_answered: number;
  /** rows counted that are illustrative (generated, not a state's answer) */
  illustrative: number;
  year_min: number;
  year_max: number;
}
