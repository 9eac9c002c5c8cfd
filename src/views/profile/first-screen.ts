import type { FirstScreen } from '../first-screen';
import { tableExistsSql } from '../../queries/export';
import { rollCallListSql } from '../../queries/profile';
import { stateNamesSql } from '../../queries/sources';

/** State profile with no state picked. */
export function profileFirstScreen(): FirstScreen {
  return { queries: [stateNamesSql(), rollCallListSql(), tableExistsSql('survey_responses')] };
}
