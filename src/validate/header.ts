import type { TableSpec, ValidationError } from './types';
import { makeError } from './report';

/**
 * Checks the header against the spec: missing, unexpected and (for `exact`) misordered columns.
 * Rows are still checked afterwards for the columns that are present, so one run shows all problems.
 */
export function checkHeader(file: string, header: readonly string[], spec: TableSpec): ValidationError[] {
  const errors: ValidationError[] = [];
  const expected = spec.columns.map((c) => c.name);
  const missing = expected.filter((name) => !header.includes(name));
  const extra = header.filter((name) => !expected.includes(name));
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) errors.push(makeError(file, 'header', 'header', `column ${name} appears twice`, name));
    seen.add(name);
  }
  if (missing.length > 0) {
    errors.push(makeError(file, 'header', 'header', `missing column(s) ${missing.join(', ')}`));
  }
  const extraIsError = spec.order === 'exact' || !spec.allowExtra;
  if (extra.length > 0 && extraIsError) {
    errors.push(makeError(file, 'header', 'header', `unexpected column(s) ${extra.join(', ')}`));
  }
  const inOrder = header.length === expected.length && header.every((name, i) => name === expected[i]);
  if (spec.order === 'exact' && errors.length === 0 && !inOrder) {
    errors.push(
      makeError(
        file,
        'header',
        'header',
        `columns must be in this order: ${expected.join(', ')}; found ${header.join(', ')}`,
      ),
    );
  }
  return errors;
}
