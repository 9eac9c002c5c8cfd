import { lit } from './sql';
import { ROLL_CALL_TOKEN } from './alignment-votes';

/**
 * Every plenary resolution (recorded votes and adoptions without a vote), oldest first, with its
 * published totals, the totals counted from its roll call over all members, and its sponsor
 * counts. One row per resolution (17): the timeline of the Alignment view.
 */
export function resolutionListSql(): string {
  return `SELECT r.resolution_id, r.short_label, ${ROLL_CALL_TOKEN} AS token, strftime(r.date, '%Y-%m-%d') AS date,
  r.session::INTEGER AS session, r.track, r.title, r.sponsor_lead, r.adopted_without_vote,
  r.yes::INTEGER AS yes, r.no::INTEGER AS no, r.abstain::INTEGER AS abstain, r.non_voting::INTEGER AS non_voting,
  v.y AS counted_yes, v.n AS counted_no, v.a AS counted_abstain, v.x AS counted_absent,
  r.per_country AS per_state, r.totals_basis, r.draft_symbol, r.notes, r.source_url, r.source_id,
  coalesce(sp.lead, 0) AS n_lead, coalesce(sp.original, 0) AS n_original, coalesce(sp.additional, 0) AS n_additional,
  coalesce(sp.lead_only, false) AS lead_only
FROM resolutions r
LEFT JOIN (SELECT resolution_id, count_if(vote = 'Y')::INTEGER AS y, count_if(vote = 'N')::INTEGER AS n,
    count_if(vote = 'A')::INTEGER AS a, count_if(vote = 'X')::INTEGER AS x FROM votes GROUP BY 1) v USING (resolution_id)
LEFT JOIN (SELECT resolution_id, count_if(role = 'lead')::INTEGER AS lead,
    count_if(stage_kind = 'original')::INTEGER AS original, count_if(stage_kind = 'additional')::INTEGER AS additional,
    bool_or(stage_kind = 'lead_only') AS lead_only FROM sponsors WHERE iso3 IS NOT NULL GROUP BY 1) sp USING (resolution_id)
ORDER BY r.date, r.resolution_id`;
}

/** Row type of `resolutionListSql`. */
export interface ResolutionRow {
  resolution_id: string;
  short_label: string;
  token: string;
  date: string;
  session: number;
  track: string;
  title: string;
  sponsor_lead: string | null;
  adopted_without_vote: boolean;
  /** published totals (NULL when adopted without a vote) */
  yes: number | null;
  no: number | null;
  abstain: number | null;
  non_voting: number | null;
  /** counted from the roll call over all 193 members (NULL without a roll call) */
  counted_yes: number | null;
  counted_no: number | null;
  counted_abstain: number | null;
  counted_absent: number | null;
  per_state: string;
  totals_basis: string | null;
  draft_symbol: string | null;
  notes: string | null;
  /** every source, ` ; `-separated; the first is the resolution's own record */
  source_url: string;
  source_id: string;
  n_lead: number;
  n_original: number;
  n_additional: number;
  /** session 73: only the lead sponsor is known, the full list was not found */
  lead_only: boolean;
}

/**
 * Every sponsoring state of every resolution, named by its UN name (the "(none listed)" row of
 * 79/243 has no state and is left out). `complete_list` is false where only the lead is known.
 */
export function resolutionSponsorsSql(): string {
  return `SELECT sp.resolution_id, sp.iso3, s.name, sp.role, sp.stage_kind, sp.stage, sp.stage_kind IN ('original', 'additional') AS complete_list,
  sp.source_url, sp.source_id
FROM sponsors sp JOIN states s USING (iso3) JOIN resolutions r USING (resolution_id)
ORDER BY r.date, sp.resolution_id, sp.role DESC, s.name`;
}

/** Row type of `resolutionSponsorsSql`. */
export interface ResolutionSponsorRow {
  resolution_id: string;
  iso3: string;
  name: string;
  role: 'lead' | 'co-sponsor';
  stage_kind: 'original' | 'additional' | 'lead_only';
  stage: string;
  complete_list: boolean;
  source_url: string;
  source_id: string;
}

/** The resolutions one state sponsored, with role, stage and the record that lists it. */
export function stateSponsorshipsSql(iso3: string): string {
  return `SELECT r.resolution_id, r.short_label, strftime(r.date, '%Y-%m-%d') AS date, r.title, r.track, r.adopted_without_vote,
  sp.role, sp.stage_kind, sp.stage, sp.source_url, sp.source_id
FROM sponsors sp JOIN resolutions r USING (resolution_id)
WHERE sp.iso3 = ${lit(iso3)} ORDER BY r.date, r.resolution_id`;
}

/** Row type of `stateSponsorshipsSql`. */
export interface StateSponsorshipRow {
  resolution_id: string;
  short_label: string;
  date: string;
  title: string;
  track: string;
  adopted_without_vote: boolean;
  role: 'lead' | 'co-sponsor';
  stage_kind: 'original' | 'additional' | 'lead_only';
  stage: string;
  source_url: string;
  source_id: string;
}

/** Committee-stage votes with their published totals; never mixed with plenary roll calls. */
export function committeeVotesSql(): string {
  return `SELECT c.draft_symbol, c.committee, c.session::INTEGER AS session, strftime(c.date, '%Y-%m-%d') AS date,
  c.plenary_resolution, r.short_label AS plenary_label, c.yes, c.no, c.abstain, c.named_no_iso3, c.named_abstain_iso3,
  c.named_no, c.named_abstain, c.notes, c.source_url, c.source_id
FROM committee_votes c LEFT JOIN resolutions r ON r.resolution_id = c.plenary_resolution
ORDER BY c.session, r.date, c.draft_symbol`;
}

/** Row type of `committeeVotesSql`. */
export interface CommitteeVoteRow {
  draft_symbol: string;
  committee: string;
  session: number;
  date: string | null;
  plenary_resolution: string;
  plenary_label: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  /** `;`-separated ISO3 (or a "… (group)" label) */
  named_no_iso3: string | null;
  named_abstain_iso3: string | null;
  named_no: string | null;
  named_abstain: string | null;
  notes: string | null;
  source_url: string;
  source_id: string;
}

/** Recorded votes on paragraphs and amendments. */
export function separateVotesSql(): string {
  return `SELECT draft_or_resolution, body, provision, outcome, yes, no, abstain, strftime(date, '%Y-%m-%d') AS date,
  notes, source_url, source_id FROM separate_votes ORDER BY date NULLS FIRST, draft_or_resolution, provision`;
}

/** Row type of `separateVotesSql`. */
export interface SeparateVoteRow {
  draft_or_resolution: string;
  body: string;
  provision: string;
  outcome: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  date: string | null;
  notes: string | null;
  source_url: string;
  source_id: string;
}
