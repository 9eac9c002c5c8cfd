import type { FirstScreen } from '../first-screen';
import { catalogSql } from '../../queries/console';

/** Data with no table open: the catalogue. */
export function dataFirstScreen(): FirstScreen {
  return { queries: [catalogSql()] };
}
