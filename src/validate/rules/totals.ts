import type { RawTable, ValidationError } from '../types';
import { makeError } from '../report';
import { hasColumns, records, type Tables } from './tables';
import { RECORDED_KINDS } from './votes';

const TOTALS = ['resolution_id', 'per_state', 'yes', 'no', 'abstain', 'absent'] as const;

/** Y / N / A / X counts per resolution in votes.csv. */
function tally(votes: RawTable | undefined): Map<string, { Y: number; N: number; A: number; X: number }> {
  const result = new Map<string, { Y: number; N: number; A: number; X: number }>();
  if (!hasColumns(votes, ['resolution_id', 'vote'])) return result;
  for (const r of records(votes, ['resolution_id', 'vote'])) {
    const t = result.get(r.resolution_id) ?? { Y: 0, N: 0, A: 0, X: 0 };
    if (r.vote === 'Y' || r.vote === 'N' || r.vote === 'A' || r.vote === 'X') t[r.vote] += 1;
    result.set(r.resolution_id, t);
  }
  return result;
}

/** For every recorded roll call, the Y / N / A / X tally equals the published yes / no / abstain / absent. */
export function checkTotals(tables: Tables): ValidationError[] {
  const resolutions = tables['unga-votes/resolutions.csv'];
  const votes = tables['unga-votes/votes.csv'];
  if (!hasColumns(resolutions, TOTALS) || !votes) return [];
  const counted = tally(votes);
  const errors: ValidationError[] = [];
  records(resolutions, TOTALS).forEach((r, i) => {
    if (!RECORDED_KINDS.has(r.per_state)) return;
    const c = counted.get(r.resolution_id);
    if (!c) return; // a missing roll call is reported by the count rule
    const stated = `${r.yes}/${r.no}/${r.abstain}/${r.absent}`;
    const actual = `${c.Y}/${c.N}/${c.A}/${c.X}`;
    if (stated !== actual) {
      const detail = `${r.resolution_id} yes/no/abstain/absent ${stated} do not match Y/N/A/X ${actual} in ${votes.file}`;
      errors.push(makeError(resolutions.file, i + 1, 'totals', detail, 'yes'));
    }
  });
  return errors;
}
