/**
 * datapackage.json (Data Package v2, `$schema` …/profiles/2.0/datapackage.json) for a download:
 * one `type: "table"` resource per file (v2 allows any tabular format; a CSV dialect only for
 * CSV) with typed, described fields, primary and foreign keys, `bytes` and a SHA-256 `hash`,
 * the sources its rows cite with their licences, the filter that produced it, the data version
 * and counts of flagged rows, counted once per dataset however many formats carry it. Extra
 * properties (`filter`, `dataVersion`, `flags`, `citation`) are allowed by the standard.
 */
import { CSV_LINE_END } from './csv';
import { describeColumn } from './dictionary';
import { formatInfo, type ExportFormat } from './formats';
import { DATASET_KEYS } from './keys';
import type { ExportTable } from './table';

/** The Data Package v2 profiles this file declares. */
export const PACKAGE_SCHEMA = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const RESOURCE_SCHEMA = 'https://datapackage.org/profiles/2.0/dataresource.json';

/** One source as the `sources` table has it. */
export interface PackageSource {
  source_id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  licence: string | null;
  strength: string | null;
  /** thread reader, aggregator, mirror, machine copy or site root (sources.weak_source) */
  weak_source?: boolean | null;
  weak_reason?: string | null;
}

/** A file in the download. */
export interface PackageResource {
  /** dataset name, lower-case with - or _ (Frictionless `name`) */
  name: string;
  title: string;
  description: string;
  format: ExportFormat;
  /** path inside the zip, or the file name */
  path: string;
  table: ExportTable;
  /** the dataset this file encodes (DatasetSpec.name): keys and flags are per dataset */
  dataset?: string;
  /** size of the encoded file */
  bytes?: number;
  /** "sha256:<hex>" of the encoded file */
  hash?: string;
}

/** What the package describes besides its files. */
export interface PackageContext {
  filter: unknown;
  filterText: string;
  version: string;
  sha256: string;
  builtAt: string;
  citation: string;
  created?: string;
  /** every source (the package keeps those its rows cite) */
  sources: PackageSource[];
}

/** Counts of rows that carry a caveat flag (DESIGN §3: flags travel with the rows). */
export interface FlagCounts {
  illustrative: number;
  inferred: number;
  weaklySourced: number;
}

const WEAK = new Set(['secondary', 'derivative']);

/** Count illustrative, inferred and weakly sourced rows of a table by the columns it has. */
export function flagCounts(t: ExportTable): FlagCounts {
  const c: FlagCounts = { illustrative: 0, inferred: 0, weaklySourced: 0 };
  for (const r of t.rows) {
    if (r.origin === 'illustrative') c.illustrative++;
    if (r.inferred === true || r.identification === 'inferred') c.inferred++;
    if (
      (typeof r.source_strength === 'string' && WEAK.has(r.source_strength)) ||
      (typeof r.strength_rank === 'number' && r.strength_rank >= 4) ||
      r.weak_source === true
    )
      c.weaklySourced++;
  }
  return c;
}

function citedIds(t: ExportTable): Set<string> {
  const ids = new Set<string>();
  for (const r of t.rows) if (typeof r.source_id === 'string') ids.add(r.source_id);
  return ids;
}

function frictionlessSource(s: PackageSource) {
  return {
    title: s.title,
    ...(s.url ? { path: s.url } : {}),
    ...(s.publisher ? { publisher: s.publisher } : {}),
    licence: s.licence ?? 'not stated',
    strength: s.strength ?? undefined,
    source_id: s.source_id,
    ...(s.weak_source ? { weak_source: true, weak_reason: s.weak_reason ?? undefined } : {}),
  };
}

const NON_COMMERCIAL = /non-commercial/i;

const isCsv = (f: ExportFormat) => f === 'csv' || f === 'excel';

/** `primaryKey` and `foreignKeys` of a resource, keeping only keys the package can honour. */
function keysOf(r: PackageResource, all: PackageResource[]) {
  const keys = r.dataset ? DATASET_KEYS[r.dataset] : undefined;
  if (!keys) return {};
  const has = (t: ExportTable, names: string[]) => names.every((n) => t.fields.some((f) => f.name === n));
  const primaryKey = keys.primaryKey && has(r.table, keys.primaryKey) ? keys.primaryKey : undefined;
  const foreignKeys = (keys.foreignKeys ?? []).flatMap((fk) => {
    // The target must be in this package, in the same format (a CSV points at the CSV).
    const target = all.find((t) => t.dataset === fk.dataset && t.format === r.format);
    if (!target || !has(r.table, fk.fields) || !has(target.table, fk.reference)) return [];
    return [{ fields: fk.fields, reference: { resource: target.name, fields: fk.reference } }];
  });
  return { ...(primaryKey ? { primaryKey } : {}), ...(foreignKeys.length ? { foreignKeys } : {}) };
}

