import type { ValidationError } from '../types';
import { checkForeignKey, columnValues } from '../keys';
import type { Tables } from './tables';

/** Capacity rows name known states. */
export function checkCapacity(tables: Tables): ValidationError[] {
  const states = tables['states/states.csv'];
  const capacity = tables['norms-capacity/capacity.csv'];
  if (!states || !capacity) return [];
  return checkForeignKey(capacity, 'iso3', columnValues(states, 'iso3'), { parentLabel: states.file });
}
