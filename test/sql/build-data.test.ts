import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readCsv } from './csv';
import { FACT_TABLES, SCHEMA_CONTRACT } from './schema-contract';

// Builds the real data/ into a temp dir with the real command, then checks the database against
// counts computed here from the CSVs (own parser) and from the DATA.md facts, never from the build.
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const data = (p: string) => readCsv(join(ROOT, 'data', p));
const build = (...args: string[]) =>
  spawnSync(TSX, ['scripts/build-data.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

let work: string;
let out: string;
let instance: DuckDBInstance;
let conn: DuckDBConnection;
const q = async <T = Record<string, unknown>>(sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
const n = async (sql: string) => Number((await q<{ n: number }>(sql))[0]!.n);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cg-build-'));
  out = join(work, 'out');
  const run = build('--out-dir', out);
  expect(run.status, run.stderr).toBe(0);
  instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
  await conn.run(`ATTACH '${join(out, 'common-ground.duckdb')}' AS cg (READ_ONLY); USE cg`);
});

afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('build-data on the shipped data/', () => {
  it('writes exactly the tables and column types of data/SCHEMA.md', async () => {
    const cols = await q<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE database_name = 'cg' ORDER BY table_name, column_index`,
    );
    const actual: Record<string, [string, string][]> = {};
    for (const c of cols) (actual[c.table_name] ??= []).push([c.column_name, c.data_type]);
    expect(actual).toEqual(SCHEMA_CONTRACT);
  });

  it('states: 195 rows, 193 members, the five regional groups', async () => {
    const csv = data('states/states.csv');
    expect(await n('SELECT count(*) AS n FROM states')).toBe(csv.length);
    expect(csv.length).toBe(195);
    expect(await n('SELECT count(*) AS n FROM states WHERE un_member')).toBe(193);
    const groups = await q<{ g: string; n: number }>(
      'SELECT un_regional_group AS g, count(*)::INTEGER AS n FROM states WHERE un_regional_group IS NOT NULL GROUP BY 1 ORDER BY 1',
    );
    expect(groups).toEqual([
      { g: 'African', n: 54 },
      { g: 'Asia-Pacific', n: 54 },
      { g: 'Eastern European', n: 23 },
      { g: 'GRULAC', n: 33 },
      { g: 'WEOG', n: 29 },
    ]);
    expect(await n(`SELECT count(*) AS n FROM states WHERE iso3 = 'USA' AND un_regional_group = 'WEOG'`)).toBe(1);
  });

  it('memberships: AU has 55 rows, ESH the only one outside states; flags per README', async () => {
    expect(await n(`SELECT count(*) AS n FROM memberships WHERE org_id = 'AU'`)).toBe(55);
    expect(await q(`SELECT iso3 FROM memberships WHERE org_id = 'AU' AND NOT in_states`)).toEqual([{ iso3: 'ESH' }]);
    const csv = data('states/memberships.csv');
    const inferred = csv.filter((m) => /inferred|verify/i.test(m.notes ?? '')).length;
    expect(await n('SELECT count(*) AS n FROM memberships WHERE inferred')).toBe(inferred);
    const notCurrent = csv.filter((m) =>
      ['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status!),
    ).length;
    expect(await n('SELECT count(*) AS n FROM memberships WHERE NOT is_current')).toBe(notCurrent);
    expect(await n(`SELECT count(*) AS n FROM memberships WHERE NOT in_states`)).toBe(6);
  });

  it('votes: 12 roll calls × 193 = 2316 rows, none inferred; 73/27 is 119/46/14', async () => {
    const csv = data('unga-votes/votes.csv');
    expect(await n('SELECT count(*) AS n FROM votes')).toBe(csv.length);
    expect(csv.length).toBe(12 * 193);
    expect(await n('SELECT count(DISTINCT resolution_id) AS n FROM votes')).toBe(12);
    expect(await n(`SELECT count(*) AS n FROM votes WHERE identification <> 'confirmed'`)).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM (SELECT resolution_id FROM votes GROUP BY 1 HAVING count(*) <> 193)`),
    ).toBe(0);
    const tally =
      await q(`SELECT count_if(vote = 'Y')::INTEGER AS y, count_if(vote = 'N')::INTEGER AS n, count_if(vote = 'A')::INTEGER AS a
      FROM votes WHERE resolution_id = 'A/RES/73/27'`);
    expect(tally).toEqual([{ y: 119, n: 46, a: 14 }]);
  });

  it('resolutions: 17 plenary texts, 5 adopted without a vote and without totals; short labels', async () => {
    const csv = data('unga-votes/resolutions.csv');
    expect(await n('SELECT count(*) AS n FROM resolutions')).toBe(csv.length);
    const without = csv
      .filter((r) => r.adopted_without_vote === 'true')
      .map((r) => r.resolution_id)
      .sort();
    expect(without).toEqual(['A/RES/75/282', 'A/RES/76/19', 'A/RES/79/237', 'A/RES/79/243', 'A/RES/80/16']);
    const built = await q<{ resolution_id: string }>(`SELECT resolution_id FROM resolutions
      WHERE adopted_without_vote AND yes IS NULL AND no IS NULL AND abstain IS NULL ORDER BY 1`);
    expect(built.map((r) => r.resolution_id)).toEqual(without);
    const labels = await q(
      `SELECT resolution_id, short_label FROM resolutions WHERE resolution_id IN ('A/RES/73/27', 'A/RES/78/237') ORDER BY 1`,
    );
    expect(labels).toEqual([
      { resolution_id: 'A/RES/73/27', short_label: '73/27' },
      { resolution_id: 'A/RES/78/237', short_label: '78/237' },
    ]);
  });

  it('committee and separate votes stay in their own tables with their published totals', async () => {
    const fc = data('unga-votes/first_committee.csv');
    expect(await n('SELECT count(*) AS n FROM committee_votes')).toBe(fc.length);
    const poa = fc.find((r) => r.draft_symbol === 'A/C.1/77/L.73')!;
    expect(await q(`SELECT yes, no, abstain FROM committee_votes WHERE draft_symbol = 'A/C.1/77/L.73'`)).toEqual([
      { yes: Number(poa.yes), no: Number(poa.no), abstain: Number(poa.abstain) },
    ]);
    const named = fc
      .flatMap((r) => [...r.named_no_iso3!.split(';'), ...r.named_abstain_iso3!.split(';')])
      .filter((t) => /^[A-Z]{3}$/.test(t));
    expect(await n('SELECT count(*) AS n FROM fc_named_votes')).toBe(named.length);
    expect(await n('SELECT count(*) AS n FROM separate_votes')).toBe(data('unga-votes/separate_votes.csv').length);
    expect(
      await n(`SELECT count(*) AS n FROM votes WHERE resolution_id IN (SELECT draft_symbol FROM committee_votes)`),
    ).toBe(0);
  });

  it('il_positions: 261 rows 211/31/19, sovereignty_rule 24/1/2, 10 inferred, 26 derivative (23 + 3 toolkit mirrors)', async () => {
    const stance = async (where = 'true') =>
      q(`SELECT count_if(stance = 'supports')::INTEGER AS s, count_if(stance = 'opposes')::INTEGER AS o,
        count_if(stance = 'qualified')::INTEGER AS q FROM il_positions WHERE ${where}`);
    expect(await n('SELECT count(*) AS n FROM il_positions')).toBe(data('il-positions/positions.csv').length);
    expect(await stance()).toEqual([{ s: 211, o: 31, q: 19 }]); // il-positions-2 DATA.md counts
    expect(await stance(`question_id = 'sovereignty_rule'`)).toEqual([{ s: 24, o: 1, q: 2 }]);
    expect(await n('SELECT count(*) AS n FROM il_positions WHERE inferred')).toBe(
      data('il-positions/inferred_rows.csv').length,
    );
    expect(await n(`SELECT count(*) AS n FROM il_positions WHERE source_strength = 'derivative'`)).toBe(26);
    expect(await n(`SELECT count(*) AS n FROM il_positions WHERE source_strength = 'toolkit'`)).toBe(111);
    const csv = data('il-positions/positions.csv');
    for (const s of ['state_text', 'toolkit', 'toolkit_mirror', 'analysis', 'secondary', 'derivative']) {
      expect(await n(`SELECT count(*) AS n FROM il_positions WHERE source_strength_coded = '${s}'`), s).toBe(
        csv.filter((r) => r.source_strength === s).length,
      );
    }
  });

  it('capacity: 191 states × 6 pillars; SVK capacity_development NULL; MOZ withheld', async () => {
    expect(await n('SELECT count(DISTINCT iso3) AS n FROM capacity_scores')).toBe(191);
    expect(await n('SELECT count(*) AS n FROM capacity_scores')).toBe(191 * 6);
    expect(
      await q(`SELECT score, withheld FROM capacity_scores WHERE iso3 = 'SVK' AND pillar = 'capacity_development'`),
    ).toEqual([{ score: null, withheld: false }]);
    expect(await n(`SELECT count(*) AS n FROM capacity_scores WHERE iso3 = 'MOZ' AND withheld AND score IS NULL`)).toBe(
      6,
    );
    const usa = data('norms-capacity/capacity.csv').find((c) => c.iso3 === 'USA')!;
    expect(await q(`SELECT score FROM capacity_scores WHERE iso3 = 'USA' AND pillar = 'overall'`)).toEqual([
      { score: Number(usa.overall) },
    ]);
  });

  it('every fact row has a source_id that exists in sources', async () => {
    for (const table of FACT_TABLES) {
      const missing = await n(`SELECT count(*) AS n FROM ${table} t WHERE t.source_id IS NULL
        OR t.source_id NOT IN (SELECT source_id FROM sources)`);
      expect(missing, table).toBe(0);
    }
  });

  it('manifest: hash, version and per-table rows agree with the file', async () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const db = readFileSync(join(out, 'common-ground.duckdb'));
    const hash = createHash('sha256').update(db).digest('hex');
    expect(manifest.sha256).toBe(hash);
    expect(manifest.version).toBe(manifest.inputs_sha256.slice(0, 12));
    expect(manifest.version).toMatch(/^[0-9a-f]{12}$/);
    expect(manifest.bytes).toBe(db.length);
    for (const t of manifest.tables) expect(t.rows, t.name).toBe(await n(`SELECT count(*) AS n FROM ${t.name}`));
    const votes = manifest.tables.find((t: { name: string }) => t.name === 'votes');
    expect(votes.flags).toMatchObject({ inferred_rows: 0, roll_calls: 12, illustrative: false });
    // Each row cites its own document: one source per distinct URL of the vote file.
    const voteUrls = new Set(data('unga-votes/votes.csv').map((v) => v.source_url));
    expect(votes.sources.length).toBe(voteUrls.size);
    expect(votes.sources.every((id: string) => id.startsWith('doc-'))).toBe(true);
  });

  it('data version: a hash of the input CSVs — same CSVs, same version; one byte changed, a different one', () => {
    const manifest = () => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const first = manifest();
    // an independent build of the same data into another folder
    const again = join(work, 'again');
    expect(build('--out-dir', again).status).toBe(0);
    const second = JSON.parse(readFileSync(join(again, 'manifest.json'), 'utf8'));
    expect(second.version).toBe(first.version);
    expect(second.inputs_sha256).toBe(first.inputs_sha256);
    // the same CSVs in a different folder still give the same version (paths are relative to data/)
    const copy = join(work, 'data-copy');
    cpSync(join(ROOT, 'data'), copy, { recursive: true });
    const copyOut = join(work, 'copy-out');
    expect(build('--data-dir', copy, '--out-dir', copyOut).status).toBe(0);
    expect(JSON.parse(readFileSync(join(copyOut, 'manifest.json'), 'utf8')).version).toBe(first.version);
    // one byte of one CSV changed (a note, so the data still validates) → a different version
    const file = join(copy, 'unga-votes/separate_votes.csv');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Per-state votes not found.');
    writeFileSync(file, text.replace('Per-state votes not found.', 'Per-state votes not found!'));
    const changedOut = join(work, 'changed-out');
    const run = build('--data-dir', copy, '--out-dir', changedOut);
    expect(run.status, run.stderr).toBe(0);
    const changed = JSON.parse(readFileSync(join(changedOut, 'manifest.json'), 'utf8'));
    expect(changed.version).not.toBe(first.version);
    expect(changed.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('--if-needed skips a build whose output is newer than its inputs', () => {
    const before = statSync(join(out, 'common-ground.duckdb')).mtimeMs;
    const run = build('--if-needed', '--out-dir', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/up to date/);
    expect(statSync(join(out, 'common-ground.duckdb')).mtimeMs).toBe(before);
  });
});

describe('build-data on a bad data dir', () => {
  it('exits non-zero, names file/row/rule, and writes nothing', () => {
    const bad = join(work, 'bad-data');
    cpSync(join(ROOT, 'data'), bad, { recursive: true });
    const file = join(bad, 'il-positions/positions.csv');
    const lines = readFileSync(file, 'utf8').split('\r\n');
    lines[12] = lines[12]!.replace(',supports,', ',maybe,');
    writeFileSync(file, lines.join('\r\n'));
    const badOut = join(work, 'bad-out');
    const run = build('--data-dir', bad, '--out-dir', badOut);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${file} row 12 (line 13): stance "maybe" is not one of supports, qualified, opposes [rule: enum]`,
    );
    expect(existsSync(badOut)).toBe(false);
  });

  it('reports a row with the wrong number of cells by line', () => {
    const bad = join(work, 'bad-data-3');
    cpSync(join(ROOT, 'data'), bad, { recursive: true });
    const file = join(bad, 'states/organisations.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('ASEAN,11,complete,', 'ASEAN,11'));
    const run = build('--data-dir', bad, '--out-dir', join(work, 'bad-out-3'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${file} row 2 (line 3): wrong number of cells (Expected Number of Columns: 4 Found: 2) [rule: columns]`,
    );
  });

  it('leaves an existing good build untouched', () => {
    const bad = join(work, 'bad-data-2');
    cpSync(join(ROOT, 'data'), bad, { recursive: true });
    rmSync(join(bad, 'unga-votes/votes.csv'));
    const before = readdirSync(out).map((f) => [f, statSync(join(out, f)).mtimeMs]);
    const run = build('--data-dir', bad, '--out-dir', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(bad, 'unga-votes/votes.csv')}: file is missing [rule: file]`);
    expect(readdirSync(out).map((f) => [f, statSync(join(out, f)).mtimeMs])).toEqual(before);
  });
});
