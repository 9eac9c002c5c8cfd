import { declareParams, iso3, local, oneOf, SHARED, type Codec } from '../../state/params';

/** A calendar date `YYYY-MM-DD` that parses (`today=2026-12-04`, for tests and what-ifs). */
const date: Codec<string> = {
  decode: (raw) => (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? raw : undefined),
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
