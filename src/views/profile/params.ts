import { declareParams, SHARED } from '../../state/params';

/** The State profile's URL parameter: the shared selected state. */
export const profileUrl = declareParams('profile', { state: SHARED.state });
