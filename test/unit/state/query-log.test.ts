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
  });

  it('builds a reduction’s SQL only when read, from the arguments it was logged with', () => {
    let built = 0;
    const countSql = (f: { groups: string[] }) => {
      built++;
      return `SELECT count(*) FROM states WHERE un_regional_group IN ('${f.groups.join("', '")}')`;
    };
    let filter = { groups: ['WEOG'] };
    logReduction(countSql, [filter], 1);
    filter = { groups: ['African'] }; // a later filter does not change what was logged
    expect(built).toBe(0);
    expect(queryLog.entries[0]).toMatchObject({
      sql: "SELECT count(*) FROM states WHERE un_regional_group IN ('WEOG')",
      from: 'js',
      rows: 1,
    });
    expect(built).toBe(1);
    void queryLog.entries; // read again: built once
    expect(built).toBe(1);
    // A newer reduction by the same builder replaces the older one (the older filter is gone)
    logReduction(countSql, [filter], 1);
    const js = queryLog.entries.filter((e) => e.from === 'js');
    expect(js).toHaveLength(1);
    expect(js[0].sql).toContain("'African'");
    expect(queryLog.entries).toHaveLength(25);
  });
});
