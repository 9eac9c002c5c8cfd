import { declareParams, iso3, local, oneOf, SHARED, type Codec } from '../../state/params';
import { todayOf } from './dates';

/** A calendar date `YYYY-MM-DD` that parses (`today=2026-12-04`, for tests and what-ifs). */
const date: Codec<string> = {
  decode: (raw) => (todayOf(raw) === raw ? raw : undefined),
  encode: (v) => v,
};

/** The Meetings desk's URL parameters. */
export const meetingsUrl = declareParams('meetings', {
  state: SHARED.state,
  tab: local(oneOf(['calendar', 'participation'] as const), 'calendar'),
  show: local(oneOf(['all', 'un'] as const), 'all'),
  /** the delegation briefs are written for (`audience=KEN`) */
  audience: local(iso3),
  /** "today" for the timeline; null = the real date */
  today: local(date),
});
