import type { FirstScreen } from './first-screen';
import { filterOptionsSql } from '../queries/options';
import { stateFactsSql } from '../queries/state-facts';
import { overviewFirstScreen } from './overview/first-screen';
import { normsFirstScreen } from './norms/first-screen';
import { lawFirstScreen } from './law/first-screen';
import { alignmentFirstScreen } from './alignment/first-screen';
import { capacityFirstScreen } from './capacity/first-screen';
import { meetingsFirstScreen } from './meetings/first-screen';
import { proposalsFirstScreen } from './proposals/first-screen';
import { crosswalkFirstScreen } from './crosswalk/first-screen';
import { surveyDraftFirstScreen } from './survey-draft/first-screen';
import { profileFirstScreen } from './profile/first-screen';
import { compareFirstScreen } from './compare/first-screen';
import { briefFirstScreen } from './brief/first-screen';
import { dataFirstScreen } from './data/first-screen';
import { aboutFirstScreen } from './about/first-screen';

/**
 * What every page asks first, whatever the view: the filter bar's options and the per-state
 * facts every filter is reduced over (queries/scope-facts.ts). With them a filter works from
 * the first paint, before DuckDB is ready.
 */
export function sharedFirstScreen(): FirstScreen {
  return { queries: [filterOptionsSql(), stateFactsSql()] };
}

/**
 * Each view's default first screen by view name (node-safe: no Svelte here, so the snapshot
 * build can import it). The Overview's rides in the shared snapshot file with
 * {@link sharedFirstScreen}; every other view gets a file of its own, fetched on navigation.
 */
export const FIRST_SCREENS: Record<string, () => FirstScreen> = {
  overview: overviewFirstScreen,
  norms: normsFirstScreen,
  law: lawFirstScreen,
  alignment: alignmentFirstScreen,
  capacity: capacityFirstScreen,
  meetings: meetingsFirstScreen,
  proposals: proposalsFirstScreen,
  crosswalk: crosswalkFirstScreen,
  'survey-draft': surveyDraftFirstScreen,
  profile: profileFirstScreen,
  compare: compareFirstScreen,
  brief: briefFirstScreen,
  data: dataFirstScreen,
  about: aboutFirstScreen,
};
