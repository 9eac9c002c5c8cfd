import { describe, expect, it } from 'vitest';
import { dataPackage, flagCounts, type PackageSource } from '../../../src/export/datapackage';
import type { ExportTable } from '../../../src/export/table';

const sources: PackageSource[] = [
  {
    source_id: 'ccdcoe-toolkit',
    title: 'International cyber law: interactive toolkit',
    url: 'https://cyberlaw.ccdcoe.org',
    publisher: 'NATO CCDCOE',
    licence: 'not stated (see publisher)',
    strength: 'toolkit',
  },
  {
    source_id: 'itu-gci',
    title: 'Global Cybersecurity Index 2020',
    url: 'https://www.itu.int/gci',
    publisher: 'ITU',
    licence: 'ITU permits reuse for educational and non-commercial purposes only',
    strength: 'official',
  },
  { source_id: 'unused', title: 'Not cited', url: null, publisher: null, licence: null, strength: 'secondary' },
];

const positions: ExportTable = {
  fields: [
    { name: 'actor_id', type: 'string' },
    { name: 'stance_value', type: 'number' },
    { name: 'inferred', type: 'boolean' },
    { name: 'source_strength', type: 'string' },
    { name: 'source_id', type: 'string' },
  ],
  rows: [
    { actor_id: 'FRA', stance_value: 1, inferred: false, source_strength: 'toolkit', source_id: 'ccdcoe-toolkit' },
    { actor_id: 'KEN', stance_value: 0.5, inferred: true, source_strength: 'secondary', source_id: 'ccdcoe-toolkit' },
    { actor_id: 'BRA', stance_value: 0, inferred: false, source_strength: 'derivative', source_id: 'ccdcoe-toolkit' },
  ],
};
const gci: ExportTable = {
  fields: [
    { name: 'iso3', type: 'string' },
    { name: 'score', type: 'number' },
    { name: 'source_id', type: 'string' },
  ],
  rows: [{ iso3: 'FRA', score: 97.6, source_id: 'itu-gci' }],
};
const survey: ExportTable = {
  fields: [
    { name: 'iso3', type: 'string' },
    { name: 'origin', type: 'string' },
  ],
  rows: [
    { iso3: 'FRA', origin: 'illustrative' },
    { iso3: 'DEU', origin: 'illustrative' },
    { iso3: 'KEN', origin: 'submitted' },
  ],
};
const ctx = {
  filter: { groups: ['WEOG'] },
  filterText: 'UN regional group: WEOG',
  version: 'abc123',
  sha256: 'abc123ff',
  builtAt: '2026-01-02T03:04:05Z',
  citation: 'Common Ground (2026). …',
  created: '2026-02-03T00:00:00Z',
  sources,
};

