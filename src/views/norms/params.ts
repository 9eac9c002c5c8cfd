import { NORM_IDS } from '../../validate/specs/survey';
import { SORT_KEYS, type Grouping, type SortKey } from './model';
import { MATRIX_ORDERS, type MatrixOrder } from './matrix-order';
import { declareParams, local, oneOf, SHARED, token, year } from '../../state/params';

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

/** One of the 11 norms, a–k. */
export type NormId = (typeof NORM_IDS)[number];

/** Organisation compared with the rest when `by=org` names none. */
export const DEFAULT_ORG = 'EU';

/**
 * The Norms view's URL parameters: `norm`, `by` (group | region | org) with `byorg`, `sort`
 * with `dir`, `order` (matrix), `year` and the shared `state`. `byorg` and `dir` have no fixed
 * default (they follow `by` and `sort`), so what the controls pick is written out.
 */
export const normsUrl = declareParams('norms', {
  state: SHARED.state,
  norm: local(oneOf(NORM_IDS)),
  by: local(oneOf(['group', 'region', 'org'] as const), 'group'),
  byorg: local(token(/^[A-Za-z0-9_]{1,20}$/)),
  sort: local(oneOf(SORT_KEYS), 'norm'),
  dir: local(oneOf(['asc', 'desc'] as const)),
  order: local(oneOf(MATRIX_ORDERS), 'group'),
  /** null = each state's latest answer */
  year: local(year(/^\d{4}$/)),
});

/** The settings the view works with, from the declared values. */
export function normsSettings(v: typeof normsUrl.value): NormsParams {
  const sort: SortKey = v.sort;
  return {
    norm: v.norm,
    grouping: { kind: v.by, org: v.by === 'org' ? (v.byorg ?? DEFAULT_ORG) : null },
    sort,
    dir: v.dir ?? (sort === 'norm' ? 'asc' : 'desc'),
    order: v.order,
    year: v.year,
    state: v.state,
  };
}

/** Words for a grouping, e.g. in headings ("by UN regional group"). */
export function groupingLabel(g: Grouping): string {
  if (g.kind === 'region') return 'M49 region';
  if (g.kind === 'org') return `${g.org} members vs the rest`;
  return 'UN regional group';
}

/** The settings a raw parameter record gives (pure; the view reads `normsUrl.value`). */
export function readNormsParams(raw: Record<string, string>): NormsParams {
  return normsSettings(normsUrl.read(raw));
}
