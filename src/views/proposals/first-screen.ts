import type { FirstScreen } from '../first-screen';
import { backerFactsSql, newNormStanceFactsSql, proposalsSql } from '../../queries/proposals';
import { tableExistsSql } from '../../queries/export';

/** Proposed norms with no keys set (the shipped database has the statements table). */
export function proposalsFirstScreen(): FirstScreen {
  return { queries: [proposalsSql(), backerFactsSql(), tableExistsSql('statements'), newNormStanceFactsSql()] };
}
