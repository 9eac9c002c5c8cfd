import { describe, expect, it } from 'vitest';
import { checkConsoleSql, splitStatements } from '../../../src/queries/console';

describe('SQL console guard', () => {
  it('accepts read-only statements', () => {
    const r = checkConsoleSql("SELECT * FROM states; WITH x AS (SELECT 1) SELECT * FROM x;\nDESCRIBE votes");
    expect(r).toEqual({ ok: true, statements: ['SELECT * FROM states', 'WITH x AS (SELECT 1) SELECT * FROM x', 'DESCRIBE votes'] });
  });
  it('refuses writes and session changes with a message naming the statement', () => {
    expect(checkConsoleSql('DROP TABLE states')).toMatchObject({ ok: false, error: expect.stringContaining('Statement 1 starts with DROP') });
    expect(checkConsoleSql('SELECT 1; DELETE FROM votes')).toMatchObject({ ok: false, error: expect.stringContaining('Statement 2 starts with DELETE') });
    expect(checkConsoleSql('CREATE TEMP TABLE states AS SELECT 1')).toMatchObject({ ok: false });
    expect(checkConsoleSql('SELECT 1; DETACH cg')).toMatchObject({ ok: false });
  });
  it('refuses forbidden keywords hidden inside an allowed statement', () => {
    expect(checkConsoleSql("WITH a AS (SELECT 1) SELECT * FROM a; SELECT 1 FROM (ATTACH 'x')")).toMatchObject({ ok: false, error: expect.stringContaining('ATTACH') });
  });
  it('ignores keywords and semicolons inside strings and comments', () => {
    const r = checkConsoleSql("SELECT 'DROP TABLE x; SET y' AS note -- ATTACH; DETACH\n, 2 AS two /* COPY ; */");
    expect(r.ok).toBe(true);
    expect(splitStatements("SELECT ';' AS a; SELECT 2")).toEqual(["SELECT ';' AS a", 'SELECT 2']);
  });
  it('limits the number of statements and rejects empty input', () => {
    expect(checkConsoleSql('  -- nothing\n ;; ')).toMatchObject({ ok: false });
    expect(checkConsoleSql('SELECT 1;'.repeat(6))).toMatchObject({ ok: false, error: expect.stringContaining('At most 5') });
  });
});
