import type { FirstScreen } from '../first-screen';
import { tableExistsSql } from '../../queries/export';
import { stateNamesSql } from '../../queries/sources';

/** Compare with no states picked. */
export function compareFirstScreen(): FirstScreen {
  return { queries: [stateNamesSql(), tableExistsSql('survey_responses')] };
}
