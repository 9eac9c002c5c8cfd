import type { FirstScreen } from '../first-screen';
import { agendaItemsSql, eventDocumentsSql, eventsSql } from '../../queries/meetings';
import { topicFactsSql } from '../../queries/desk-facts';
import { tableExistsSql } from '../../queries/export';
import { stateNamesSql } from '../../queries/sources';

/** Meetings with no keys set: the calendar (the shipped database has a survey table). */
export function meetingsFirstScreen(): FirstScreen {
  return {
    queries: [
      stateNamesSql(),
      eventsSql(),
      agendaItemsSql(),
      eventDocumentsSql(),
      tableExistsSql('survey_responses'),
      topicFactsSql(true),
    ],
  };
}
