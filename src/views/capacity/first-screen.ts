import type { FirstScreen } from '../first-screen';
import { capacityScoresSql, capacitySourcesSql } from '../../queries/capacity';
import { needOfferFactsSql } from '../../queries/capacity-survey-facts';
import { tableExistsSql } from '../../queries/export';

/** Capacity with no keys set: grouped by UN regional group, illustrative off, no import. */
export function capacityFirstScreen(): FirstScreen {
  return {
    queries: [
      capacityScoresSql(),
      capacitySourcesSql(),
      tableExistsSql('survey_responses'),
      // The view tags the SQL with the import version, so a new import is a new query.
      needOfferFactsSql('group', false, false) + ' /* import 0 */',
    ],
  };
}