describe('datapackage.json', () => {
  it('counts flagged rows by the columns a table has', () => {
    expect(flagCounts(positions)).toEqual({ illustrative: 0, inferred: 1, weaklySourced: 2 });
    expect(flagCounts(survey)).toEqual({ illustrative: 2, inferred: 0, weaklySourced: 0 });
  });

  it('describes each file with typed, described fields, row count, dialect and its sources', () => {
    const p = dataPackage(
      [
        {
          name: 'il-positions-csv',
          title: 'Positions',
          description: 'd',
          format: 'csv',
          path: 'p.csv',
          table: positions,
        },
      ],
      ctx,
    );
    expect(p.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect('profile' in p).toBe(false);
    expect(p.resources[0].type).toBe('table');
    expect(p.version).toBe('abc123');
    expect(p.created).toBe('2026-02-03T00:00:00Z');
    const r = p.resources[0];
    expect(r.path).toBe('p.csv');
    expect(r.mediatype).toBe('text/csv');
    expect(r.rows).toBe(3);
    expect(r.dialect).toEqual({
      $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
      delimiter: ',',
      lineTerminator: '\r\n',
      quoteChar: '"',
      doubleQuote: true,
      header: true,
    });
    expect(r.schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['actor_id', 'string'],
      ['stance_value', 'number'],
      ['inferred', 'boolean'],
      ['source_strength', 'string'],
      ['source_id', 'string'],
    ]);
    expect(r.schema.fields.every((f) => f.description.length > 10)).toBe(true);
    expect(r.description).toContain('apostrophe');
    expect(r.sources).toEqual([
      { title: 'International cyber law: interactive toolkit', path: 'https://cyberlaw.ccdcoe.org' },
    ]);
    // only cited sources are listed, with their licence
    expect(p.sources.map((s) => s.source_id)).toEqual(['ccdcoe-toolkit']);
    expect(p.sources[0].licence).toBe('not stated (see publisher)');
    expect(p.filter).toEqual({ description: 'UN regional group: WEOG', state: { groups: ['WEOG'] } });
    expect(p.dataVersion).toEqual({ version: 'abc123', sha256: 'abc123ff', builtAt: '2026-01-02T03:04:05Z' });
    expect(p.citation).toBe('Common Ground (2026). …');
    expect(p.flags).toEqual({ illustrative: 0, inferred: 1, weaklySourced: 2 });
  });

  it('adds the non-commercial notice only when a non-commercial source is cited', () => {
    const without = dataPackage(
      [{ name: 'a', title: 'A', description: '', format: 'json', path: 'a.json', table: positions }],
      ctx,
    );
    expect(without.licenses.map((l) => l.name)).toEqual(['other-at']);
    const withGci = dataPackage(
      [
        { name: 'a', title: 'A', description: '', format: 'parquet', path: 'a.parquet', table: positions },
        { name: 'g', title: 'G', description: '', format: 'parquet', path: 'g.parquet', table: gci },
      ],
      ctx,
    );
    expect(withGci.licenses.map((l) => l.name)).toEqual(['other-at', 'other-nc']);
    expect(withGci.licenses[1].title).toContain('non-commercial');
    expect(withGci.resources[1].mediatype).toBe('application/vnd.apache.parquet');
    expect('dialect' in withGci.resources[1]).toBe(false);
  });

  it('adds up flags over resources', () => {
    const p = dataPackage(
      [
        { name: 'a', title: 'A', description: '', format: 'json', path: 'a.json', table: positions },
        { name: 's', title: 'S', description: '', format: 'json', path: 's.json', table: survey },
      ],
      ctx,
    );
    expect(p.flags).toEqual({ illustrative: 2, inferred: 1, weaklySourced: 2 });
  });

  it("counts a dataset's flags once however many formats carry it", () => {
    const p = dataPackage(
      [
        {
          name: 'survey-csv',
          dataset: 'survey',
          title: 'S',
          description: '',
          format: 'csv',
          path: 's.csv',
          table: survey,
        },
        {
          name: 'survey-parquet',
          dataset: 'survey',
          title: 'S',
          description: '',
          format: 'parquet',
          path: 's.parquet',
          table: survey,
        },
        {
          name: 'survey-json',
          dataset: 'survey',
          title: 'S',
          description: '',
          format: 'json',
          path: 's.json',
          table: survey,
        },
        {
          name: 'positions-json',
          dataset: 'il-positions',
          title: 'P',
          description: '',
          format: 'json',
          path: 'p.json',
          table: positions,
        },
      ],
      ctx,
    );
    // survey: 2 illustrative rows (counted once, not 3 × 2); positions: 1 inferred, 2 weak
    expect(p.flags).toEqual({ illustrative: 2, inferred: 1, weaklySourced: 2 });
  });

  it('declares a foreign key only when the referenced dataset is in the package in the same format', () => {
    const states: ExportTable = { fields: [{ name: 'iso3', type: 'string' }], rows: [{ iso3: 'FRA' }] };
    const gciWithKeys: ExportTable = {
      fields: [
        { name: 'iso3', type: 'string' },
        { name: 'edition', type: 'integer' },
        { name: 'pillar', type: 'string' },
        { name: 'score', type: 'number' },
      ],
      rows: [],
    };
    const p = dataPackage(
      [
        {
          name: 'gci-2020-csv',
          dataset: 'gci-2020',
          title: 'G',
          description: '',
          format: 'csv',
          path: 'g.csv',
          table: gciWithKeys,
        },
        {
          name: 'gci-2020-json',
          dataset: 'gci-2020',
          title: 'G',
          description: '',
          format: 'json',
          path: 'g.json',
          table: gciWithKeys,
        },
        {
          name: 'states-csv',
          dataset: 'states',
          title: 'S',
          description: '',
          format: 'csv',
          path: 's.csv',
          table: states,
        },
      ],
      ctx,
    );
    expect(p.resources[0].schema.primaryKey).toEqual(['iso3', 'edition', 'pillar']);
    expect(p.resources[0].schema.foreignKeys).toEqual([
      { fields: ['iso3'], reference: { resource: 'states-csv', fields: ['iso3'] } },
    ]);
    expect(p.resources[1].schema.foreignKeys).toBeUndefined(); // no states JSON in the package
    expect(p.resources[2].schema.primaryKey).toEqual(['iso3']);
  });
});
