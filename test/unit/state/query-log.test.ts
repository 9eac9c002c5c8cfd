import { describe, expect, it } from 'vitest';
import { QUERY_LOG_SIZE, logQuery, logReduction, queryLog } from '../../../src/state/query-log.svelte';

describe('query log', () => {
  it('keeps the newest 25 queries, newest first, a repeat moving to the top rather than doubling', () => {
    for (let i = 1; i <= 30; i++) logQuery(`SELECT ${i}`, i + 0.4, i, 'duckdb');
    expect(QUERY_LOG_SIZE).toBe(25);
    expect(queryLog.entries).toHaveLength(25);
    expect(queryLog.entries[0]).toMatchObject({ sql: 'SELECT 30', rows: 30, ms: 30, from: 'duckdb' });
    expect(queryLog.entries[24].sql).toBe('SELECT 6'); // 1–5 fell off
    logQuery('SELECT 10', 0, 10, 'cache');
    expect(queryLog.entries).toHaveLength(25);
    expect(queryLog.entries[0]).toMatchObject({ sql: 'SELECT 10', from: 'cache' });
    expect(queryLog.entries.filter((e) => e.sql === 'SELECT 10')).toHaveLength(1);
    logReduction('SELECT count(*) FROM states', 1);
    expect(queryLog.entries[0]).toMatchObject({ sql: 'SELECT count(*) FROM states', from: 'js', rows: 1 });
  });
});
