import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects, parquetMetadata } from 'hyparquet';
import { tableFromIPC } from 'apache-arrow';
import { strFromU8, unzipSync } from 'fflate';
import { readCsv } from './csv';
import { rows, shippedDb } from './db';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import {
  capacityDataset,
  filterScope,
  positionsDataset,
  scopeDatasets,
  statesDataset,
  votesDataset,
} from '../../src/queries/export';
import { buildDownload, encode, runDataset, type DownloadContext } from '../../src/export/bundle';

// Expected values come from the raw CSVs in data/ (verbatim copies), read with the tests' own parser.
const S = 'data'; // verbatim copies of the researched reference data
const states = readCsv(`${S}/states/states.csv`);
const weog = new Set(states.filter((s) => s.un_regional_group === 'WEOG' && s.un_member === 'true').map((s) => s.iso3));
const votes = readCsv(`${S}/unga-votes/votes.csv`);
const positions = readCsv(`${S}/il-positions/positions.csv`);
const capacity = readCsv(`${S}/norms-capacity/capacity.csv`);
const memberships = readCsv(`${S}/states/memberships.csv`);
const f: StateFilter = { ...DEFAULT_FILTER, groups: ['WEOG'] };
const ctx = (over: Partial<DownloadContext> = {}): DownloadContext => ({
  filter: f,
  filterText: 'UN regional group: WEOG',
  filterSlug: 'weog',
  data: { version: 'v1', sha256: 'ff', built_at: '2026-01-01T00:00:00Z' },
  sources: [
    {
      source_id: 'blavatnik-gci2020',
      title: 'GCI',
      url: null,
      publisher: null,
      licence: 'educational and non-commercial purposes only',
      strength: 'dataset',
    },
  ],
  ...over,
});
const tmp = mkdtempSync(join(tmpdir(), 'cg-export-'));

