import type { FirstScreen } from '../first-screen';
import { tableExistsSql } from '../../queries/export';
import { stateNamesSql } from '../../queries/sources';

/** Survey draft with no state picked. */
export function surveyDraftFirstScreen(): FirstScreen {
  return { queries: [stateNamesSql(), tableExistsSql('norm_evidence')] };
}
