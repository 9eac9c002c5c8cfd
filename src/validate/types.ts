/** One problem found in a data file. `row` is the 1-based data row (header excluded); 0 means the header or the file as a whole. */
export interface ValidationError {
  /** File as shown to the user, e.g. `data/il-positions/positions.csv`. */
  file: string;
  row: number;
  /** physical line (1-based) where the row starts, when the file's lines are known */
  line?: number;
  column?: string;
  /** Short rule tag, e.g. `enum`, `foreign-key`, `count`. */
  rule: string;
  /** Full sentence naming file, row (and line) and rule. */
  message: string;
}

/** Value types a CSV cell can be checked against. Cells are always raw strings. */
export type ColumnType = 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'enum';

/** Contract for one column. Empty cells are only allowed when `nullable` is true. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable?: boolean;
  /** Allowed values for `enum`. */
  values?: readonly string[];
  /** Inclusive numeric bounds for `integer` / `decimal`. */
  min?: number;
  max?: number;
  /** Extra shape check for strings; `patternHint` says in words what is expected. */
  pattern?: RegExp;
  patternHint?: string;
}

/** Contract for one CSV file. */
export interface TableSpec {
  columns: readonly ColumnSpec[];
  /** `exact`: header must equal the column list in order. `set`: all columns present, any order. */
  order: 'exact' | 'set';
  /** With `set`, whether columns not in the spec are tolerated (useful for user uploads). */
  allowExtra?: boolean;
  /** Column combinations that must be unique; the first is the table key. */
  unique?: readonly (readonly string[])[];
}

/** A CSV file as read: header and raw string cells (empty cell = ''). */
export interface RawTable {
  file: string;
  header: string[];
  rows: string[][];
}
