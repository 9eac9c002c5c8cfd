/** The download formats, their file extensions and media types. */
export type ExportFormat = 'csv' | 'excel' | 'parquet' | 'arrow' | 'json';

/** Every format, in the order the menu offers them. */
export const FORMATS: { id: ExportFormat; label: string; ext: string; mediatype: string }[] = [
  { id: 'csv', label: 'CSV', ext: 'csv', mediatype: 'text/csv' },
  // The same CSV with a UTF-8 byte-order mark: Excel reads a BOM-less file as the local code
  // page and garbles "Côte d'Ivoire" on a double-click.
  { id: 'excel', label: 'CSV for Excel', ext: 'csv', mediatype: 'text/csv' },
  { id: 'parquet', label: 'Parquet', ext: 'parquet', mediatype: 'application/vnd.apache.parquet' },
  { id: 'arrow', label: 'Arrow IPC', ext: 'arrow', mediatype: 'application/vnd.apache.arrow.file' },
  { id: 'json', label: 'JSON', ext: 'json', mediatype: 'application/json' },
];

/** Look up a format's description. */
export function formatInfo(id: ExportFormat): (typeof FORMATS)[number] {
  return FORMATS.find((f) => f.id === id)!;
}