describe('export datasets on the shipped database (WEOG)', () => {
  it('votes: 29 WEOG members × every roll call, with the identification flag', async () => {
    const t = await runDataset(await shippedDb(), votesDataset(filterScope(f)));
    const expected = votes.filter((v) => weog.has(v.iso3));
    expect(weog.size).toBe(29);
    expect(t.rows.length).toBe(expected.length);
    const perState = new Map(readCsv(`${S}/unga-votes/resolutions.csv`).map((r) => [r.resolution_id, r.per_state]));
    expect(t.rows.filter((r) => r.identification === 'inferred').length).toBe(
      expected.filter((v) => perState.get(v.resolution_id) === 'inferred').length,
    );
    expect(t.rows.every((r) => r.identification === perState.get(String(r.resolution_id)))).toBe(true);
    const fra7337 = expected.find((v) => v.iso3 === 'FRA' && v.resolution_id === 'A/RES/77/37')!;
    expect(t.rows.find((r) => r.iso3 === 'FRA' && r.resolution_id === 'A/RES/77/37')?.vote).toBe(fra7337.vote);
    expect(t.fields.find((x) => x.name === 'vote_value')?.type).toBe('number');
  });

  it('positions: WEOG state actors plus the EU and NATO group rows (AU has no WEOG member)', async () => {
    const t = await runDataset(await shippedDb(), positionsDataset(filterScope(f)));
    const expected = positions.filter(
      (p) => weog.has(p.actor_iso3) || p.actor_iso3 === 'EU' || p.actor_iso3 === 'NATO',
    );
    expect(t.rows.length).toBe(expected.length);
    expect(t.rows.some((r) => r.actor_id === 'AU')).toBe(false);
    expect(t.fields.map((x) => x.name)).toEqual(
      expect.arrayContaining(['inferred', 'source_strength', 'source_id', 'source_url']),
    );
  });

  it('every format reads back with the same rows and values', async () => {
    const db = await shippedDb();
    const t = await runDataset(db, capacityDataset(filterScope(f)));
    const expectedRows = capacity.filter((c) => weog.has(c.iso3)).length * 6;
    expect(t.rows.length).toBe(expectedRows);
    const usa = Number(capacity.find((c) => c.iso3 === 'USA')!.legal);
    const meta = { 'common-ground:data-version': 'v1' };

    const csvFile = join(tmp, 'gci.csv');
    writeFileSync(csvFile, encode(t, 'csv', meta));
    const csv = readCsv(csvFile);
    expect(csv.length).toBe(expectedRows);
    expect(Number(csv.find((r) => r.iso3 === 'USA' && r.pillar === 'legal')!.score)).toBe(usa);

    const pq = encode(t, 'parquet', meta);
    const buf = pq.buffer.slice(pq.byteOffset, pq.byteOffset + pq.byteLength) as ArrayBuffer;
    const prow = (await parquetReadObjects({ file: buf })) as Record<string, unknown>[];
    expect(prow.length).toBe(expectedRows);
    expect(prow.find((r) => r.iso3 === 'USA' && r.pillar === 'legal')!.score).toBe(usa);
    expect(parquetMetadata(buf).key_value_metadata?.find((k) => k.key === 'common-ground:data-version')?.value).toBe(
      'v1',
    );

    const arrow = tableFromIPC(encode(t, 'arrow', meta));
    expect(arrow.numRows).toBe(expectedRows);
    const arows = arrow.toArray().map((r) => r.toJSON());
    expect(arows.find((r) => r.iso3 === 'USA' && r.pillar === 'legal')!.score).toBe(usa);
    expect(arrow.schema.metadata.get('common-ground:data-version')).toBe('v1');

    const json = JSON.parse(new TextDecoder().decode(encode(t, 'json', meta))) as Record<string, unknown>[];
    expect(json.length).toBe(expectedRows);
    expect(json.find((r) => r.iso3 === 'USA' && r.pillar === 'legal')!.score).toBe(usa);
  });

  it('dates and booleans keep their types through Parquet and Arrow', async () => {
    const t = await runDataset(await shippedDb(), {
      name: 'r',
      title: 'R',
      description: '',
      sql: "SELECT resolution_id, date, yes, date IS NULL AS undated FROM resolutions WHERE resolution_id = 'A/RES/73/27'",
    });
    expect(t.fields.map((x) => x.type)).toEqual(['string', 'date', 'integer', 'boolean']);
    expect(t.rows[0].date).toBe('2018-12-05');
    const pq = encode(t, 'parquet', {});
    const [p] = (await parquetReadObjects({
      file: pq.buffer.slice(pq.byteOffset, pq.byteOffset + pq.byteLength) as ArrayBuffer,
    })) as Record<string, unknown>[];
    expect((p.date as Date).toISOString().slice(0, 10)).toBe('2018-12-05');
    expect(p.yes).toBe(119);
    expect(p.undated).toBe(false);
    const a = tableFromIPC(encode(t, 'arrow', {}))
      .toArray()[0]
      .toJSON();
    expect(new Date(a.date as number).toISOString().slice(0, 10)).toBe('2018-12-05');
  });

  it('a zip holds every file, datapackage.json, a README codebook and CITATION.txt; the GCI notice travels', async () => {
    const db = await shippedDb();
    // The GCI rows cite their own document (the Blavatnik extraction file); give the fixture its id.
    const gci = await rows<{ source_id: string }>(`SELECT DISTINCT source_id FROM capacity_scores`);
    const sources = gci.map((g) => ({
      source_id: g.source_id,
      title: 'GCI',
      url: null,
      publisher: null,
      licence: 'educational and non-commercial purposes only',
      strength: 'dataset',
    }));
    const file = await buildDownload(
      db,
      [statesDataset(filterScope(f)), capacityDataset(filterScope(f))],
      ['csv', 'parquet'],
      ctx({ sources }),
    );
    expect(file.filename).toBe('common-ground-weog-v1.zip');
    const files = unzipSync(file.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'CITATION.txt',
      'README.md',
      'common-ground-gci-2020-weog.csv',
      'common-ground-gci-2020-weog.parquet',
      'common-ground-states-weog.csv',
      'common-ground-states-weog.parquet',
      'datapackage.json',
    ]);
    const pkg = JSON.parse(strFromU8(files['datapackage.json']));
    expect(pkg.resources.find((r: { path: string }) => r.path === 'common-ground-states-weog.csv').rows).toBe(29);
    expect(pkg.licenses.map((l: { name: string }) => l.name)).toContain('other-nc');
    expect(pkg.filter.description).toBe('UN regional group: WEOG');
    expect(strFromU8(files['CITATION.txt'])).toContain('Data version v1');
    // bytes and hash describe the file actually in the zip (hash computed here with node:crypto)
    const csv = pkg.resources.find((r: { path: string }) => r.path === 'common-ground-states-weog.csv');
    expect(csv.bytes).toBe(files['common-ground-states-weog.csv'].length);
    expect(csv.hash).toBe(
      `sha256:${createHash('sha256').update(files['common-ground-states-weog.csv']).digest('hex')}`,
    );
    // keys: states by iso3; GCI rows point at the states file of the same format
    expect(csv.schema.primaryKey).toEqual(['iso3']);
    const gciPq = pkg.resources.find((r: { path: string }) => r.path === 'common-ground-gci-2020-weog.parquet');
    expect(gciPq.schema.primaryKey).toEqual(['iso3', 'edition', 'pillar']);
    expect(gciPq.schema.foreignKeys).toEqual([
      { fields: ['iso3'], reference: { resource: 'states-parquet', fields: ['iso3'] } },
    ]);
    // the codebook names every column of the states file and the filter
    const readme = strFromU8(files['README.md']);
    expect(readme).toContain('States in scope: UN regional group: WEOG');
    for (const f of csv.schema.fields) expect(readme).toContain(`| ${f.name} |`);
  });

  it('the CSV for Excel is the same CSV behind a UTF-8 byte-order mark', async () => {
    const db = await shippedDb();
    const plain = await buildDownload(db, [statesDataset(filterScope(f))], ['csv'], ctx(), false);
    const excel = await buildDownload(db, [statesDataset(filterScope(f))], ['excel'], ctx(), false);
    expect(excel.filename).toBe('common-ground-states-weog-excel.csv');
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(excel.bytes.subarray(3)).equals(Buffer.from(plain.bytes))).toBe(true);
  });

  it('a single file needs no zip', async () => {
    const file = await buildDownload(await shippedDb(), [statesDataset(filterScope(f))], ['json'], ctx(), false);
    expect(file.filename).toBe('common-ground-states-weog.json');
    expect(JSON.parse(strFromU8(file.bytes)).length).toBe(29);
  });

  it('memberships flag inferred rows as in the CSV notes', async () => {
    const sets = scopeDatasets(filterScope(DEFAULT_FILTER), false);
    const t = await runDataset(
      await shippedDb(),
      sets.find((s) => s.name === 'memberships')!,
    );
    const iso = new Set(states.filter((s) => s.un_member === 'true').map((s) => s.iso3));
    const csvRows = memberships.filter((m) => iso.has(m.iso3));
    expect(t.rows.length).toBe(csvRows.length);
    expect(t.rows.filter((r) => r.inferred === true).length).toBe(
      csvRows.filter((m) => /inferred|verify/i.test(m.notes ?? '')).length,
    );
  });
});
