import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { dataPackage } from '../../../src/export/datapackage';
import type { ExportTable } from '../../../src/export/table';
import type { ExportFormat } from '../../../src/export/formats';

// The official Data Package v2 profiles, vendored (test/fixtures/frictionless-2.0/README.md).
const profile = (name: string) => JSON.parse(readFileSync(`test/fixtures/frictionless-2.0/${name}.json`, 'utf8'));
const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const validatePackage = ajv.compile(profile('datapackage'));
const validateResource = ajv.compile(profile('dataresource'));
const validateSchema = ajv.compile(profile('tableschema'));
const validateDialect = ajv.compile(profile('tabledialect'));

const table: ExportTable = {
  fields: [
    { name: 'iso3', type: 'string' },
    { name: 'date', type: 'date' },
    { name: 'score', type: 'number' },
    { name: 'source_id', type: 'string' },
  ],
  rows: [{ iso3: 'KEN', date: '2023-12-22', score: 1, source_id: 'a' }],
};
const ctx = {
  filter: {},
  filterText: 'All 193 UN member states',
  version: 'v1',
  sha256: 'ab',
  builtAt: '2026-01-01T00:00:00Z',
  citation: 'c',
  sources: [
    {
      source_id: 'a',
      title: 'A/RES/78/237',
      url: 'https://docs.un.org/en/A/RES/78/237',
      publisher: 'UN',
      licence: null,
      strength: 'official',
    },
  ],
};

describe('datapackage.json against the official v2 profiles', () => {
  const formats: ExportFormat[] = ['csv', 'excel', 'parquet', 'arrow', 'json'];
  const pkg = dataPackage(
    formats.map((format) => ({
      name: `gci-2020-${format}`,
      dataset: 'gci-2020',
      title: 'T',
      description: 'D',
      format,
      path: `f-${format}.${format === 'excel' ? 'csv' : format}`,
      table,
      bytes: 10,
      hash: 'sha256:00ff',
    })),
    ctx,
  );

  it('the package validates', () => {
    const ok = validatePackage(pkg);
    expect(validatePackage.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('every resource, its table schema and its CSV dialect validate on their own profiles', () => {
    for (const r of pkg.resources) {
      expect([r.name, validateResource(r), validateResource.errors ?? []]).toEqual([r.name, true, []]);
      expect([r.name, validateSchema(r.schema), validateSchema.errors ?? []]).toEqual([r.name, true, []]);
      if ('dialect' in r) expect(validateDialect(r.dialect)).toBe(true);
    }
  });

  it('the checks can fail: a bad hash, a bad resource name type and a non-table type are rejected', () => {
    const bad = structuredClone(pkg) as unknown as { resources: Record<string, unknown>[] };
    bad.resources[0].hash = 'sha256:not-hex';
    expect(validatePackage(bad)).toBe(false);
    const bad2 = structuredClone(pkg) as unknown as { resources: Record<string, unknown>[] };
    bad2.resources[0].type = 'spreadsheet';
    expect(validateResource(bad2.resources[0])).toBe(false);
    const bad3 = structuredClone(pkg) as unknown as { resources: Record<string, unknown>[] };
    bad3.resources[0].bytes = 'ten';
    expect(validatePackage(bad3)).toBe(false);
  });

  it('dates are typed as dates in the schema of every format', () => {
    for (const r of pkg.resources) expect(r.schema.fields.find((f) => f.name === 'date')?.type).toBe('date');
  });
});
