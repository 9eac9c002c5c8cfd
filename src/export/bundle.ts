/**
 * Runs datasets and packs them: one file, or several files plus datapackage.json and a
 * CITATION.txt as one zip (fflate). Takes anything that answers `query` with Arrow (the app's
 * coordinator, or a Db in Node tests), so both share the code.
 */
import { strToU8, zipSync } from 'fflate';
import type { Db } from '../db/types';

/** What the downloads need from the engine: an Arrow result per SQL. */
export type ArrowSource = Pick<Db, 'query'>;
import type { DatasetSpec } from '../queries/export';
import { toArrowIpc } from './arrow-ipc';
import { citationLine } from './citation';
import { toCsv } from './csv';
import { codebook } from './codebook';
import { dataPackage, type PackageSource } from './datapackage';
import { formatInfo, type ExportFormat } from './formats';
import { toJson } from './json';
import { toParquet } from './parquet';
import { cellsTable } from './cells-table';
import { exportTableFromArrow, type ExportTable } from './table';

/** The shipped data's identity (public/data/manifest.json). */
export interface DataVersion {
  version: string;
  sha256: string;
  built_at: string;
}

/** What every download states about itself. */
export interface DownloadContext {
  filter: unknown;
  filterText: string;
  /** file-name-safe slug of the filter */
  filterSlug: string;
  data: DataVersion;
  /** app address reproducing the view */
  url?: string;
  sources: PackageSource[];
}

/** A finished download. */
export interface DownloadFile {
  filename: string;
  mediatype: string;
  bytes: Uint8Array;
}

/** Run one dataset's SQL and type its rows. */
export async function runDataset(db: ArrowSource, spec: DatasetSpec): Promise<ExportTable> {
  if (spec.cells) {
    const c = spec.cells();
    return cellsTable(c.columns, c.rows);
  }
  return exportTableFromArrow(await db.query(spec.sql));
}

const BOM = '\uFEFF';

/** Encode a table in one format; binary formats carry the filter and version in their metadata. */
export function encode(t: ExportTable, format: ExportFormat, meta: Record<string, string>): Uint8Array {
  switch (format) {
    case 'csv':
      return strToU8(toCsv(t));
    case 'excel':
      return strToU8(BOM + toCsv(t));
    case 'json':
      return strToU8(toJson(t));
    case 'parquet':
      return toParquet(t, meta);
    case 'arrow':
      return toArrowIpc(t, meta);
  }
}

/** The CITATION line for a set of datasets. */
export function citationFor(specs: DatasetSpec[], ctx: DownloadContext): string {
  return citationLine({
    what: specs.map((s) => s.title).join('; '),
    filter: ctx.filterText,
    version: ctx.data.version,
    builtAt: ctx.data.built_at,
    url: ctx.url,
  });
}

/** "sha256:<hex>" of some bytes (Web Crypto: the same in the browser and in Node). */
export async function sha256(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return `sha256:${[...d].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** File name of one dataset in one format (the Excel CSV is told apart from the plain CSV). */
export function fileName(stem: string, format: ExportFormat): string {
  return `${stem}${format === 'excel' ? '-excel' : ''}.${formatInfo(format).ext}`;
}

/** The codebook (README.md) that can be saved beside a single file of one dataset. */
export async function buildCodebook(db: ArrowSource, spec: DatasetSpec, ctx: DownloadContext): Promise<DownloadFile> {
  const table = await runDataset(db, spec);
  const stem = `common-ground-${spec.name}-${ctx.filterSlug}`;
  const resources = (['csv', 'parquet', 'arrow', 'json'] as ExportFormat[]).map((format) => ({
    name: `${spec.name}-${format}`,
    dataset: spec.name,
    title: spec.title,
    description: spec.description,
    format,
    path: fileName(stem, format),
    table,
  }));
  const text = codebook(resources, {
    filterText: ctx.filterText,
    version: ctx.data.version,
    builtAt: ctx.data.built_at,
    citation: citationFor([spec], ctx),
    sources: ctx.sources,
  });
  return { filename: `${stem}-README.md`, mediatype: 'text/markdown', bytes: strToU8(text + '\n') };
}

/**
 * Build the download. One dataset in one format without the package → that file alone;
 * anything more → a zip with every file, datapackage.json and CITATION.txt.
 */
export async function buildDownload(
  db: ArrowSource,
  specs: DatasetSpec[],
  formats: ExportFormat[],
  ctx: DownloadContext,
  withPackage = true,
): Promise<DownloadFile> {
  const tables = await Promise.all(specs.map((s) => runDataset(db, s)));
  const meta = { 'common-ground:filter': ctx.filterText, 'common-ground:data-version': ctx.data.version };
  const stem = (s: DatasetSpec) => `common-ground-${s.name}-${ctx.filterSlug}`;
  if (specs.length === 1 && formats.length === 1 && !withPackage) {
    const info = formatInfo(formats[0]);
    return {
      filename: fileName(stem(specs[0]), formats[0]),
      mediatype: info.mediatype,
      bytes: encode(tables[0], formats[0], meta),
    };
  }
  const files: Record<string, Uint8Array> = {};
  const resources = [];
  for (let i = 0; i < specs.length; i++) {
    for (const format of formats) {
      const path = fileName(stem(specs[i]), format);
      files[path] = encode(tables[i], format, meta);
      resources.push({
        name: `${specs[i].name}-${format}`,
        dataset: specs[i].name,
        title: specs[i].title,
        description: specs[i].description,
        format,
        path,
        table: tables[i],
        bytes: files[path].length,
        hash: await sha256(files[path]),
      });
    }
  }
  const citation = citationFor(specs, ctx);
  const pkg = dataPackage(resources, {
    filter: ctx.filter,
    filterText: ctx.filterText,
    version: ctx.data.version,
    sha256: ctx.data.sha256,
    builtAt: ctx.data.built_at,
    citation,
    sources: ctx.sources,
  });
  files['datapackage.json'] = strToU8(JSON.stringify(pkg, null, 2) + '\n');
  files['README.md'] = strToU8(
    codebook(resources, {
      filterText: ctx.filterText,
      version: ctx.data.version,
      builtAt: ctx.data.built_at,
      citation,
      sources: ctx.sources,
    }) + '\n',
  );
  files['CITATION.txt'] = strToU8(citation + '\n');
  // Fast deflate (level 1) keeps a zip of every dataset in every format under a second; Parquet
  // is already compressed, so it is stored as it is.
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, bytes]): [string, [Uint8Array, { level: 0 | 1 }]] => [
      name,
      [bytes, { level: name.endsWith('.parquet') ? 0 : 1 }],
    ]),
  );
  return {
    filename: `common-ground-${ctx.filterSlug}-${ctx.data.version}.zip`,
    mediatype: 'application/zip',
    bytes: zipSync(entries),
  };
}
