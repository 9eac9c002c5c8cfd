import type { ValidationError } from '../types';
import { checkForeignKey, columnValues } from '../keys';
import type { Tables } from './tables';

/**
 * norm-evidence references: every row names a State in states.csv and a source in the
 * evidence catalogue, so a screen can always show where a piece of evidence comes from.
 */
export function checkNormEvidence(tables: Tables): ValidationError[] {
  const evidence = tables['norm-evidence/norm_evidence.csv'];
  if (!evidence) return [];
  const errors: ValidationError[] = [];
  const states = tables['states/states.csv'];
  const catalogue = tables['norm-evidence/evidence_sources.csv'];
  if (states)
    errors.push(...checkForeignKey(evidence, 'iso3', columnValues(states, 'iso3'), { parentLabel: states.file }));
  if (catalogue)
    errors.push(
      ...checkForeignKey(evidence, 'source_id', columnValues(catalogue, 'source_id'), { parentLabel: catalogue.file }),
    );
  return errors;
}
