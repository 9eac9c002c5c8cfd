import type { RawTable, ValidationError } from '../types';
import { makeError } from '../report';
import { checkForeignKey, columnValues } from '../keys';
import { EXPECTED } from '../specs/expectations';
import { hasColumns, records, type Tables } from './tables';

/** Kinds of per_state that come with a roll call in votes.csv (inferred kept for a future row). */
export const RECORDED_KINDS: ReadonlySet<string> = new Set(['confirmed', 'inferred']);

/** Resolution ids whose per_state says a roll call exists (confirmed or inferred). */
function recordedResolutions(resolutions: RawTable): Set<string> {
  if (!hasColumns(resolutions, ['resolution_id', 'per_state'])) return new Set();
  return new Set(
    records(resolutions, ['resolution_id', 'per_state'])
      .filter((r) => RECORDED_KINDS.has(r.per_state))
      .map((r) => r.resolution_id),
  );
}

/** Roll calls: exactly one row per UN member for every recorded resolution. */
function checkRollCalls(votes: RawTable, expectedIds: Set<string>): ValidationError[] {
  if (!hasColumns(votes, ['resolution_id'])) return [];
  const counts = new Map<string, number>();
  for (const r of records(votes, ['resolution_id']))
    counts.set(r.resolution_id, (counts.get(r.resolution_id) ?? 0) + 1);
  for (const id of expectedIds) if (!counts.has(id)) counts.set(id, 0);
  const errors: ValidationError[] = [];
  for (const [id, n] of counts) {
    if (n !== EXPECTED.rollCallRows) {
      const detail = `roll call "${id}" has ${n} vote rows, expected ${EXPECTED.rollCallRows}`;
      errors.push(makeError(votes.file, 'file', 'count', detail, 'resolution_id'));
    }
  }
  return errors;
}

/** A resolution is either adopted without a vote (no roll call, no totals) or recorded (totals summing to 193). */
function checkModality(resolutions: RawTable): ValidationError[] {
  const cols = ['resolution_id', 'adopted_without_vote', 'per_state', 'yes', 'no', 'abstain', 'absent'] as const;
  if (!hasColumns(resolutions, cols)) return [];
  const errors: ValidationError[] = [];
  records(resolutions, cols).forEach((r, i) => {
    const counts = [r.yes, r.no, r.abstain, r.absent];
    if (r.adopted_without_vote === 'true') {
      if (RECORDED_KINDS.has(r.per_state) || counts.some((c) => c !== '')) {
        const detail = `${r.resolution_id} is adopted without a vote but has per_state "${r.per_state}" or totals`;
        errors.push(makeError(resolutions.file, i + 1, 'consistency', detail, 'adopted_without_vote'));
      }
    } else if (r.adopted_without_vote === 'false') {
      const sum = counts.reduce((s, c) => s + Number(c || NaN), 0);
      if (!RECORDED_KINDS.has(r.per_state) || sum !== EXPECTED.rollCallRows) {
        const detail = `${r.resolution_id} is a recorded vote: per_state must be confirmed or inferred and yes+no+abstain+absent = ${EXPECTED.rollCallRows} (found ${r.per_state}, ${counts.join('+')})`;
        errors.push(makeError(resolutions.file, i + 1, 'consistency', detail, 'yes'));
      }
    }
  });
  return errors;
}

/** Named ISO3 tokens of a First Committee list column (group labels are kept as text, not checked). */
function checkNamedLists(fc: RawTable, stateIds: Set<string>): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const column of ['named_no_iso3', 'named_abstain_iso3'] as const) {
    if (!hasColumns(fc, [column])) continue;
    records(fc, [column]).forEach((r, i) => {
      for (const token of r[column].split(';').filter((t) => /^[A-Z]{3}$/.test(t))) {
        if (!stateIds.has(token))
          errors.push(makeError(fc.file, i + 1, 'foreign-key', `${column} "${token}" is not in states.csv`, column));
      }
    });
  }
  return errors;
}

/** Vote files agree with states and resolutions; sponsors and committee rows resolve. */
export function checkVotes(tables: Tables): ValidationError[] {
  const states = tables['states/states.csv'];
  const resolutions = tables['unga-votes/resolutions.csv'];
  const votes = tables['unga-votes/votes.csv'];
  const errors: ValidationError[] = [];
  const members =
    states && hasColumns(states, ['iso3', 'un_member'])
      ? new Set(
          records(states, ['iso3', 'un_member'])
            .filter((r) => r.un_member === 'true')
            .map((r) => r.iso3),
        )
      : undefined;
  if (resolutions) errors.push(...checkModality(resolutions));
  if (votes) {
    if (members && states)
      errors.push(...checkForeignKey(votes, 'iso3', members, { parentLabel: `${states.file} (un_member = true)` }));
    const ids = resolutions ? recordedResolutions(resolutions) : new Set<string>();
    if (resolutions) {
      errors.push(
        ...checkForeignKey(votes, 'resolution_id', ids, {
          parentLabel: `${resolutions.file} (per_state = confirmed or inferred)`,
        }),
      );
    }
    errors.push(...checkRollCalls(votes, ids));
  }
  const resolutionIds = columnValues(resolutions, 'resolution_id');
  const stateIds = columnValues(states, 'iso3');
  const sponsors = tables['unga-votes/sponsors.csv'];
  if (sponsors) {
    if (resolutions)
      errors.push(...checkForeignKey(sponsors, 'resolution_id', resolutionIds, { parentLabel: resolutions.file }));
    if (states)
      errors.push(
        ...checkForeignKey(sponsors, 'iso3_or_group', stateIds, {
          parentLabel: states.file,
          allow: new Set(['(none listed)']),
        }),
      );
  }
  const fc = tables['unga-votes/first_committee.csv'];
  if (fc) {
    if (resolutions)
      errors.push(...checkForeignKey(fc, 'plenary_resolution', resolutionIds, { parentLabel: resolutions.file }));
    if (states) errors.push(...checkNamedLists(fc, stateIds));
  }
  return errors;
}
