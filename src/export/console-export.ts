/**
 * Downloads of the SQL console's result: exactly the rows on screen (the console's row and
 * byte limits included), in every format the download menus offer, and a README codebook
 * that states the query, the limit and the data version. The console runs on its own sandboxed
 * engine, so the file is written from the rows it returned, never by re-running the user's SQL
 * on the app's connection.
 */
import { strToU8 } from 'fflate';
import type { Cell } from '../db/types';
import { encode, fileName, type DataVersion, type DownloadFile } from './bundle';
import { citationLine } from './citation';
import { codebook } from './codebook';
import type { PackageSource } from './datapackage';
import { formatInfo, type ExportFormat } from './formats';
import type { ExportTable } from './table';
import { cellsTable } from './cells-table';

/** The console result as the download sees it. */
export interface ConsoleRows {
  columns: string[];
  rows: Cell[][];
  /** why the console read fewer rows than the query returns */
  truncated: 'rows' | 'bytes' | null;
}

/** What a console download states about itself. */
export interface ConsoleContext {
  sql: string;
  data: DataVersion;
  sources: PackageSource[];
  url?: string;
}

const STEM = 'common-ground-console-result';

/** The console's rows as an export table (duplicate column names get a suffix). */
export function consoleTable(r: ConsoleRows): ExportTable {
  return cellsTable(r.columns, r.rows);
}

function describe(r: ConsoleRows, sql: string): string {
  const limit =
    r.truncated === 'rows'
      ? ` Only the first ${r.rows.length} rows the query returns (the console's row limit).`
      : r.truncated === 'bytes'
        ? ` Only the rows read before the console's size limit (${r.rows.length}).`
        : '';
  return `The rows the SQL console returned for this query, as shown on screen.${limit} Query: ${sql.replace(/\s+/g, ' ').trim()}`;
}

function words(ctx: ConsoleContext): { filterText: string; citation: string } {
  const filterText = 'not the filter bar: the rows of the SQL query below';
  return {
    filterText,
    citation: citationLine({
      what: 'Common Ground data (SQL console result)',
      filter: filterText,
      version: ctx.data.version,
      builtAt: ctx.data.built_at,
      url: ctx.url,
    }),
  };
}

/** The console result as one file in one format; binary formats carry the query and version in their metadata. */
export function consoleFile(r: ConsoleRows, format: ExportFormat, ctx: ConsoleContext): DownloadFile {
  const meta = { 'common-ground:query': ctx.sql, 'common-ground:data-version': ctx.data.version };
  return {
    filename: fileName(STEM, format),
    mediatype: formatInfo(format).mediatype,
    bytes: encode(consoleTable(r), format, meta),
  };
}

/** The README codebook saved beside a console download: columns, the query, the limit, version and sources. */
export function consoleCodebook(r: ConsoleRows, ctx: ConsoleContext): DownloadFile {
  const table = consoleTable(r);
  const description = describe(r, ctx.sql);
  const resources = (['csv', 'parquet', 'arrow', 'json'] as ExportFormat[]).map((format) => ({
    name: `console-result-${format}`,
    dataset: 'console-result',
    title: 'SQL console result',
    description,
    format,
    path: fileName(STEM, format),
    table,
  }));
  const w = words(ctx);
  const text = codebook(resources, {
    filterText: w.filterText,
    version: ctx.data.version,
    builtAt: ctx.data.built_at,
    citation: w.citation,
    sources: ctx.sources,
  });
  const query = ['', '## The query', '', '```sql', ctx.sql.trim(), '```', ''].join('\n');
  return { filename: `${STEM}-README.md`, mediatype: 'text/markdown', bytes: strToU8(text + '\n' + query) };
}
