import type { DatasetSpec } from '../../queries/export';

/** Downloadable rows behind the Meetings view (the process is not per state: no scope join). */
export const MEETING_DATASETS: DatasetSpec[] = [
  {
    name: 'process-events',
    title: 'Process events',
    description:
      'Events and decisions of the UN process 2020–2026 and related regional processes, dates as written (blank = not found), with the derivative flag and source.',
    sql: 'SELECT * FROM process_events ORDER BY coalesce(start_date, end_date) NULLS LAST, event_id',
  },
  {
    name: 'agenda-items',
    title: 'Agenda items',
    description:
      'Agenda items as published or reported, one row per item; unconfirmed = reported but not verified as adopted.',
    sql: 'SELECT * FROM event_agenda_items ORDER BY event_id, item_no',
  },
  {
    name: 'event-documents',
    title: 'Documents named for each event',
    description: 'Documents and UN symbols named by the sources of each event.',
    sql: 'SELECT * FROM event_documents ORDER BY event_id, doc_no',
  },
];

/** Rows behind the points-of-contact and stakeholders tab. */
export const PARTICIPATION_DATASETS: DatasetSpec[] = [
  {
    name: 'poc-directory-counts',
    title: 'POC directory counts',
    description: 'Published counts of the global POC directory with the source wording; no per-state list is public.',
    sql: 'SELECT * FROM poc_directory_counts ORDER BY as_of',
  },
  {
    name: 'stakeholder-participation',
    title: 'Stakeholder participation',
    description:
      'Published facts on stakeholder modalities and accreditation, with source quality and the derivative flag.',
    sql: 'SELECT * FROM stakeholder_participation ORDER BY date, record_id',
  },
];