/** Build the datapackage.json object. */
export function dataPackage(resources: PackageResource[], ctx: PackageContext) {
  const byId = new Map(ctx.sources.map((s) => [s.source_id, s]));
  const all = new Set<string>();
  const flags: FlagCounts = { illustrative: 0, inferred: 0, weaklySourced: 0 };
  const counted = new Set<string>();
  const out = resources.map((r) => {
    const ids = citedIds(r.table);
    ids.forEach((id) => all.add(id));
    const f = flagCounts(r.table);
    // A dataset in three formats is still one set of rows: count its flags once.
    const key = r.dataset ?? r.name;
    if (!counted.has(key)) {
      counted.add(key);
      flags.illustrative += f.illustrative;
      flags.inferred += f.inferred;
      flags.weaklySourced += f.weaklySourced;
    }
    const info = formatInfo(r.format);
    return {
      $schema: RESOURCE_SCHEMA,
      name: r.name,
      type: 'table' as const,
      title: r.title,
      description:
        r.description +
        (isCsv(r.format)
          ? " Text cells that begin with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe (') so spreadsheets do not run them as formulas."
          : '') +
        (r.format === 'excel'
          ? ' This copy starts with a UTF-8 byte-order mark so that Excel opens accented names correctly.'
          : ''),
      path: r.path,
      format: info.ext,
      mediatype: info.mediatype,
      ...(isCsv(r.format) || r.format === 'json' ? { encoding: 'utf-8' } : {}),
      ...(r.bytes !== undefined ? { bytes: r.bytes } : {}),
      ...(r.hash ? { hash: r.hash } : {}),
      ...(isCsv(r.format)
        ? {
            dialect: {
              $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
              delimiter: ',',
              lineTerminator: CSV_LINE_END,
              quoteChar: '"',
              doubleQuote: true,
              header: true,
            },
          }
        : {}),
      rows: r.table.rows.length,
      schema: {
        $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
        fields: r.table.fields.map((fl) => ({ name: fl.name, type: fl.type, description: describeColumn(fl.name) })),
        missingValues: [''],
        ...keysOf(r, resources),
      },
      sources: [...ids]
        .sort()
        .map((id) => byId.get(id))
        .filter((s): s is PackageSource => !!s)
        .map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) })),
      flags: f,
    };
  });
  const cited = [...all]
    .sort()
    .map((id) => byId.get(id))
    .filter((s): s is PackageSource => !!s);
  const licenses: { name: string; title: string; path?: string }[] = [
    {
      name: 'other-at',
      title: 'Compiled by Common Ground; each row keeps the terms of the source it cites (see sources[].licence)',
    },
  ];
  const nc = cited.find((s) => NON_COMMERCIAL.test(s.licence ?? ''));
  if (nc)
    licenses.push({
      name: 'other-nc',
      title: `ITU Global Cybersecurity Index data: ${nc.licence}`,
      ...(nc.url ? { path: nc.url } : {}),
    });
  // Generated rows stamp the whole package, its title and a field of its own.
  const stamp = flags.illustrative > 0 ? 'ILLUSTRATIVE — NOT STATE DATA' : null;
  return {
    $schema: PACKAGE_SCHEMA,
    name: stamp ? 'common-ground-export-illustrative' : 'common-ground-export',
    title: `${stamp ? `${stamp}: ` : ''}Common Ground export: ${resources
      .map((r) => r.title)
      .filter((t, i, a) => a.indexOf(t) === i)
      .join('; ')}`,
    ...(stamp
      ? {
          stamp: `${stamp}: ${flags.illustrative} rows are generated example data (origin = illustrative, column data_stamp), not any State's answers.`,
        }
      : {}),
    description: `Rows behind a Common Ground view for the states in scope (${ctx.filterText}). Nothing is filled in from memory: every fact row cites a source by source_id, and flag columns (origin, inferred, identification, source_strength) mark illustrative, inferred and weakly sourced rows.`,
    version: ctx.version,
    created: ctx.created ?? new Date().toISOString(),
    licenses,
    sources: cited.map(frictionlessSource),
    resources: out,
    filter: { description: ctx.filterText, state: ctx.filter },
    dataVersion: { version: ctx.version, sha256: ctx.sha256, builtAt: ctx.builtAt },
    flags,
    citation: ctx.citation,
  };
}

/** Type of the object {@link dataPackage} returns. */
export type DataPackage = ReturnType<typeof dataPackage>;
