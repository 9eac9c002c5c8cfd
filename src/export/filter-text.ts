/** The global filter in plain words, for file names, citations and datapackage.json. */
import { isDefaultFilter, type StateFilter, type TriState } from '../queries/filter';

/** The stamp on everything built from generated (illustrative) survey rows. */
export const ILLUSTRATIVE_STAMP = 'ILLUSTRATIVE — NOT STATE DATA';

const tri = (label: string, v: TriState) => (v === 'any' ? null : `${label}: ${v}`);

/** "All UN member states", or each narrowing dimension, e.g. "UN regional group: African; SIDS: yes". */
export function describeFilter(f: StateFilter): string {
  if (isDefaultFilter(f)) return 'All 193 UN member states';
  const parts = [
    f.groups.length ? `UN regional group: ${f.groups.join(' or ')}` : null,
    f.regions.length ? `region: ${f.regions.join(' or ')}` : null,
    f.subregions.length ? `sub-region: ${f.subregions.join(' or ')}` : null,
    f.orgs.length
      ? `organisation: ${f.orgs.join(' or ')}${f.orgStatus === 'any' ? ' (any membership status)' : ' (current members)'}`
      : null,
    tri('LDC', f.ldc),
    tri('LLDC', f.lldc),
    tri('SIDS', f.sids),
    f.income.length ? `income group: ${f.income.join(' or ')}` : null,
    f.observers ? 'observer states included' : null,
    f.illustrative ? `${ILLUSTRATIVE_STAMP} included (generated survey rows)` : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 1 && f.illustrative) return `All 193 UN member states; ${parts[0]}`;
  return parts.join('; ');
}

/** A short file-name-safe slug of the filter, e.g. "african-sids". */
export function filterSlug(f: StateFilter): string {
  if (isDefaultFilter(f)) return 'all';
  const bits = [...f.groups, ...f.regions, ...f.subregions, ...f.orgs, ...f.income];
  for (const k of ['ldc', 'lldc', 'sids'] as const) if (f[k] !== 'any') bits.push(`${k}-${f[k]}`);
  if (f.observers) bits.push('observers');
  const rest = bits
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  // Generated rows stamp the file name itself, in capitals, so a saved file cannot pass for State data.
  if (f.illustrative) return `ILLUSTRATIVE-NOT-STATE-DATA${rest ? `-${rest}` : ''}`;
  return rest || 'filtered';
}
