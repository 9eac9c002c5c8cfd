import type { RawTable, ValidationError } from '../types';
import { makeError } from '../report';
import { hasColumns, records, type Tables } from './tables';

const TOTALS = ['resolution_id', 'per_country', 'yes', 'no', 'abstain', 'non_voting', 'voeten_rcid'] as const;

/** Y / N / A / X counts and the set of roll-call ids per resolution in a vote file. */
function tally(votes: RawTable | undefined): Map<string, { Y: number; N: number; A: number; X: number; rcids: Set<string> }> {
  const result = new Map<string, { Y: number; N: number; A: number; X: number; rcids: Set<string> }>();
  if (!hasColumns(votes, ['resolution_id', 'vote'])) return result;
  const withRcid = votes.header.includes('voeten_rcid');
  for (const r of records(votes, ['resolution_id', 'vote', 'voeten_rcid'])) {
    const t = result.get(r.resolution_id) ?? { Y: 0, N: 0, A: 0, X: 0, rcids: new Set<string>() };
    if (r.vote === 'Y' || r.vote === 'N' || r.vote === 'A' || r.vote === 'X') t[r.vote] += 1;
    if (withRcid) t.rcids.add(r.voeten_rcid);
    result.set(r.resolution_id, t);
  }
  return result;
}

/** For every roll call, Y+N+A+X per code equal the totals in resolutions.csv, and the rcid agrees. */
export function checkTotals(tables: Tables): ValidationError[] {
  const resolutions = tables['unga-votes/resolutions.csv'];
  if (!hasColumns(resolutions, TOTALS)) return [];
  const byKind = {
    confirmed: { file: tables['unga-votes/votes.csv'], tally: tally(tables['unga-votes/votes.csv']) },
    inferred: { file: tables['unga-votes/votes_inferred.csv'], tally: tally(tables['unga-votes/votes_inferred.csv']) },
  };
  const errors: ValidationError[] = [];
  records(resolutions, TOTALS).forEach((r, i) => {
    if (r.per_country !== 'confirmed' && r.per_country !== 'inferred') return;
    const source = byKind[r.per_country];
    const counted = source.tally.get(r.resolution_id);
    if (!source.file || !counted) return; // a missing roll call is reported by the count rule
    const stated = `${r.yes}/${r.no}/${r.abstain}/${r.non_voting}`;
    const actual = `${counted.Y}/${counted.N}/${counted.A}/${counted.X}`;
    if (stated !== actual) {
      const detail = `${r.resolution_id} yes/no/abstain/non_voting ${stated} do not match Y/N/A/X ${actual} in ${source.file.file}`;
      errors.push(makeError(resolutions.file, i + 1, 'totals', detail, 'yes'));
    }
    if (counted.rcids.size > 0 && (counted.rcids.size > 1 || !counted.rcids.has(r.voeten_rcid))) {
      const detail = `${r.resolution_id} voeten_rcid ${r.voeten_rcid} differs from ${[...counted.rcids].join(', ')} in ${source.file.file}`;
      errors.push(makeError(resolutions.file, i + 1, 'consistency', detail, 'voeten_rcid'));
    }
  });
  return errors;
}
