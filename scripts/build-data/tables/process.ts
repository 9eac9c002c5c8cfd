import { NON_STATE_ACTOR_CODES } from '../../../src/validate/index';
import { joinSource, type TableDef } from './types';

// process/ (process/DATA.md): calendar, proposed norms, regional crosswalk, POC counts and
// stakeholder facts. Values are never edited; the build only splits lists and adds flags.

/** Day-precision DATE for a full ISO date, NULL for YYYY-MM / YYYY / blank (never guessed). */
const day = (c: string) => `CASE WHEN length(${c}) = 10 THEN CAST(${c} AS DATE) END`;
const precision = (c: string) =>
  `CASE length(coalesce(${c}, '')) WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' ELSE 'none' END`;

/**
 * True when a row leans on a derivative source (AI-generated summary or a copy): any of its URLs
 * contains a url prefix of a `derivative` source, or its notes say so (process/DATA.md rule 2).
 */
const derivative = (alias: string, notes: string) => `(EXISTS (
    SELECT 1 FROM raw_sources s, unnest(string_split(s.url_prefixes, ' ')) AS p(prefix)
    WHERE s.strength = 'derivative' AND p.prefix <> '' AND contains(${alias}.source_url, p.prefix))
  OR coalesce(${notes} ILIKE '%AI-generated%' OR ${notes} ILIKE '%derivative%', false))`;

/** One row per event or decision, with typed days beside the dates as written. */
export const processEvents: TableDef = {
  name: 'process_events',
  from: ['process/process_events.csv', 'sources/sources.csv'],
  select: `SELECT e.event_id, e.body, e.title, e.start_date, e.end_date, ${day('e.start_date')} AS start_day,
      ${day('e.end_date')} AS end_day, ${precision('e.start_date')} AS start_precision, e.location, e.kind,
      e.agenda_items, e.documents, e.source_url, e.notes, ${derivative('e', 'e.notes')} AS uses_derivative,
      e_src.source_id
    FROM raw_process_events e ${joinSource('e')}
    ORDER BY coalesce(e.start_date, e.end_date), e.event_id`,
  flags: { derivative_rows: 'count_if(uses_derivative)', no_start_date: 'count_if(start_date IS NULL)' },
};

/** Agenda items split on '; ' in published order; `unconfirmed` when the text says it is not verified. */
export const eventAgendaItems: TableDef = {
  name: 'event_agenda_items',
  from: ['process/process_events.csv'],
  select: `WITH split AS (
      SELECT e.event_id, e.source_url, unnest(string_split(e.agenda_items, '; ')) AS item_text,
        generate_subscripts(string_split(e.agenda_items, '; '), 1) AS item_no
      FROM raw_process_events e WHERE e.agenda_items IS NOT NULL)
    SELECT s.event_id, CAST(s.item_no AS INTEGER) AS item_no, s.event_id || '.' || s.item_no AS item_id,
      trim(s.item_text) AS item_text, regexp_matches(s.item_text, 'not verified|unconfirmed') AS unconfirmed,
      s_src.source_id
    FROM split s ${joinSource('s')} ORDER BY s.event_id, item_no`,
  flags: { unconfirmed: 'count_if(unconfirmed)' },
};

/** Documents named by an event's sources, split on ' ; '. */
export const eventDocuments: TableDef = {
  name: 'event_documents',
  from: ['process/process_events.csv'],
  select: `WITH split AS (
      SELECT e.event_id, e.source_url, unnest(string_split(e.documents, ' ; ')) AS document,
        generate_subscripts(string_split(e.documents, ' ; '), 1) AS doc_no
      FROM raw_process_events e WHERE e.documents IS NOT NULL)
    SELECT s.event_id, CAST(s.doc_no AS INTEGER) AS doc_no, trim(s.document) AS document,
      nullif(regexp_extract(s.document, '^(A/[A-Z0-9./]+)', 1), '') AS un_symbol, s_src.source_id
    FROM split s ${joinSource('s')} ORDER BY s.event_id, doc_no`,
};

/**
 * Proposed norms. related_norm_id is set only where the row itself names an existing norm
 * ("norm (i)") in its status or summary; NULL means the data does not say.
 */
export const normProposals: TableDef = {
  name: 'norm_proposals',
  from: ['process/norm_proposals.csv'],
  select: `SELECT p.proposal_id, p.title, p.summary_own_words, p.proposed_by, p.supported_by, p.forum,
      CAST(p.year AS INTEGER) AS year, p.status,
      nullif(regexp_extract(p.status || ' ' || p.summary_own_words, 'norm \\(([a-k])\\)', 1), '') AS related_norm_id,
      p.source_url, p_src.source_id
    FROM raw_norm_proposals p ${joinSource('p')} ORDER BY p.proposal_id`,
};

