import type { ValidationError } from '../types';
import { makeError } from '../report';
import { checkForeignKey, columnValues } from '../keys';
import { NON_STATE_MEMBERS } from '../specs/expectations';
import { hasColumns, records, type Tables } from './tables';

/** Membership iso3 and org_id resolve; each organisation has its documented row count and one name. */
export function checkMemberships(tables: Tables): ValidationError[] {
  const memberships = tables['states/memberships.csv'];
  const states = tables['states/states.csv'];
  const orgs = tables['states/organisations.csv'];
  const errors: ValidationError[] = [];
  if (!memberships) return errors;
  if (states) {
    errors.push(
      ...checkForeignKey(memberships, 'iso3', columnValues(states, 'iso3'), {
        allow: NON_STATE_MEMBERS,
        parentLabel: `${states.file} (nor an allowlisted non-state entity)`,
      }),
    );
  }
  if (!orgs || !hasColumns(orgs, ['org_id', 'expected_rows'])) return errors;
  errors.push(...checkForeignKey(memberships, 'org_id', columnValues(orgs, 'org_id'), { parentLabel: orgs.file }));
  if (!hasColumns(memberships, ['org_id', 'org_name'])) return errors;

  const rows = records(memberships, ['org_id', 'org_name']);
  records(orgs, ['org_id', 'expected_rows']).forEach((org, i) => {
    const mine = rows.filter((r) => r.org_id === org.org_id);
    if (String(mine.length) !== org.expected_rows) {
      const detail = `${org.org_id} has ${mine.length} rows in ${memberships.file}, expected ${org.expected_rows}`;
      errors.push(makeError(orgs.file, i + 1, 'count', detail, 'expected_rows'));
    }
    const names = new Set(mine.map((r) => r.org_name));
    if (names.size > 1) {
      const detail = `${org.org_id} has several org_name values in ${memberships.file}: ${[...names].join(' | ')}`;
      errors.push(makeError(orgs.file, i + 1, 'consistency', detail, 'org_id'));
    }
  });
  return errors;
}
