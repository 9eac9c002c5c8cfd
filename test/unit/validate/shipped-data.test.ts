import { describe, expect, it } from 'vitest';
import { DATA_PATHS, validateDataset, type Tables } from '../../../src/validate/index';
import { shipped } from './fixtures';

// The shipped data/ must pass every rule; this runs the validators without DuckDB (own CSV parse).
describe('shipped data/', () => {
  it('passes every file and cross-table rule', () => {
    const tables: Tables = {};
    for (const path of DATA_PATHS) tables[path] = shipped(path);
    expect(validateDataset(tables).map((e) => e.message)).toEqual([]);
  });
});
