import { declareParams, SHARED } from '../../state/params';

/** The Survey draft's URL parameter: the shared selected state. */
export const surveyDraftUrl = declareParams('survey-draft', { state: SHARED.state });
