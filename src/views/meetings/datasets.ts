import type { DatasetSpec } from '../../queries/export';
import { unEventSql } from '../../queries/meetings';

/**
 * Downloadable rows behind the Meetings view (the process is not per state: no scope join). With
 * `show = 'un'` they hold the UN process's events only, as the calendar on screen does.
 */
export function meetingDatasets(show: 'all' | 'un'): DatasetSpec[] {
  const un = show === 'un';
  const where = (col: string) => (un ? ` WHERE ${unEventSql(col)}` : '');
  const which = un ? 'the UN process only' : 'the UN process 2020–2026 and related regional processes';
  return [
    {
      name: 'process-events',
      title: 'Process events',
      description: `Events and decisions of ${which}, dates as written (blank = not found), with the derivative flag and source.`,
      sql: `SELECT * FROM process_events${where('event_id')} ORDER BY coalesce(start_date, end_date) NULLS LAST, event_id`,
    },
    {
      name: 'agenda-items',
      title: 'Agenda items',
      description: `Agenda items of ${which} as published or reported, one row per item; unconfirmed = reported but not verified as adopted.`,
      sql: `SELECT * FROM event_agenda_items${where('event_id')} ORDER BY event_id, item_no`,
    },
    {
      name: 'event-documents',
      title: 'Documents named for each event',
      description: `Documents and UN symbols named by the sources of each event of ${which}.`,
      sql: `SELECT * FROM event_documents${where('event_id')} ORDER BY event_id, doc_no`,
    },
  ];
}

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
