import { parseFocus } from '../../export/brief/focus';
import { declareParams, iso3, local, oneOf, SHARED, token, type Codec } from '../../state/params';

/**
 * The brief's subject (`focus=norm:g`, `state:FRA`, `item:gm-2026-dtg.1` …), read by
 * `parseFocus`; kept as written so a link rebuilds the same brief.
 */
const focus: Codec<string> = { decode: (raw) => (parseFocus(raw) ? raw : undefined), encode: (v) => v };

/** The Brief's URL parameters. */
export const briefUrl = declareParams('brief', {
  state: SHARED.state,
  focus: local(focus),
  /** the delegation the brief is written for (`audience=KEN`) */
  audience: local(iso3),
  paper: local(oneOf(['A4', 'Letter'] as const), 'A4'),
  /** data version the link was made with (`v=…`), to warn when the data has changed since */
  v: local(token(/^[\s\S]+$/)),
});
