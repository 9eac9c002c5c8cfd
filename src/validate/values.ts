import type { ColumnSpec } from './types';
import { quote } from './report';

/** A failed cell check: which rule and what to tell the user (without the location). */
export interface CellProblem {
  rule: 'required' | 'type' | 'enum' | 'range' | 'pattern';
  detail: string;
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function typeProblem(col: ColumnSpec, value: string): CellProblem | null {
  const shown = `${col.name} ${quote(value)}`;
  switch (col.type) {
    case 'integer':
      return INTEGER.test(value) ? null : { rule: 'type', detail: `${shown} is not an integer` };
    case 'decimal':
      return DECIMAL.test(value) ? null : { rule: 'type', detail: `${shown} is not a decimal number` };
    case 'boolean':
      return value === 'true' || value === 'false'
        ? null
        : { rule: 'type', detail: `${shown} is not a boolean (true or false)` };
    case 'date':
      return isIsoDate(value) ? null : { rule: 'type', detail: `${shown} is not a date (YYYY-MM-DD)` };
    case 'enum': {
      const allowed = col.values ?? [];
      return allowed.includes(value) ? null : { rule: 'enum', detail: `${shown} is not one of ${allowed.join(', ')}` };
    }
    case 'string':
      return null;
  }
}

/** Checks one raw cell against its column contract; returns the first problem or null. */
export function checkValue(col: ColumnSpec, value: string): CellProblem | null {
  if (value === '') {
    return col.nullable ? null : { rule: 'required', detail: `${col.name} is empty but required` };
  }
  const problem = typeProblem(col, value);
  if (problem) return problem;
  if (col.type === 'integer' || col.type === 'decimal') {
    const n = Number(value);
    const tooLow = col.min !== undefined && n < col.min;
    const tooHigh = col.max !== undefined && n > col.max;
    if (tooLow || tooHigh) {
      const range = `${col.min ?? '−∞'}–${col.max ?? '∞'}`;
      return { rule: 'range', detail: `${col.name} ${value} is outside ${range}` };
    }
  }
  if (col.pattern && !col.pattern.test(value)) {
    const hint = col.patternHint ?? `pattern ${col.pattern.source}`;
    return { rule: 'pattern', detail: `${col.name} ${quote(value)} is not ${hint}` };
  }
  return null;
}
