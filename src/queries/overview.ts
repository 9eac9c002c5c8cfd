import { withScope, type StateFilter } from './filter';
import { debateSet } from './question-set';
import { DEFAULT_EVIDENCE, evidenceRowsSql } from './norm-evidence';

/**
 * The three roll-call counts of the headline (`v` = votes, `r` = resolutions), defined once for
 * the SQL path and the per-state facts (state-facts.ts): "ICT" is every track but cybercrime.
 */
export const ROLL_CALL_COUNTS = `count(DISTINCT v.resolution_id)::INTEGER AS roll_calls,
           count(DISTINCT v.resolution_id) FILTER (WHERE r.track <> 'cybercrime')::INTEGER AS ict_roll_calls,
           count(DISTINCT v.resolution_id) FILTER (WHERE v.identification = 'inferred')::INTEGER AS roll_calls_inferred`;

/**
 * Headline figures for the states in scope. One pass of joins against the scope (no correlated
 * subqueries): this runs on every filter change, so it must stay within a frame.
 */
export function headlineSql(f: StateFilter): string {
  return withScope(
    f,
    `WITH
  st AS (SELECT count(*)::INTEGER AS states, count(*) FILTER (WHERE s.un_member)::INTEGER AS members
         FROM scope JOIN states s USING (iso3)),
  il AS (SELECT count(DISTINCT p.actor_id)::INTEGER AS il_state_actors, count(*)::INTEGER AS il_positions
         FROM il_positions p JOIN actors a USING (actor_id) JOIN scope ON scope.iso3 = a.iso3),
  grp AS (SELECT count(DISTINCT a.actor_id)::INTEGER AS il_group_actors
          FROM actors a JOIN memberships m ON m.org_id = a.org_id AND m.is_current JOIN scope ON scope.iso3 = m.iso3
          WHERE a.kind = 'group'),
  rc AS (SELECT ${ROLL_CALL_COUNTS},
           count(*) FILTER (WHERE v.vote <> 'X' AND scope.iso3 IS NOT NULL)::INTEGER AS votes_cast
         FROM votes v JOIN resolutions r USING (resolution_id) LEFT JOIN scope ON scope.iso3 = v.iso3),
  gci AS (SELECT count(DISTINCT c.iso3)::INTEGER AS gci_states
          FROM capacity_scores c JOIN scope USING (iso3) WHERE c.pillar = 'overall' AND c.score IS NOT NULL)
SELECT states, members, il_state_actors, il_positions, il_group_actors, roll_calls, ict_roll_calls,
  roll_calls_inferred, votes_cast, gci_states
FROM st, il, grp, rc, gci`,
  );
}

/** Row type of `headlineSql`. */
export interface HeadlineRow {
  states: number;
  members: number;
  il_state_actors: number;
  il_positions: number;
  il_group_actors: number;
  roll_calls: number;
  /** roll calls on ICT security proper (the rest are the cybercrime texts, track 'cybercrime') */
  ict_roll_calls: number;
  roll_calls_inferred: number;
  votes_cast: number;
  gci_states: number;
}

/** What the overview map can be coloured by. */
export type MapIndicator =
  | { kind: 'group' }
  | { kind: 'gci'; pillar: string }
  | { kind: 'vote'; resolutionId: string }
  | { kind: 'yes_share' }
  /** has the state published a legal position (a document in position_documents)? */
  | { kind: 'legal' }
  /** the state's own stance on one international-law question (group positions never stand in) */
  | { kind: 'stance'; questionId: string }
  /** the state's own latest stance on one debate question, as `#/law?set=debates` counts it (AI summaries left out) */
  | { kind: 'debate'; questionId: string }
  /** the state's highest rung of shipped evidence on one norm (analysis/evidence-ladder.ts), as the Norms view shows it */
  | { kind: 'rung'; normId: string }
  /** lead sponsor, co-sponsor or not a sponsor of one resolution (unknown where only the lead is recorded) */
  | { kind: 'cosponsor'; resolutionId: string };

/**
 * One row per state (all 195, so the map keeps its shape) with `in_scope` and the indicator as
 * a number (`value_num`) or a category (`value_text`). `flag` carries caveats to the screen
 * (inferred roll call, withheld score).
 */
