import type { FirstScreen } from '../first-screen';
import { frameworkMemberFactsSql, regionalLinksSql, regionalMeasuresSql } from '../../queries/crosswalk';

/** Regional crosswalk with no keys set. */
export function crosswalkFirstScreen(): FirstScreen {
  return { queries: [regionalLinksSql(), regionalMeasuresSql(), frameworkMemberFactsSql()] };
}
