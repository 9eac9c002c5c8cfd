import { GCI_PILLARS, type GciPillar } from '../../queries/capacity';
import { declareParams, local, oneOf, SHARED, token } from '../../state/params';

/** The roll call the vote map shows when the link names none. */
export const DEFAULT_RES = 'A/RES/77/37';

/**
 * The Overview's URL parameters: the map indicator (`ind`) and its option (`pillar`, `q`,
 * `norm`, `res`), plus the shared selection and map form.
 */
export const overviewUrl = declareParams('overview', {
  state: SHARED.state,
  map: SHARED.map,
  ind: local(
    oneOf(['group', 'gci', 'vote', 'yes', 'legal', 'stance', 'debate', 'rung', 'cosponsor'] as const),
    'group',
  ),
  pillar: local(oneOf(GCI_PILLARS.map((p) => p.id) as GciPillar[]), 'overall'),
  // No default here: the legal and the debate question sets each have their own default question.
  q: local(token(/^[a-z][a-z_]{1,40}$/)),
  /** evidence rung map: the norm (`norm=d`; default a) */
  norm: local(token(/^[a-k]$/)),
  // Any resolution symbol as written; an unknown one simply matches no votes.
  res: local(token(/^[\s\S]+$/), DEFAULT_RES),
});
