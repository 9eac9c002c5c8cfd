/** Number formats of the Law view: the app's shared ones (share as percent, two decimals, plurals). */
export { pct, num as dec, plural } from '../../vocab/format';
