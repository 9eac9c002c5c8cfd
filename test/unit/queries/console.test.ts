import { describe, expect, it } from 'vitest';
import { checkConsoleSql, splitStatements } from '../../../src/queries/console';

describe('SQL console guard', () => {
  it('accepts read-only statements', () => {
    const r = checkConsoleSql('SELECT * FROM states; WITH x AS (SELECT 1) SELECT * FROM x;\nDESCRIBE votes');
    expect(r).toEqual({
      ok: true,
      statements: ['SELECT * FROM states', 'WITH x AS (SELECT 1) SELECT * FROM x', 'DESCRIBE votes'],
    });
  });
  it('refuses writes and session changes with a message naming the statement', () => {
    expect(checkConsoleSql('DROP TABLE states')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Statement 1 starts with DROP'),
    });
    expect(checkConsoleSql('SELECT 1; DELETE FROM votes')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Statement 2 starts with DELETE'),
    });
    expect(checkConsoleSql('CREATE TEMP TABLE states AS SELECT 1')).toMatchObject({ ok: false });
    expect(checkConsoleSql('SELECT 1; DETACH cg')).toMatchObject({ ok: false });
  });
  it('refuses forbidden keywords hidden inside an allowed statement', () => {
    expect(checkConsoleSql("WITH a AS (SELECT 1) SELECT * FROM a; SELECT 1 FROM (ATTACH 'x')")).toMatchObject({
      ok: false,
      error: expect.stringContaining('ATTACH'),
    });
  });
  it('ignores keywords and semicolons inside strings and comments', () => {
    const r = checkConsoleSql("SELECT 'DROP TABLE x; SET y' AS note -- ATTACH; DETACH\n, 2 AS two /* COPY ; */");
    expect(r.ok).toBe(true);
    expect(splitStatements("SELECT ';' AS a; SELECT 2")).toEqual(["SELECT ';' AS a", 'SELECT 2']);
  });
  it('limits the number of statements and rejects empty input', () => {
    expect(checkConsoleSql('  -- nothing\n ;; ')).toMatchObject({ ok: false });
    expect(checkConsoleSql('SELECT 1;'.repeat(6))).toMatchObject({
      ok: false,
      error: expect.stringContaining('At most 5'),
    });
  });
});

describe('SQL console guard: quoting forms DuckDB accepts', () => {
  it('does not let E-strings or dollar quotes hide a statement', () => {
    // E'\'' is one escaped quote: the text after it is SQL, not string
    expect(checkConsoleSql("SELECT E'\\''; DETACH cg; --'")).toMatchObject({
      ok: false,
      error: expect.stringContaining('DETACH'),
    });
    expect(checkConsoleSql("SELECT $$ x $$; SET memory_limit = '4GB'")).toMatchObject({
      ok: false,
      error: expect.stringContaining('SET'),
    });
    expect(checkConsoleSql('SELECT $t$ ; DROP TABLE states; $t$ AS s')).toMatchObject({ ok: true });
    expect(checkConsoleSql('EXPLAIN ANALYZE CREATE TABLE x AS SELECT 1')).toMatchObject({
      ok: false,
      error: expect.stringContaining('CREATE'),
    });
  });
  it('checks crafted input in linear time and refuses input over the length limit', () => {
    const crafted = [
      "'".repeat(50_000),
      "''a".repeat(30_000),
      "E'\\".repeat(30_000),
      '"'.repeat(99_999),
      '/*'.repeat(49_999),
      '$a'.repeat(49_999),
    ];
    for (const text of crafted) {
      const t0 = performance.now();
      checkConsoleSql(text);
      expect(performance.now() - t0, text.slice(0, 6)).toBeLessThan(500);
    }
    expect(checkConsoleSql('SELECT 1 --'.padEnd(100_001, 'x'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('at most 100,000 characters'),
    });
  });
});