const orgCodes = [...NON_STATE_ACTOR_CODES].map((c) => `'${c}'`).join(', ');
// Same pattern as src/validate/backers.ts: codes joined by ';' with an optional parenthetical.
const CODE_LIST = `'^([A-Z]+(;[A-Z]+)*)( \\((.*)\\))?$'`;

/**
 * One row per actor named as proposer or supporter. Code lists become one row per code (states get
 * iso3; listed organisation codes do not); a cell in words stays one row, is_state = false.
 */
export const proposalBackers: TableDef = {
  name: 'proposal_backers',
  from: ['process/norm_proposals.csv'],
  select: `WITH cells AS (
      SELECT proposal_id, 'proposer' AS role, proposed_by AS cell, source_url FROM raw_norm_proposals
      UNION ALL SELECT proposal_id, 'supporter', supported_by, source_url FROM raw_norm_proposals WHERE supported_by IS NOT NULL),
    parsed AS (
      SELECT *, regexp_extract(cell, ${CODE_LIST}, 1) AS codes, regexp_extract(cell, ${CODE_LIST}, 4) AS note FROM cells),
    actors AS (
      SELECT proposal_id, role, source_url, unnest(string_split(codes, ';')) AS actor,
        generate_subscripts(string_split(codes, ';'), 1) AS position, nullif(note, '') AS note, true AS coded
      FROM parsed WHERE codes <> ''
      UNION ALL SELECT proposal_id, role, source_url, cell, 1, NULL, false FROM parsed WHERE codes = '')
    SELECT a.proposal_id, a.role, CAST(a.position AS INTEGER) AS position, a.actor,
      CASE WHEN a.coded AND a.actor NOT IN (${orgCodes}) THEN a.actor END AS iso3,
      a.coded AND a.actor NOT IN (${orgCodes}) AS is_state, a.note, a_src.source_id
    FROM actors a ${joinSource('a')} ORDER BY a.proposal_id, a.role, position`,
  flags: { state_backers: 'count_if(is_state)' },
};

/** Regional measures of ASEAN, OAS, ARF and AU. */
export const regionalMeasures: TableDef = {
  name: 'regional_measures',
  from: ['process/regional_measures.csv'],
  select: `SELECT m.framework, m.item_id, m.title, m.summary_own_words, m.adopted, m.source_url, m_src.source_id
    FROM raw_regional_measures m ${joinSource('m')} ORDER BY m.framework, m.rowid`,
};

/** Measure × norm links with relation, basis and basis_type (stated / editorial / title only). */
export const regionalNormLinks: TableDef = {
  name: 'regional_norm_links',
  from: ['process/regional_norm_links.csv'],
  select: `SELECT l.framework, l.item_id, l.norm_id, l.relation, l.basis, l.basis_type, l.source_url, l_src.source_id
    FROM raw_regional_norm_links l ${joinSource('l')} ORDER BY l.framework, l.item_id, l.norm_id`,
  flags: { editorial: `count_if(basis_type = 'editorial')`, title_only: `count_if(basis_type = 'title_only')` },
};

/** Published counts of the global POC directory (no per-state list is public). */
export const pocDirectoryCounts: TableDef = {
  name: 'poc_directory_counts',
  from: ['process/poc_directory_counts.csv'],
  select: `SELECT CAST(c.as_of AS DATE) AS as_of, c.count_text, CAST(c.count_min AS INTEGER) AS count_min, c.measure,
      c.source_url, c.source_quality, c.notes, c.source_quality ILIKE 'derivative%' AS derivative, c_src.source_id
    FROM raw_poc_directory_counts c ${joinSource('c')} ORDER BY as_of`,
  flags: { derivative_rows: 'count_if(derivative)' },
};

/** Published facts on stakeholder participation, modalities and accreditation. */
export const stakeholderParticipation: TableDef = {
  name: 'stakeholder_participation',
  from: ['process/stakeholder_participation.csv'],
  select: `SELECT s.record_id, s.body, s.date, s.metric, s.value, s.detail_own_words, s.source_url, s.source_quality,
      s.notes, s.source_quality ILIKE 'derivative%' AS derivative, s_src.source_id
    FROM raw_stakeholder_participation s ${joinSource('s')} ORDER BY s.date, s.record_id`,
  flags: { derivative_rows: 'count_if(derivative)' },
};
