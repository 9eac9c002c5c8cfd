import { withScope, type StateFilter } from './filter';

/**
 * Short URL-safe key of a roll call, derived from `short_label` in SQL so queries can filter on
 * it without first loading the catalogue: `73/27` → `73-27`, `L.11 (2023)` → `l.11-2023`.
 */
export const ROLL_CALL_TOKEN = `lower(trim(regexp_replace(r.short_label, '[^A-Za-z0-9.]+', '-', 'g'), '-'))`;

/** Column order of every per-state vote string: the catalogue's order. */
const ROLL_CALL_ORDER = 'r.date, r.resolution_id';

/**
 * Every plenary roll call with per-state votes (12), oldest first, with what a reader needs
 * to judge it: track, lead sponsor, published totals, and whether the roll call's identity is
 * confirmed or inferred (kept visible wherever a vote appears).
 */
export function rollCallCatalogSql(): string {
  return `SELECT r.resolution_id, r.short_label, ${ROLL_CALL_TOKEN} AS token, r.title,
  strftime(r.date, '%Y-%m-%d') AS date, r.session::INTEGER AS session, r.track, r.sponsor_lead,
  (SELECT string_agg(s.iso3, ', ' ORDER BY s.iso3) FROM sponsors s WHERE s.resolution_id = r.resolution_id AND s.role = 'lead') AS sponsor_iso3,
  r.yes::INTEGER AS yes, r.no::INTEGER AS no, r.abstain::INTEGER AS abstain, r.non_voting::INTEGER AS non_voting,
  r.totals_basis, r.source_id, v.identification, v.note AS identification_note
FROM resolutions r
JOIN (SELECT resolution_id, any_value(identification) AS identification, mode(identification_note) AS note
      FROM votes GROUP BY resolution_id) v USING (resolution_id)
ORDER BY ${ROLL_CALL_ORDER}`;
}

/** Row type of `rollCallCatalogSql`. */
export interface RollCallCatalogRow {
  resolution_id: string;
  short_label: string;
  token: string;
  title: string;
  date: string;
  session: number;
  /** oewg (Russian-led), gge (US-led), poa (Programme of Action), joint, global_mechanism, cybercrime */
  track: string;
  sponsor_lead: string | null;
  sponsor_iso3: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  non_voting: number | null;
  totals_basis: string;
  source_id: string;
  identification: 'confirmed' | 'inferred';
  identification_note: string | null;
}

/**
 * Every state (members and observers) with what the Alignment view derives its numbers from:
 * UN regional group, current organisations and its votes on all roll calls as one string (one
 * letter Y/N/A/X per roll call, catalogue order; NULL for states with no vote rows). It does
 * not depend on the filter, so it is read once; a filter change only re-reads `scopeStatesSql`
 * and the view subsets these 195 short rows in memory.
 */
export function stateVotesSql(): string {
  return `SELECT s.iso3, s.name AS name, s.un_regional_group AS un_group,
  coalesce((SELECT string_agg(m.org_id, '|' ORDER BY m.org_id) FROM memberships m
    WHERE m.iso3 = s.iso3 AND m.is_current AND m.in_states), '') AS orgs,
  (SELECT string_agg(v.vote, '' ORDER BY ${ROLL_CALL_ORDER}) FROM votes v JOIN resolutions r USING (resolution_id)
    WHERE v.iso3 = s.iso3) AS votes
FROM states s
ORDER BY s.iso3`;
}

/** Row type of `stateVotesSql`. */
export interface StateVotesRow {
  iso3: string;
  name: string;
  un_group: string | null;
  /** current organisation ids (states only) joined by '|'; '' when none */
  orgs: string;
  /** one of Y/N/A/X per roll call in catalogue order; null when the state has no votes */
  votes: string | null;
}

/** The states in scope (iso3, sorted): the one filter-dependent query of the Alignment view. */
export function scopeStatesSql(f: StateFilter): string {
  return withScope(f, 'SELECT iso3 FROM scope ORDER BY iso3');
}

/** Row type of `scopeStatesSql`. */
export interface ScopeStateRow {
  iso3: string;
}
