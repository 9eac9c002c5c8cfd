/** Quote one CSV cell when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line from cells. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}
