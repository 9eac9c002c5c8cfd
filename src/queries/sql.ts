/** Quote a string as a SQL literal; every user- or URL-supplied value passes through here. */
export function lit(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL list literal `('a', 'b')` for IN clauses; callers skip the clause when empty. */
export function litList(values: readonly string[]): string {
  return `(${values.map(lit).join(', ')})`;
}

/** Quote an identifier (column aliases taken from data, e.g. pillar names). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
