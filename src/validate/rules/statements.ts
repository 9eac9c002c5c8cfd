import type { ValidationError } from '../types';
import { checkForeignKey, columnValues } from '../keys';
import { STATEMENT_GROUP_ACTORS } from '../specs/statements';
import type { Tables } from './tables';

/** Statement actors are states or the listed group codes; every question exists and is used. */
export function checkStatements(tables: Tables): ValidationError[] {
  const states = tables['states/states.csv'];
  const statements = tables['statements/statements.csv'];
  const questions = tables['statements/questions.csv'];
  const errors: ValidationError[] = [];
  if (states && statements) {
    const parentLabel = `${states.file} (nor a group code ${[...STATEMENT_GROUP_ACTORS].join(', ')})`;
    errors.push(
      ...checkForeignKey(statements, 'actor_id', columnValues(states, 'iso3'), {
        allow: STATEMENT_GROUP_ACTORS,
        parentLabel,
      }),
    );
  }
  if (statements && questions) {
    errors.push(
      ...checkForeignKey(statements, 'question_id', columnValues(questions, 'question_id'), {
        parentLabel: questions.file,
      }),
    );
    errors.push(
      ...checkForeignKey(questions, 'question_id', columnValues(statements, 'question_id'), {
        parentLabel: `${statements.file} (every question must be used)`,
      }),
    );
  }
  return errors;
}
