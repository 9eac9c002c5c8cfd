import type { ValidationError } from '../types';
import { makeError } from '../report';
import { EXPECTED } from '../specs/expectations';
import { hasColumns, records, type Tables } from './tables';

const COLUMNS = ['iso3', 'un_member', 'un_observer_state', 'un_regional_group'] as const;

/** 195 states, 193 members, group sizes; observers have no group, members have one; USA counted in WEOG. */
export function checkStates(tables: Tables): ValidationError[] {
  const table = tables['states/states.csv'];
  if (!hasColumns(table, COLUMNS)) return [];
  const rows = records(table, COLUMNS);
  const file = table.file;
  const errors: ValidationError[] = [];
  const count = (detail: string) => errors.push(makeError(file, 'file', 'count', detail));

  if (rows.length !== EXPECTED.states) count(`${rows.length} states, expected ${EXPECTED.states}`);
  const members = rows.filter((r) => r.un_member === 'true').length;
  if (members !== EXPECTED.unMembers) count(`${members} rows with un_member = true, expected ${EXPECTED.unMembers}`);
  for (const [group, expected] of Object.entries(EXPECTED.regionalGroups)) {
    const n = rows.filter((r) => r.un_regional_group === group).length;
    if (n !== expected) count(`un_regional_group "${group}" has ${n} states, expected ${expected}`);
  }
  const usa = rows.find((r) => r.iso3 === 'USA');
  if (usa && usa.un_regional_group !== 'WEOG') count(`USA must be counted in WEOG, found "${usa.un_regional_group}"`);

  rows.forEach((r, i) => {
    const member = r.un_member === 'true';
    const consistent = member ? r.un_regional_group !== '' : r.un_regional_group === '';
    if (!consistent) {
      const detail = member ? 'UN member without un_regional_group' : 'non-member with a un_regional_group';
      errors.push(makeError(file, i + 1, 'consistency', detail, 'un_regional_group'));
    }
    if ((r.un_observer_state === 'true') === member) {
      errors.push(
        makeError(file, i + 1, 'consistency', 'un_member and un_observer_state must differ', 'un_observer_state'),
      );
    }
  });
  return errors;
}
