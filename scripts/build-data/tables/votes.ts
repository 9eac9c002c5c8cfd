import { joinSource, type TableDef } from './types';

const int = (c: string, alias = 'r', as = c) => `CAST(${alias}.${c} AS INTEGER) AS ${as}`;

/**
 * Plenary resolutions: recorded votes and adoptions without a vote. `short_label` is `73/27` for
 * A/RES/73/27. The CSV's `absent` and `per_state` keep the table's established names
 * `non_voting` and `per_country` (see data/SCHEMA.md).
 */
export const resolutions: TableDef = {
  name: 'resolutions',
  from: ['unga-votes/resolutions.csv'],
  select: `SELECT r.resolution_id, substr(r.resolution_id, 7) AS short_label,
      ${int('session')}, CAST(r.date AS DATE) AS date, r.title, r.sponsor_lead,
      ${int('yes')}, ${int('no')}, ${int('abstain')}, ${int('absent', 'r', 'non_voting')},
      r.track, 'plenary' AS body, r.per_state AS per_country, r.adopted_without_vote = 'true' AS adopted_without_vote,
      r.totals_basis, ${int('voeten_rcid')}, r.notes, r.draft_symbol, r.committee_report, r.meeting_record,
      r.previous_status, r.source_url, r_src.source_id
    FROM raw_resolutions r ${joinSource('r')}
    ORDER BY date, r.resolution_id`,
  flags: {
    inferred_per_country: `count_if(per_country = 'inferred')`,
    adopted_without_vote: 'count_if(adopted_without_vote)',
  },
};

const voteValue = `CAST(CASE v.vote WHEN 'Y' THEN 1 WHEN 'A' THEN 0.5 WHEN 'N' THEN 0 END AS DOUBLE) AS vote_value`;

/**
 * Plenary roll calls. `identification` is the resolution's per_state (all `confirmed` today); the
 * column stays so a future inferred roll call still carries its flag to the screen.
 */
export const votes: TableDef = {
  name: 'votes',
  from: ['unga-votes/votes.csv', 'unga-votes/resolutions.csv'],
  select: `SELECT v.resolution_id, v.iso3, v.vote, ${voteValue}, r.per_state AS identification,
      CASE WHEN r.per_state = 'inferred' THEN r.notes END AS identification_note,
      CAST(r.voeten_rcid AS INTEGER) AS voeten_rcid, v.cross_check, v.source_url, v_src.source_id
    FROM raw_votes v JOIN raw_resolutions r USING (resolution_id) ${joinSource('v')}
    ORDER BY v.resolution_id, v.iso3`,
  flags: { inferred_rows: `count_if(identification = 'inferred')`, roll_calls: 'count(DISTINCT resolution_id)' },
};

/**
 * Lead sponsors and co-sponsors. `stage_kind` is the first word of `stage` (original / additional)
 * or `lead_only` where only the lead is known; the "(none listed)" row keeps iso3 NULL.
 */
export const sponsors: TableDef = {
  name: 'sponsors',
  from: ['unga-votes/sponsors.csv'],
  select: `SELECT s.resolution_id, NULLIF(s.iso3_or_group, '(none listed)') AS iso3, s.role, s.stage,
      CASE WHEN s.stage LIKE 'original%' THEN 'original' WHEN s.stage LIKE 'additional%' THEN 'additional'
        WHEN s.stage LIKE 'lead named%' THEN 'lead_only' ELSE 'none_listed' END AS stage_kind,
      s.name_in_source, s.note, s.source_url, s_src.source_id
    FROM raw_sponsors s ${joinSource('s')} ORDER BY s.resolution_id, s.iso3_or_group`,
};

/** Committee-stage votes (First and Third Committee): published totals, apart from plenary votes. */
export const committeeVotes: TableDef = {
  name: 'committee_votes',
  from: ['unga-votes/first_committee.csv'],
  select: `SELECT f.draft_symbol, f.committee, ${int('session', 'f')}, CAST(f.date AS DATE) AS date,
      f.plenary_resolution, ${int('yes', 'f')}, ${int('no', 'f')}, ${int('abstain', 'f')},
      f.named_no, f.named_abstain, f.named_no_iso3, f.named_abstain_iso3, f.notes, f.source_url, f_src.source_id
    FROM raw_first_committee f ${joinSource('f')} ORDER BY session, f.plenary_resolution`,
};

/** States a source names as voting No / Abstain in committee (partial by nature; group labels dropped). */
export const fcNamedVotes: TableDef = {
  name: 'fc_named_votes',
  from: ['unga-votes/first_committee.csv'],
  select: `SELECT resolution_id, plenary_resolution, iso3, vote, source_url, source_id FROM (
      SELECT f.draft_symbol AS resolution_id, f.plenary_resolution, unnest(string_split(f.named_no_iso3, ';')) AS iso3,
        'N' AS vote, f.source_url, f_src.source_id
      FROM raw_first_committee f ${joinSource('f')} WHERE f.named_no_iso3 <> ''
      UNION ALL
      SELECT f.draft_symbol, f.plenary_resolution, unnest(string_split(f.named_abstain_iso3, ';')), 'A', f.source_url, f_src.source_id
      FROM raw_first_committee f ${joinSource('f')} WHERE f.named_abstain_iso3 <> '')
    WHERE regexp_matches(iso3, '^[A-Z]{3}$') ORDER BY resolution_id, iso3`,
};

/** Recorded votes on paragraphs and amendments (never mixed with votes on whole resolutions). */
export const separateVotes: TableDef = {
  name: 'separate_votes',
  from: ['unga-votes/separate_votes.csv'],
  select: `SELECT s.draft_or_resolution, s.body, s.provision, s.outcome, ${int('yes', 's')}, ${int('no', 's')},
      ${int('abstain', 's')}, CAST(s.date AS DATE) AS date, s.notes, s.source_url, s_src.source_id
    FROM raw_separate_votes s ${joinSource('s')} ORDER BY s.draft_or_resolution, s.provision`,
};
