import type { Stance } from '../../analysis/ordinal';
import { similarityOrder } from '../../analysis/stance-agreement';
import type { LawScopeRow } from '../../queries/law';
import { NO_GROUP, UN_GROUPS, groupRank } from '../../vocab/groups';
import type { LawPositionRow } from '../../queries/law-positions';
import type { QuestionSetId } from '../../queries/question-set';
import { missingKind, type DocumentCoverage, type MissingKind } from './coding';
import type { ActorSort } from './params';
import { compareNames } from '../../vocab/format';

/** One actor in scope with its positions keyed by question. */
export interface LawActor {
  id: string;
  name: string;
  kind: 'state' | 'group';
  unGroup: string | null;
  membersInScope: number | null;
  /** the position rows, keyed by question_id */
  cells: Map<string, LawPositionRow>;
  /** stance per question in the questions' display order, null = silent */
  stances: (Stance | null)[];
  positions: number;
  /** known position documents and those the coding used (law set only) */
  docs: DocumentCoverage | undefined;
  /** what a question without a stance means for this actor */
  missing: MissingKind;
}

/**
 * The actors in scope with their positions.
 * @param scope rows of `lawScopeSql` (only `actor` rows are read)
 * @param positions every position (`lawPositionsSql`); those of actors out of scope are ignored
 * @param questionIds question ids in display order (the stance vectors follow it)
 * @param coverage per actor, known documents and those used (`lawActorDocumentsSql`)
 * @param set the question set: in the debates set a missing stance is "no statement coded"
 */
export function buildActors(
  scope: LawScopeRow[],
  positions: LawPositionRow[],
  questionIds: string[],
  coverage: ReadonlyMap<string, DocumentCoverage> = new Map(),
  set: QuestionSetId = 'law',
): LawActor[] {
  const byId = new Map<string, LawActor>();
  for (const r of scope) {
    if (r.row !== 'actor' || r.actor_id === null) continue;
    byId.set(r.actor_id, {
      id: r.actor_id,
      name: r.actor_name ?? r.actor_id,
      kind: r.kind,
      unGroup: r.kind === 'state' && r.bucket !== NO_GROUP ? r.bucket : null,
      membersInScope: r.kind === 'group' ? r.n : null,
      cells: new Map(),
      stances: [],
      positions: 0,
      docs: coverage.get(r.actor_id),
      missing: 'silent',
    });
  }
  for (const p of positions) byId.get(p.actor_id)?.cells.set(p.question_id, p);
  for (const a of byId.values()) {
    a.stances = questionIds.map((q) => a.cells.get(q)?.stance ?? null);
    a.positions = a.cells.size;
    a.missing = set === 'debates' ? 'no_statement' : missingKind(a.docs, a.positions);
  }
  return [...byId.values()];
}

const byName = (a: LawActor, b: LawActor) => compareNames(a.name, b.name);

/** Rank of an actor's block when sorting by region: the five groups, then others, then group actors. */
export function regionRank(a: LawActor): number {
  return a.kind === 'group' ? UN_GROUPS.length + 1 : groupRank(a.unGroup);
}

/**
 * Orders actors for the matrix. `similarity` puts the reference actor (the first compared one)
 * first and the rest by their share of identical stances with it; without a reference it
 * chains similar actors next to each other.
 */
export function sortActors(list: LawActor[], key: ActorSort, reference: string | null): LawActor[] {
  switch (key) {
    case 'name':
      return [...list].sort(byName);
    case 'positions':
      return [...list].sort((a, b) => b.positions - a.positions || byName(a, b));
    case 'similarity': {
      const base = [...list].sort(byName);
      const ref = reference ? base.findIndex((a) => a.id === reference) : -1;
      const order = similarityOrder(
        base.map((a) => a.stances),
        ref === -1 ? undefined : ref,
      );
      return order.map((i) => base[i]);
    }
    default:
      return [...list].sort((a, b) => regionRank(a) - regionRank(b) || byName(a, b));
  }
}

/** Actor names per question and stance, so statements can name a small minority. */
export function namesByQuestion(list: LawActor[]): Map<string, Partial<Record<Stance, string[]>>> {
  const m = new Map<string, Partial<Record<Stance, string[]>>>();
  for (const a of list) {
    for (const [qid, r] of a.cells) {
      if (!r.stance) continue;
      const e = m.get(qid) ?? {};
      (e[r.stance] ??= []).push(a.name);
      m.set(qid, e);
    }
  }
  return m;
}
