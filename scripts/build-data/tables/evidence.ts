import { rungSql } from '../../../src/analysis/evidence-ladder';
import { NORM_IDS } from '../../../src/validate/specs/survey';
import { joinSource, type TableDef } from './types';

/*
 * Norm evidence (data/norm-evidence/DATA.md, "In this project"): the coded sample rows plus
 * rows derived here from data the project already ships, each citing its document. Derived rows
 * read tables built earlier in the same run (o.votes, o.states, o.memberships, o.cbms, o.regional_*), keyed on
 * resolution symbols, so they follow whatever vote data is shipped.
 */

const NORMS = `(SELECT unnest([${NORM_IDS.map((n) => `'${n}'`).join(', ')}]) AS norm_id)`;

/** Columns of norm_evidence, in order (data/SCHEMA.md). */
const COLS = `evidence_id, iso3, norm_id, rung, kind, indicator, value, strength, source_quality, year, evidence_note,
  document_url, source_url, source_id, catalogue_id, basis, shared, notes`;

/** The coded sample: `a-k` expands to the eleven norms; capacity rows keep norm_id NULL and no rung. */
const coded = `SELECT e.evidence_id, e.iso3, n.norm_id, ${rungSql('e.coded_status')} AS rung, e.coded_status AS kind,
    e.indicator, e.value, e.strength, e.source_quality, CAST(NULLIF(e.year, '') AS INTEGER) AS year, e.evidence_note,
    trim(split_part(e.source_url, ' ; ', 1)) AS document_url, e.source_url, e_src.source_id, e.source_id AS catalogue_id,
    'coded' AS basis, false AS shared, NULLIF(e.notes, '') AS notes
  FROM raw_norm_evidence e
  LEFT JOIN (SELECT 'a-k' AS cell, norm_id FROM ${NORMS} UNION ALL SELECT norm_id AS cell, norm_id FROM ${NORMS}) n ON n.cell = e.norm_id
  ${joinSource('e')}`;

/** A Yes on a recorded resolution whose text calls on States to be guided by the 2015 report. */
const byVote = `SELECT 'vote-' || substr(c.resolution_id, 7) || '-' || v.iso3 AS evidence_id, v.iso3, n.norm_id, 1 AS rung,
    'vote_for_norms_resolution' AS kind, 'voted for ' || c.resolution_id AS indicator, 'Yes' AS value, 'weak' AS strength,
    'official' AS source_quality, CAST(substr(c.resolution_id, 7, 2) AS INTEGER) + 1945 AS year,
    'Voted for ' || c.resolution_id || ', ' || c.evidence_wording || ' (' || c.paragraph || '). A vote is a commitment, not implementation.' AS evidence_note,
    c.document_url, c.document_url || ' ; ' || v.source_url AS source_url, c_src.source_id, CAST(NULL AS VARCHAR) AS catalogue_id,
    'derived' AS basis, false AS shared, c.notes
  FROM raw_commitment_resolutions c JOIN o.votes v ON v.resolution_id = c.resolution_id AND v.vote = 'Y'
  CROSS JOIN ${NORMS} n ${joinSource('c', 'document_url')}
  WHERE c.adoption = 'recorded_vote'`;

/**
 * Adopted without a vote: every Member joined, so the row is shared (it never separates one
 * State from another). Skipped if the vote data records a roll call for the resolution.
 */
const byConsensus = `SELECT 'consensus-' || substr(c.resolution_id, 7) || '-' || s.iso3 AS evidence_id, s.iso3, n.norm_id, 1 AS rung,
    'consensus_adoption' AS kind, 'joined the consensus on ' || c.resolution_id AS indicator, 'adopted without a vote' AS value,
    'weak' AS strength, 'official' AS source_quality, CAST(substr(c.resolution_id, 7, 2) AS INTEGER) + 1945 AS year,
    c.resolution_id || ' was adopted without a vote, ' || c.evidence_wording || '. Every Member joined; it does not distinguish one State from another.' AS evidence_note,
    c.document_url, c.document_url AS source_url, c_src.source_id, CAST(NULL AS VARCHAR) AS catalogue_id,
    'derived' AS basis, true AS shared, c.notes
  FROM raw_commitment_resolutions c CROSS JOIN o.states s CROSS JOIN ${NORMS} n ${joinSource('c', 'document_url')}
  WHERE c.adoption = 'without_vote' AND s.un_member
    AND NOT EXISTS (SELECT 1 FROM o.votes v WHERE v.resolution_id = c.resolution_id)`;

