import type { FirstScreen } from '../first-screen';
import { sourcesSql } from '../../queries/sources';

/** About: the sources behind the data. */
export function aboutFirstScreen(): FirstScreen {
  return { queries: [sourcesSql()] };
}
