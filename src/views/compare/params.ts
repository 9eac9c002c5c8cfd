import { declareParams, ISO3, list, local, SHARED, token } from '../../state/params';

/** The Compare view's URL parameters: the states compared (`states=FRA|DEU`, any case). */
export const compareUrl = declareParams('compare', {
  state: SHARED.state,
  states: local(list(token(ISO3, (s) => s.trim().toUpperCase())), []),
});