/** OSCE participating States: the OSCE CBMs the crosswalk links to a norm (regional commitment). */
const byOsce = `SELECT 'osce-cbm-' || m.iso3 || '-' || l.norm_id AS evidence_id, m.iso3, l.norm_id, 1 AS rung,
    'regional_membership' AS kind, 'OSCE participating State: OSCE cyber CBMs linked to the norm' AS indicator,
    'CBM ' || string_agg(CAST(l.cbm_no AS VARCHAR), ', ' ORDER BY l.cbm_no) AS value, 'weak' AS strength, 'official' AS source_quality,
    min(CAST(substr(c.adopted, 1, 4) AS INTEGER)) AS year,
    'As an OSCE participating State it joined the OSCE cyber confidence-building measures ' || string_agg(CAST(l.cbm_no AS VARCHAR), ', ' ORDER BY l.cbm_no)
      || ', which the Common Ground crosswalk links to this norm. A regional commitment, not implementation.' AS evidence_note,
    arg_min(c.source_url, l.cbm_no) AS document_url, arg_min(c.source_url, l.cbm_no) || ' ; ' || any_value(m.source_url) AS source_url,
    arg_min(c.source_id, l.cbm_no) AS source_id, CAST(NULL AS VARCHAR) AS catalogue_id, 'derived' AS basis, false AS shared,
    'Crosswalk is editorial (data/crosswalk/DATA.md); membership from states/memberships.csv.' AS notes
  FROM o.memberships m JOIN raw_norm_cbm_links l ON true JOIN o.cbms c ON c.cbm_no = CAST(l.cbm_no AS INTEGER)
  WHERE m.org_id = 'OSCE' AND m.is_current
  GROUP BY m.iso3, l.norm_id`;

/**
 * Members of a regional framework (memberships.org_id = framework) × each norm the process
 * crosswalk links to one of its measures (regional_norm_links). A convention binds only the
 * States that ratify it (the sample codes Malabo ratifications), so conventions are left out.
 */
const byRegion = `SELECT 'regional-' || lower(l.framework) || '-' || ms.iso3 || '-' || l.norm_id AS evidence_id, ms.iso3, l.norm_id, 1 AS rung,
    'regional_membership' AS kind, l.framework || ' member: regional measures linked to the norm' AS indicator,
    string_agg(m.title, '; ' ORDER BY m.item_id) AS value, 'weak' AS strength, 'official' AS source_quality,
    min(TRY_CAST(substr(m.adopted, 1, 4) AS INTEGER)) AS year,
    'As a member of ' || l.framework || ' it is party to regional texts that the process crosswalk links to this norm ('
      || string_agg(DISTINCT l.relation, ', ') || '). A regional commitment, not implementation.' AS evidence_note,
    trim(split_part(arg_min(l.source_url, l.item_id), ' ; ', 1)) AS document_url, arg_min(l.source_url, l.item_id) AS source_url,
    arg_min(l.source_id, l.item_id) AS source_id, CAST(NULL AS VARCHAR) AS catalogue_id, 'derived' AS basis, false AS shared,
    'Link basis: ' || string_agg(DISTINCT l.basis_type, ', ') || ' (data/process/DATA.md); membership from states/memberships.csv.' AS notes
  FROM o.regional_norm_links l JOIN o.regional_measures m USING (framework, item_id)
  JOIN o.memberships ms ON ms.org_id = l.framework AND ms.is_current
  WHERE m.title NOT ILIKE '%convention%'
  GROUP BY ms.iso3, l.norm_id, l.framework`;

/** Every piece of evidence per State × norm; one rung each (NULL = capacity context, never a rung). */
export const normEvidence: TableDef = {
  name: 'norm_evidence',
  from: [
    'norm-evidence/norm_evidence.csv',
    'norm-evidence/commitment_resolutions.csv',
    'crosswalk/norm_cbm_links.csv',
    'process/regional_measures.csv',
    'process/regional_norm_links.csv',
  ],
  select: `SELECT ${COLS} FROM (
      SELECT ${COLS} FROM (${coded})
      UNION ALL SELECT ${COLS} FROM (${byVote})
      UNION ALL SELECT ${COLS} FROM (${byConsensus})
      UNION ALL SELECT ${COLS} FROM (${byOsce})
      UNION ALL SELECT ${COLS} FROM (${byRegion}))
    ORDER BY iso3, norm_id NULLS LAST, rung DESC NULLS LAST, evidence_id`,
  flags: {
    coded_rows: `count_if(basis = 'coded')`,
    derived_rows: `count_if(basis = 'derived')`,
    shared_rows: 'count_if(shared)',
    context_rows: 'count_if(rung IS NULL)',
    states: 'count(DISTINCT iso3)',
  },
  extraSources: ['cg-norm-cbm-crosswalk'],
};

/** The catalogue of candidate evidence sources (coverage, licence, coding rule). */
export const evidenceSources: TableDef = {
  name: 'evidence_sources',
  from: ['norm-evidence/evidence_sources.csv'],
  select: `SELECT s.source_id AS catalogue_id, s.name, s.publisher, s.url, s.coverage_states, s.coverage_note, s.years, s.licence,
      s.norms_supported, s.coding_rule, s.access_status, CAST(s.sample_rows_in_norm_evidence AS INTEGER) AS sample_rows, s.recommendation
    FROM raw_evidence_sources s ORDER BY s.rowid`,
};

/** Resolutions whose text was read for the commitment rule, with the paragraph and its document. */
export const commitmentResolutions: TableDef = {
  name: 'commitment_resolutions',
  from: ['norm-evidence/commitment_resolutions.csv'],
  select: `SELECT c.resolution_id, c.adoption, c.paragraph, c.what_it_says, c.evidence_wording, c.document_url, c.read_from, c.notes,
      c_src.source_id
    FROM raw_commitment_resolutions c ${joinSource('c', 'document_url')} ORDER BY c.rowid`,
};
