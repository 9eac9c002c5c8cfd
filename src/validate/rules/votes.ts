import type { RawTable, ValidationError } from '../types';
import { makeError } from '../report';
import { checkForeignKey, columnValues } from '../keys';
import { EXPECTED } from '../specs/expectations';
import { hasColumns, records, type Tables } from './tables';

/** Resolution ids whose per_country value is exactly `kind` (confirmed → votes.csv, inferred → votes_inferred.csv). */
function resolutionsWith(resolutions: RawTable, kind: string): Set<string> {
  if (!hasColumns(resolutions, ['resolution_id', 'per_country'])) return new Set();
  return new Set(records(resolutions, ['resolution_id', 'per_country']).filter((r) => r.per_country === kind).map((r) => r.resolution_id));
}

/** Roll calls: one row per UN member, each resolution's roll call present, voters are members. */
function checkRollCalls(votes: RawTable, expectedIds: Set<string>, kind: string): ValidationError[] {
  if (!hasColumns(votes, ['resolution_id'])) return [];
  const counts = new Map<string, number>();
  for (const r of records(votes, ['resolution_id'])) counts.set(r.resolution_id, (counts.get(r.resolution_id) ?? 0) + 1);
  for (const id of expectedIds) if (!counts.has(id)) counts.set(id, 0);
  const errors: ValidationError[] = [];
  for (const [id, n] of counts) {
    if (n !== EXPECTED.rollCallRows) {
      const detail = `roll call "${id}" (per_country = ${kind}) has ${n} vote rows, expected ${EXPECTED.rollCallRows}`;
      errors.push(makeError(votes.file, 'file', 'count', detail, 'resolution_id'));
    }
  }
  return errors;
}

/** Vote files agree with states and resolutions; sponsors and First Committee names resolve. */
export function checkVotes(tables: Tables): ValidationError[] {
  const states = tables['states/states.csv'];
  const resolutions = tables['unga-votes/resolutions.csv'];
  const errors: ValidationError[] = [];
  const members = states && hasColumns(states, ['iso3', 'un_member'])
    ? new Set(records(states, ['iso3', 'un_member']).filter((r) => r.un_member === 'true').map((r) => r.iso3))
    : undefined;
  const pairs = [
    [tables['unga-votes/votes.csv'], 'confirmed'],
    [tables['unga-votes/votes_inferred.csv'], 'inferred'],
  ] as const;
  for (const [votes, kind] of pairs) {
    if (!votes) continue;
    if (members && states) {
      errors.push(...checkForeignKey(votes, 'iso3', members, { parentLabel: `${states.file} (un_member = true)` }));
    }
    if (resolutions) {
      const ids = resolutionsWith(resolutions, kind);
      errors.push(...checkForeignKey(votes, 'resolution_id', ids, { parentLabel: `${resolutions.file} (per_country = ${kind})` }));
      errors.push(...checkRollCalls(votes, ids, kind));
    } else {
      errors.push(...checkRollCalls(votes, new Set(), kind));
    }
  }
  for (const path of ['unga-votes/sponsors.csv', 'unga-votes/fc_named_votes.csv'] as const) {
    const t = tables[path];
    if (!t) continue;
    if (resolutions) {
      errors.push(...checkForeignKey(t, 'resolution_id', columnValues(resolutions, 'resolution_id'), { parentLabel: resolutions.file }));
    }
    if (states) errors.push(...checkForeignKey(t, 'iso3', columnValues(states, 'iso3'), { parentLabel: states.file }));
  }
  return errors;
}
