import { ROLL_CALL_COUNTS } from './overview';

/**
 * Per-state facts: one row per state (all 195) holding everything the global filter and the
 * overview's headline reduce over. DuckDB computes them once per data version; a filter change
 * is then a bitmask over these rows and typed-array sums in JS (`scope-facts.ts`), which fits in
 * a frame where a round trip to the engine does not (issue 15).
 */
export function stateFactsSql(): string {
  return `WITH
  mo AS (SELECT iso3,
           list(DISTINCT org_id ORDER BY org_id) FILTER (WHERE is_current) AS orgs_current,
           list(DISTINCT org_id ORDER BY org_id) AS orgs_any
         FROM memberships GROUP BY iso3),
  ga AS (SELECT m.iso3, list(DISTINCT a.actor_id ORDER BY a.actor_id) AS group_actors
         FROM actors a JOIN memberships m ON m.org_id = a.org_id AND m.is_current
         WHERE a.kind = 'group' GROUP BY m.iso3),
  il AS (SELECT a.iso3, count(DISTINCT p.actor_id)::INTEGER AS il_actors, count(*)::INTEGER AS il_positions
         FROM il_positions p JOIN actors a USING (actor_id) WHERE a.iso3 IS NOT NULL GROUP BY a.iso3),
  vc AS (SELECT iso3, count(*) FILTER (WHERE vote <> 'X')::INTEGER AS votes_cast FROM votes GROUP BY iso3),
  gc AS (SELECT DISTINCT iso3 FROM capacity_scores WHERE pillar = 'overall' AND score IS NOT NULL),
  rc AS (SELECT ${ROLL_CALL_COUNTS}
         FROM votes v JOIN resolutions r USING (resolution_id))
SELECT s.iso3, s.un_member, s.un_observer_state, s.un_regional_group, s.m49_region, s.m49_subregion,
  s.m49_intermediate_region, s.ldc, s.lldc, s.sids, s.income_group,
  coalesce(mo.orgs_current, []) AS orgs_current, coalesce(mo.orgs_any, []) AS orgs_any,
  coalesce(ga.group_actors, []) AS group_actors,
  coalesce(il.il_actors, 0) AS il_actors, coalesce(il.il_positions, 0) AS il_positions,
  coalesce(vc.votes_cast, 0) AS votes_cast, gc.iso3 IS NOT NULL AS gci_overall,
  rc.roll_calls, rc.ict_roll_calls, rc.roll_calls_inferred
FROM states s LEFT JOIN mo USING (iso3) LEFT JOIN ga USING (iso3) LEFT JOIN il USING (iso3)
  LEFT JOIN vc USING (iso3) LEFT JOIN gc USING (iso3), rc
ORDER BY s.iso3`;
}

/**
 * Row type of `stateFactsSql`. The roll-call counts do not depend on the filter (the headline
 * counts every roll call); they repeat on every row so one query carries all the facts.
 */
export interface StateFactRow {
  iso3: string;
  un_member: boolean | null;
  un_observer_state: boolean | null;
  un_regional_group: string | null;
  m49_region: string | null;
  m49_subregion: string | null;
  m49_intermediate_region: string | null;
  ldc: boolean | null;
  lldc: boolean | null;
  sids: boolean | null;
  income_group: string | null;
  orgs_current: string[];
  orgs_any: string[];
  group_actors: string[];
  il_actors: number;
  il_positions: number;
  votes_cast: number;
  gci_overall: boolean;
  roll_calls: number;
  ict_roll_calls: number;
  roll_calls_inferred: number;
}
