import { joinSource, type TableDef } from './types';

const int = (c: string, alias = 'r') => `CAST(${alias}.${c} AS INTEGER) AS ${c}`;

/**
 * Resolutions with a short label: `73/27` for A/RES/73/27; for drafts and placeholder keys the
 * symbol's tail plus the session's opening year (session N opens in 1945 + N; 78 → 2023).
 */
export const resolutions: TableDef = {
  name: 'resolutions',
  from: ['unga-votes/resolutions.csv'],
  select: `SELECT r.resolution_id,
      CASE
        WHEN r.resolution_id LIKE 'A/RES/%' THEN substr(r.resolution_id, 7)
        WHEN r.resolution_id LIKE 'A/C.1/%' THEN regexp_extract(r.resolution_id, '^A/C\\.1/\\d+/(\\S+)', 1)
          || ' (' || (CAST(r.session AS INTEGER) + 1945) || ')'
        ELSE regexp_extract(r.resolution_id, '^(\\S+)', 1) || ' (' || (CAST(r.session AS INTEGER) + 1945) || ')'
      END AS short_label,
      ${int('session')}, CAST(r.date AS DATE) AS date, r.title, r.sponsor_lead,
      ${int('yes')}, ${int('no')}, ${int('abstain')}, ${int('non_voting')},
      r.track, r.body, r.per_country, r.totals_basis, ${int('voeten_rcid')}, r.notes, r.source_url, r_src.source_id
    FROM raw_resolutions r ${joinSource('r')}
    ORDER BY session, r.body DESC, date NULLS LAST, r.resolution_id`,
  flags: { inferred_per_country: `count_if(per_country = 'inferred')` },
};

const voteValue = `CAST(CASE v.vote WHEN 'Y' THEN 1 WHEN 'A' THEN 0.5 WHEN 'N' THEN 0 END AS DOUBLE) AS vote_value`;

/** Confirmed and inferred roll calls in one table; `identification` keeps each row's status visible. */
export const votes: TableDef = {
  name: 'votes',
  from: ['unga-votes/votes.csv', 'unga-votes/votes_inferred.csv'],
  select: `SELECT * FROM (
      SELECT v.resolution_id, v.iso3, v.vote, ${voteValue}, 'confirmed' AS identification,
        CAST(NULL AS VARCHAR) AS identification_note, CAST(r.voeten_rcid AS INTEGER) AS voeten_rcid,
        v.source_url, v_src.source_id
      FROM raw_votes v LEFT JOIN raw_resolutions r USING (resolution_id) ${joinSource('v')}
      UNION ALL
      SELECT v.resolution_id, v.iso3, v.vote, ${voteValue}, 'inferred', v.identification,
        CAST(v.voeten_rcid AS INTEGER), v.source_url, v_src.source_id
      FROM raw_votes_inferred v ${joinSource('v')})
    ORDER BY resolution_id, iso3`,
  flags: { inferred_rows: `count_if(identification = 'inferred')`, roll_calls: 'count(DISTINCT resolution_id)' },
};

/** Lead sponsors. */
export const sponsors: TableDef = {
  name: 'sponsors',
  from: ['unga-votes/sponsors.csv'],
  select: `SELECT s.resolution_id, s.iso3, s.role, s.note, s.source_url, s_src.source_id
    FROM raw_sponsors s ${joinSource('s')} ORDER BY s.resolution_id, s.iso3`,
};

/** States named as voting No / Abstain in the First Committee (partial by nature). */
export const fcNamedVotes: TableDef = {
  name: 'fc_named_votes',
  from: ['unga-votes/fc_named_votes.csv'],
  select: `SELECT f.resolution_id, f.iso3, f.vote, f.source_url, f_src.source_id
    FROM raw_fc_named_votes f ${joinSource('f')} ORDER BY f.resolution_id, f.iso3`,
};
