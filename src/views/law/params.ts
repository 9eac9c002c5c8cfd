import type { QuestionSetId } from '../../queries/question-set';
import type { QuestionSort } from './summary';
import { declareParams, flag, list, local, oneOf, pair, SHARED, token, year } from '../../state/params';

/** How the actor matrix can be ordered. */
export type ActorSort = 'region' | 'similarity' | 'positions' | 'name';

/** Most actors the comparison shows side by side. */
export const MAX_COMPARE = 8;

const QUESTION_SORTS: QuestionSort[] = ['order', 'support', 'consensus', 'divergence', 'coverage'];
const ACTOR_SORTS: ActorSort[] = ['region', 'similarity', 'positions', 'name'];
const ACTOR = token(/^[A-Z0-9]{2,5}$/);
const QUESTION = token(/^[a-z][a-z_]{1,40}$/);

/** The law view's URL parameters (a mistyped link falls back to defaults). */
export const lawUrl = declareParams('law', {
  map: SHARED.map,
  /** focused question (`question=sovereignty_rule`) */
  question: local(QUESTION),
  /** compared actors (`actors=FRA|DEU`), at most MAX_COMPARE */
  actors: local(list(ACTOR, { max: MAX_COMPARE }), []),
  sort: local(oneOf(QUESTION_SORTS), 'order'),
  actorSort: local(oneOf(ACTOR_SORTS), 'region').as('actor_sort'),
  /** show states covered by a group position as their own layer (`covered=1`) */
  covered: local(flag, false),
  /** count group actors' own stances among the actors (default yes; `group_actors=0`) */
  groupActors: local(flag, true).as('group_actors'),
  /** open source cell (`cell=FRA.sovereignty_rule`) */
  cell: local(pair('.', ['actor', ACTOR], ['question', QUESTION])),
  /** question set: the legal questions (default) or positions in UN debates (`set=debates`) */
  set: local(oneOf<QuestionSetId>(['law', 'debates']), 'law'),
  /** debates: count rows from machine-generated meeting summaries too (`ai=1`) */
  includeAi: local(flag, false).as('ai'),
  /** debates: only stances stated in this year (`year=2023`); null = each actor's latest */
  year: local(year(/^(19|20)\d\d$/)),
  /** two groups or organisations compared side by side (`vs=EU|African`) */
  vs: local(list(token(/^[A-Za-z][A-Za-z0-9 _-]{1,40}$/)), []),
});

/** The law view's parameters as typed values. */
export type LawParams = typeof lawUrl.value;

/** `actors` with `id` added or removed. */
export function toggleActor(actors: readonly string[], id: string): string[] {
  return actors.includes(id) ? actors.filter((a) => a !== id) : [...actors, id].slice(-MAX_COMPARE);
}
