import type { ValidationError } from '../types';
import { makeError } from '../report';
import { checkForeignKey, columnValues } from '../keys';
import { GROUP_ACTORS } from '../specs/expectations';
import { hasColumns, records, type Tables } from './tables';

/** Actors are states or group codes; questions exist and are used; inferred rows point at real positions. */
export function checkIlPositions(tables: Tables): ValidationError[] {
  const states = tables['states/states.csv'];
  const positions = tables['il-positions/positions.csv'];
  const documents = tables['il-positions/national_positions.csv'];
  const questions = tables['il-questions/il_questions.csv'];
  const inferred = tables['il-positions/inferred_rows.csv'];
  const sources = tables['sources/sources.csv'];
  const errors: ValidationError[] = [];

  if (states) {
    const iso3 = columnValues(states, 'iso3');
    const parentLabel = `${states.file} (nor a group code AU, EU, NATO)`;
    for (const t of [positions, documents]) {
      if (t) errors.push(...checkForeignKey(t, 'actor_iso3', iso3, { allow: GROUP_ACTORS, parentLabel }));
    }
  }
  if (positions && questions) {
    errors.push(
      ...checkForeignKey(positions, 'question_id', columnValues(questions, 'question_id'), {
        parentLabel: questions.file,
      }),
    );
    errors.push(
      ...checkForeignKey(questions, 'question_id', columnValues(positions, 'question_id'), {
        parentLabel: `${positions.file} (every question must be used)`,
      }),
    );
  }
  if (questions && sources) {
    errors.push(
      ...checkForeignKey(questions, 'source_id', columnValues(sources, 'source_id'), { parentLabel: sources.file }),
    );
  }
  const pair = ['actor_iso3', 'question_id'] as const;
  if (hasColumns(inferred, pair) && hasColumns(positions, pair)) {
    const coded = new Set(records(positions, pair).map((r) => `${r.actor_iso3}|${r.question_id}`));
    records(inferred, pair).forEach((r, i) => {
      if (coded.has(`${r.actor_iso3}|${r.question_id}`)) return;
      const detail = `(${r.actor_iso3}, ${r.question_id}) is not a row of ${positions.file}`;
      errors.push(makeError(inferred.file, i + 1, 'foreign-key', detail, 'actor_iso3'));
    });
  }
  return errors;
}