export function mapIndicatorSql(f: StateFilter, ind: MapIndicator): string {
  const { join, cols } = mapParts(ind);
  return withScope(
    f,
    `SELECT s.iso3, s.m49::INTEGER AS m49, s.name AS name, s.un_regional_group AS un_group,
  s.iso3 IN (SELECT iso3 FROM scope) AS in_scope, ${cols}
FROM states s ${join}
ORDER BY s.iso3`,
  );
}

/**
 * The same rows as `mapIndicatorSql` without `in_scope`: they do not depend on the filter, so
 * they are fetched once per indicator and the filter is applied in JS (`queries/scope-facts.ts`).
 */
export function mapValuesSql(ind: MapIndicator): string {
  const { join, cols } = mapParts(ind);
  return `SELECT s.iso3, s.m49::INTEGER AS m49, s.name AS name, s.un_regional_group AS un_group, ${cols}
FROM states s ${join}
ORDER BY s.iso3`;
}

/** Row type of `mapValuesSql`. */
export type MapValueRow = Omit<MapIndicatorRow, 'in_scope'>;

/** The join and value columns an indicator adds to the per-state map rows. */
function mapParts(ind: MapIndicator): { join: string; cols: string } {
  let join = '';
  let cols = 'NULL::DOUBLE AS value_num, NULL::VARCHAR AS value_text, NULL::VARCHAR AS flag';
  switch (ind.kind) {
    case 'group':
      cols = `NULL::DOUBLE AS value_num, s.un_regional_group AS value_text,
        CASE WHEN s.rg_special_case THEN 'regional-group coding is a convention (see About)' END AS flag`;
      break;
    case 'gci':
      join = `LEFT JOIN capacity_scores c ON c.iso3 = s.iso3 AND c.edition = 2020 AND c.pillar = '${ind.pillar.replaceAll("'", "''")}'`;
      cols = `c.score AS value_num, NULL::VARCHAR AS value_text,
        CASE WHEN c.withheld THEN 'score withheld' WHEN c.iso3 IS NULL THEN 'no GCI 2020 record' END AS flag`;
      break;
    case 'vote':
      join = `LEFT JOIN votes v ON v.iso3 = s.iso3 AND v.resolution_id = '${ind.resolutionId.replaceAll("'", "''")}'`;
      cols = `NULL::DOUBLE AS value_num, v.vote AS value_text,
        CASE WHEN v.identification = 'inferred' THEN 'roll call identity inferred' END AS flag`;
      break;
    case 'yes_share':
      join = `LEFT JOIN (SELECT iso3, avg(CASE vote WHEN 'Y' THEN 1.0 ELSE 0.0 END) AS share,
          count(*) FILTER (WHERE identification = 'inferred') AS inferred_votes
        FROM votes WHERE vote <> 'X' GROUP BY iso3) y ON y.iso3 = s.iso3`;
      cols = `y.share AS value_num, NULL::VARCHAR AS value_text,
        CASE WHEN y.inferred_votes > 0 THEN 'includes roll calls whose identity is inferred' END AS flag`;
      break;
    case 'legal':
      join = `LEFT JOIN (SELECT actor_id, count(*)::INTEGER AS docs, min(year) AS first FROM position_documents GROUP BY actor_id) d ON d.actor_id = s.iso3`;
      cols = `d.docs::DOUBLE AS value_num, CASE WHEN d.docs IS NULL THEN 'none' ELSE 'published' END AS value_text,
        CASE WHEN d.docs IS NOT NULL THEN d.docs || ' document(s), first ' || coalesce(d.first::VARCHAR, 'year unknown') END AS flag`;
      break;
    case 'stance':
      // A state actor's id is its ISO3 code, so a group actor's row (AU, EU) never lands here.
      join = `LEFT JOIN il_positions p ON p.actor_id = s.iso3 AND p.question_id = '${ind.questionId.replaceAll("'", "''")}'`;
      cols = `NULL::DOUBLE AS value_num, p.stance AS value_text,
        CASE WHEN p.inferred THEN 'inferred stance' WHEN p.strength_rank >= 4 THEN 'weak source' END AS flag`;
      break;
    case 'debate':
      // The debates set's positions relation: latest counted stance per actor × question.
      join = `LEFT JOIN ${debateSet().positions} p ON p.actor_id = s.iso3 AND p.question_id = '${ind.questionId.replaceAll("'", "''")}'`;
      cols = `NULL::DOUBLE AS value_num, p.stance AS value_text,
        CASE WHEN p.year IS NOT NULL THEN 'stated ' || p.year || CASE WHEN p.strength_rank >= 4 THEN ', weak source' ELSE '' END END AS flag`;
      break;
    case 'rung':
      // Shared rows (adopted without a vote: every Member joined) never raise a rung, as in the Norms view.
      join = `LEFT JOIN (SELECT iso3, max(rung) AS rung, count(*)::INTEGER AS pieces FROM (${evidenceRowsSql(DEFAULT_EVIDENCE)}) ev
        WHERE NOT shared AND rung IS NOT NULL AND norm_id = '${ind.normId.replaceAll("'", "''")}' GROUP BY iso3) b ON b.iso3 = s.iso3`;
      cols = `coalesce(b.rung, 0)::DOUBLE AS value_num, NULL::VARCHAR AS value_text,
        CASE WHEN b.pieces IS NOT NULL THEN b.pieces || ' piece(s) of evidence' END AS flag`;
      break;
    case 'cosponsor': {
      const res = `'${ind.resolutionId.replaceAll("'", "''")}'`;
      // "Not a sponsor" only where the full list is known (original / additional stages); for
      // session 73 only the lead is recorded, so everyone else is unknown, never "did not".
      join = `LEFT JOIN (SELECT iso3, min(role) AS role, min(stage_kind) AS stage_kind FROM sponsors
          WHERE resolution_id = ${res} AND iso3 IS NOT NULL GROUP BY iso3) sp ON sp.iso3 = s.iso3
        CROSS JOIN (SELECT coalesce(bool_or(stage_kind IN ('original', 'additional')), false) AS complete FROM sponsors WHERE resolution_id = ${res}) k`;
      cols = `NULL::DOUBLE AS value_num,
        CASE WHEN sp.role = 'lead' THEN 'lead' WHEN sp.role IS NOT NULL THEN 'cosponsor'
          WHEN k.complete AND s.un_member THEN 'not' END AS value_text,
        CASE WHEN sp.stage_kind = 'original' THEN 'on the draft when submitted' WHEN sp.stage_kind = 'additional' THEN 'joined after submission'
          WHEN sp.role IS NULL AND NOT k.complete THEN 'full sponsor list not found' END AS flag`;
      break;
    }
  }
  return { join, cols };
}

