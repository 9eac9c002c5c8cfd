import { NORM_IDS } from '../../validate/specs/survey';
import { SORT_KEYS, type Grouping, type SortKey } from './model';
import { MATRIX_ORDERS, type MatrixOrder } from './matrix-order';

/** The norms view's URL parameters, checked (a mistyped link falls back to defaults). */
export interface NormsParams {
  norm: string | null;
  grouping: Grouping;
  sort: SortKey;
  dir: 'asc' | 'desc';
  order: MatrixOrder;
  /** null = each state's latest answer */
  year: number | null;
  state: string | null;
}

/** Organisation compared with the rest when `by=org` names none. */
export const DEFAULT_ORG = 'EU';

/**
 * Reads `norm`, `by` (group | region | org) with `byorg`, `sort` with `dir`, `order` (matrix),
 * `year` and `state` from the URL parameters.
 */
export function readNormsParams(p: Record<string, string>): NormsParams {
  const by = p.by === 'region' || p.by === 'org' ? p.by : 'group';
  const org = by === 'org' ? (/^[A-Za-z0-9_]{1,20}$/.test(p.byorg ?? '') ? p.byorg : DEFAULT_ORG) : null;
  const sort = (SORT_KEYS as readonly string[]).includes(p.sort) ? (p.sort as SortKey) : 'norm';
  const year = /^\d{4}$/.test(p.year ?? '') ? Number(p.year) : null;
  return {
    norm: (NORM_IDS as readonly string[]).includes(p.norm) ? p.norm : null,
    grouping: { kind: by, org },
    sort,
    dir: p.dir === 'asc' || p.dir === 'desc' ? p.dir : sort === 'norm' ? 'asc' : 'desc',
    order: (MATRIX_ORDERS as readonly string[]).includes(p.order) ? (p.order as MatrixOrder) : 'group',
    year,
    state: /^[A-Z]{3}$/.test(p.state ?? '') ? p.state : null,
  };
}

/** Words for a grouping, e.g. in headings ("by UN regional group"). */
export function groupingLabel(g: Grouping): string {
  if (g.kind === 'region') return 'M49 region';
  if (g.kind === 'org') return `${g.org} members vs the rest`;
  return 'UN regional group';
}
