import type { ValidationError } from './types';
import { validateTable } from './table';
import { DATA_FILES, type DataPath } from './specs/index';
import type { Tables } from './rules/tables';
import { checkStates } from './rules/states';
import { checkMemberships } from './rules/memberships';
import { checkIlPositions } from './rules/ilPositions';
import { checkVotes } from './rules/votes';
import { checkTotals } from './rules/totals';
import { checkCapacity } from './rules/other';
import { checkSources } from './rules/sources';
import { checkSurvey } from './rules/survey';
import { checkProcess } from './rules/process';
import { checkNormEvidence } from './rules/normEvidence';
import { checkStatements } from './rules/statements';

const CROSS_TABLE_RULES = [
  checkStates,
  checkMemberships,
  checkIlPositions,
  checkVotes,
  checkTotals,
  checkCapacity,
  checkSources,
  checkSurvey,
  checkProcess,
  checkNormEvidence,
  checkStatements,
];

/**
 * Validates a set of shipped CSVs: each file against its spec, then the cross-table rules
 * (foreign keys, counts, roll-call totals, source resolution). Files not given are skipped, so a
 * caller can check one file or the whole data/ folder; the build reports missing files itself.
 */
export function validateDataset(tables: Tables): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const path of Object.keys(tables) as DataPath[]) {
    const table = tables[path];
    if (table) errors.push(...validateTable(table.file, table.header, table.rows, DATA_FILES[path].spec));
  }
  for (const rule of CROSS_TABLE_RULES) errors.push(...rule(tables));
  return errors;
}
