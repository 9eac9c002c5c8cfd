import type { QuestionSetId } from '../../queries/question-set';
import type { QuestionSort } from './summary';

/** How the actor matrix can be ordered. */
export type ActorSort = 'region' | 'similarity' | 'positions' | 'name';

/** The law view's URL parameters, checked: a mistyped link falls back to defaults. */
export interface LawParams {
  /** focused question (`question=sovereignty_rule`) */
  question: string | null;
  /** compared actors (`actors=FRA|DEU`), at most MAX_COMPARE */
  actors: string[];
  sort: QuestionSort;
  actorSort: ActorSort;
  /** show states covered by a group position as their own layer (`covered=1`) */
  covered: boolean;
  /** count group actors' own stances among the actors (default yes; `group_actors=0`) */
  groupActors: boolean;
  /** open source cell (`cell=FRA.sovereignty_rule`) */
  cell: { actor: string; question: string } | null;
  /** question set: the legal questions (default) or positions in UN debates (`set=debates`) */
  set: QuestionSetId;
  /** debates: count rows from machine-generated meeting summaries too (`ai=1`) */
  includeAi: boolean;
  /** debates: only stances stated in this year (`year=2023`); null = each actor's latest */
  year: number | null;
}

/** Most actors the comparison shows side by side. */
export const MAX_COMPARE = 8;

const QUESTION_SORTS: QuestionSort[] = ['order', 'support', 'consensus', 'divergence', 'coverage'];
const ACTOR_SORTS: ActorSort[] = ['region', 'similarity', 'positions', 'name'];
const ACTOR = /^[A-Z0-9]{2,5}$/;
const QUESTION = /^[a-z][a-z_]{1,40}$/;

/** Reads the law view's parameters from `app.params`. */
export function parseLawParams(p: Record<string, string>): LawParams {
  const actors = [...new Set((p.actors ?? '').split('|').filter((a) => ACTOR.test(a)))].slice(0, MAX_COMPARE);
  const [cellActor, cellQuestion] = (p.cell ?? '').split('.', 2);
  return {
    question: p.question && QUESTION.test(p.question) ? p.question : null,
    actors,
    sort: QUESTION_SORTS.includes(p.sort as QuestionSort) ? (p.sort as QuestionSort) : 'order',
    actorSort: ACTOR_SORTS.includes(p.actor_sort as ActorSort) ? (p.actor_sort as ActorSort) : 'region',
    covered: p.covered === '1',
    groupActors: p.group_actors !== '0',
    cell: cellActor && cellQuestion && ACTOR.test(cellActor) && QUESTION.test(cellQuestion) ? { actor: cellActor, question: cellQuestion } : null,
    set: p.set === 'debates' ? 'debates' : 'law',
    includeAi: p.ai === '1',
    year: /^(19|20)\d\d$/.test(p.year ?? '') ? Number(p.year) : null,
  };
}

/** `actors` with `id` added or removed, as the URL value (null when empty). */
export function toggleActor(actors: string[], id: string): string | null {
  const next = actors.includes(id) ? actors.filter((a) => a !== id) : [...actors, id].slice(-MAX_COMPARE);
  return next.length ? next.join('|') : null;
}
