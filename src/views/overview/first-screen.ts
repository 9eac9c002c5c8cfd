import type { FirstScreen } from '../first-screen';
import { mapValuesSql, rollCallsSql } from '../../queries/overview';

/** Overview with no keys set: the map coloured by UN regional group. */
export function overviewFirstScreen(): FirstScreen {
  return { queries: [rollCallsSql(), mapValuesSql({ kind: 'group' })] };
}
