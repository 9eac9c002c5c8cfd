import type { FirstScreen } from '../first-screen';
import { briefDebateQuestionsSql, briefItemsSql, organisationsSql } from '../../queries/brief';
import { agendaChoicesSql } from '../../queries/meetings';
import { stateNamesSql } from '../../queries/sources';

/** Brief with nothing picked: the choices. */
export function briefFirstScreen(): FirstScreen {
  return {
    queries: [stateNamesSql(), briefItemsSql(), organisationsSql(), agendaChoicesSql(), briefDebateQuestionsSql()],
  };
}