/** Row type of `mapIndicatorSql`. */
export interface MapIndicatorRow {
  iso3: string;
  m49: number;
  name: string;
  un_group: string | null;
  in_scope: boolean;
  value_num: number | null;
  value_text: string | null;
  flag: string | null;
}

/** Roll calls with per-country votes, for the indicator picker (inferred ones flagged). */
export function rollCallsSql(): string {
  return `SELECT r.resolution_id, r.short_label, r.title, r.track, strftime(r.date, '%Y-%m-%d') AS date,
  any_value(v.identification) AS identification
FROM resolutions r JOIN votes v USING (resolution_id)
GROUP BY ALL ORDER BY date, resolution_id`;
}

/** Row type of `rollCallsSql`. */
export interface RollCallRow {
  resolution_id: string;
  short_label: string;
  title: string;
  track: string;
  date: string;
  identification: 'confirmed' | 'inferred';
}

/** Resolutions with at least one named sponsor state, for the co-sponsorship picker (oldest first). */
export function sponsoredResolutionsSql(): string {
  return `SELECT r.resolution_id, r.short_label, strftime(r.date, '%Y-%m-%d') AS date, r.track,
  bool_or(sp.stage_kind IN ('original', 'additional')) AS complete_list
FROM resolutions r JOIN sponsors sp USING (resolution_id) WHERE sp.iso3 IS NOT NULL
GROUP BY ALL ORDER BY date, resolution_id`;
}

/** Row type of `sponsoredResolutionsSql`. */
export interface SponsoredResolutionRow {
  resolution_id: string;
  short_label: string;
  date: string;
  track: string;
  /** false where only the lead sponsor is recorded */
  complete_list: boolean;
}
