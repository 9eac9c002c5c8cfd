/**
 * A README / codebook for a download, in Markdown: what each file is, each column with its type
 * and meaning, the flags and how many rows carry them, the sources cited, the filter and the data
 * version. It travels with every zip and can be saved beside a single file, so a table keeps
 * its meaning after it leaves the app.
 */
import { describeColumn } from './dictionary';
import { flagCounts, type PackageResource, type PackageSource } from './datapackage';
import { formatInfo } from './formats';

/** What the codebook states besides the files. */
export interface CodebookContext {
  filterText: string;
  version: string;
  builtAt: string;
  citation: string;
  sources: PackageSource[];
}

const mdCell = (s: string) => s.replaceAll('|', '\\|').replace(/\s+/g, ' ');

/** The codebook text for a set of files (one dataset may appear in several formats). */
export function codebook(resources: PackageResource[], ctx: CodebookContext): string {
  const byId = new Map(ctx.sources.map((s) => [s.source_id, s]));
  const lines: string[] = [
    '# Common Ground download: codebook',
    '',
    `- States in scope: ${ctx.filterText}`,
    `- Data version: ${ctx.version} (built ${ctx.builtAt.slice(0, 10)})`,
    `- Cite as: ${ctx.citation}`,
    '- Missing values are empty cells (CSV) or nulls (Parquet, Arrow, JSON); a missing value is never zero.',
    '',
  ];
  const seen = new Set<string>();
  for (const r of resources) {
    const key = r.dataset ?? r.name;
    const files = resources
      .filter((x) => (x.dataset ?? x.name) === key)
      .map((x) => `\`${x.path}\` (${formatInfo(x.format).label})`);
    if (seen.has(key)) continue;
    seen.add(key);
    const f = flagCounts(r.table);
    lines.push(`## ${r.title}`, '', r.description, '', `Files: ${files.join(', ')}. Rows: ${r.table.rows.length}.`, '');
    const flagged = [
      f.illustrative ? `${f.illustrative} ILLUSTRATIVE — NOT STATE DATA (generated rows, origin = illustrative)` : null,
      f.inferred ? `${f.inferred} inferred` : null,
      f.weaklySourced ? `${f.weaklySourced} weakly sourced` : null,
    ].filter(Boolean);
    lines.push(`Flagged rows: ${flagged.length ? flagged.join('; ') : 'none'}.`, '');
    lines.push('| column | type | meaning |', '|---|---|---|');
    for (const fl of r.table.fields)
      lines.push(`| ${mdCell(fl.name)} | ${fl.type} | ${mdCell(describeColumn(fl.name))} |`);
    lines.push('');
    const cited = [
      ...new Set(r.table.rows.map((x) => x.source_id).filter((x): x is string => typeof x === 'string')),
    ].sort();
    if (cited.length) {
      lines.push('Sources cited by these rows:', '');
      for (const id of cited) {
        const s = byId.get(id);
        lines.push(
          `- ${id}: ${s ? `${mdCell(s.title)}${s.url ? ` <${s.url}>` : ''}${s.licence ? ` — licence: ${mdCell(s.licence)}` : ''}` : '(not in the sources table)'}`,
        );
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
