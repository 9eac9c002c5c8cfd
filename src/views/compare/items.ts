/** Turns the compare queries' long rows into comparison items (one per table row). */
import type { ComparePositionRow, CompareVoteRow } from '../../queries/compare';
import type { SurveyStatusRow } from '../../queries/survey-status';
import { rowId, type CompareItem } from './model';

function pivot<R extends { iso3: string }>(
  rows: readonly R[],
  states: readonly string[],
  key: (r: R) => string,
  make: (first: R) => Omit<CompareItem, 'answers' | 'flagged'>,
  answer: (r: R) => string | null,
  flag: (r: R) => boolean,
): CompareItem[] {
  const index = new Map(states.map((s, i) => [s, i]));
  const items = new Map<string, CompareItem>();
  for (const r of rows) {
    const i = index.get(r.iso3);
    if (i === undefined) continue;
    const k = key(r);
    let item = items.get(k);
    if (!item) items.set(k, (item = { ...make(r), answers: states.map(() => null), flagged: false }));
    item.answers[i] = answer(r);
    if (flag(r)) item.flagged = true;
  }
  return [...items.values()];
}

/** Roll calls: an absence (X) is no answer, not a position. */
export function voteItems(rows: readonly CompareVoteRow[], states: readonly string[]): CompareItem[] {
  return pivot(
    rows,
    states,
    (r) => r.resolution_id,
    (r) => ({ section: 'votes', key: r.resolution_id, rowId: rowId('votes', r.resolution_id), label: r.short_label }),
    (r) => (r.vote === 'X' ? null : r.vote),
    (r) => r.identification === 'inferred',
  );
}

/** Legal questions: flagged when any shown stance is inferred or weakly sourced. */
export function lawItems(rows: readonly ComparePositionRow[], states: readonly string[]): CompareItem[] {
  return pivot(
    rows,
    states,
    (r) => r.question_id,
    (r) => ({ section: 'law', key: r.question_id, rowId: rowId('law', r.question_id), label: r.short_title }),
    (r) => r.stance,
    (r) => r.inferred === true || r.source_strength === 'secondary' || r.source_strength === 'derivative',
  );
}

/** Norms from the survey: flagged when any answer is illustrative. */
export function normItems(rows: readonly SurveyStatusRow[], states: readonly string[]): CompareItem[] {
  return pivot(
    rows,
    states,
    (r) => r.norm_id,
    (r) => ({
      section: 'norms',
      key: r.norm_id,
      rowId: rowId('norms', r.norm_id),
      label: `(${r.norm_id}) ${r.short_title}`,
    }),
    (r) => r.status,
    (r) => r.origin === 'illustrative',
  );
}
