import { DEFAULT_FILTER, type StateFilter, type TriState } from '../queries/filter';
import { UN_GROUPS } from '../vocab/groups';

/** Everything the URL hash holds: the view, the global filter and view parameters (selection). */
export interface HashState {
  view: string;
  filter: StateFilter;
  params: Record<string, string>;
}

// Closed vocabularies are checked here so a mistyped link cannot put nonsense into SQL or UI.
const GROUPS = UN_GROUPS;
const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
const INCOME = ['Low income', 'Lower middle income', 'Upper middle income', 'High income'];
const TOKEN = /^[\p{L}\p{N} _.,'()\-/&]{1,80}$/u;
const FILTER_KEYS = new Set([
  'group',
  'region',
  'subregion',
  'org',
  'orgstatus',
  'ldc',
  'lldc',
  'sids',
  'income',
  'observers',
  'illus',
]);

function list(value: string | null, allowed?: readonly string[]): string[] {
  if (!value) return [];
  const items = value
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v && TOKEN.test(v));
  const kept = allowed ? items.filter((v) => allowed.includes(v)) : items;
  return [...new Set(kept)];
}

function tri(value: string | null): TriState {
  return value === '1' ? 'yes' : value === '0' ? 'no' : 'any';
}

/**
 * Parse `#/<view>?key=value&…`. Anything unreadable falls back to the default for that part
 * (never throws), so an old or hand-edited link still opens the app.
 */
export function parseHash(hash: string, views: readonly string[], fallbackView: string): HashState {
  const empty: HashState = { view: fallbackView, filter: { ...DEFAULT_FILTER }, params: {} };
  try {
    const body = hash.replace(/^#/, '');
    const [path, query = ''] = body.split('?', 2) as [string, string?];
    const name = path.replace(/^\/+/, '').split('/')[0] ?? '';
    const view = views.includes(name) ? name : fallbackView;
    const q = new URLSearchParams(query);
    const filter: StateFilter = {
      groups: list(q.get('group'), GROUPS),
      regions: list(q.get('region'), REGIONS),
      subregions: list(q.get('subregion')),
      orgs: list(q.get('org')).filter((o) => /^[A-Za-z0-9_]+$/.test(o)),
      orgStatus: q.get('orgstatus') === 'any' ? 'any' : 'current',
      ldc: tri(q.get('ldc')),
      lldc: tri(q.get('lldc')),
      sids: tri(q.get('sids')),
      income: list(q.get('income'), INCOME),
      observers: q.get('observers') === '1',
      // Generated data only on request: `illus=1` turns it on; `illus=0` (old links) and no key leave it off.
      illustrative: q.get('illus') === '1',
    };
    const params: Record<string, string> = {};
    for (const [k, v] of q)
      if (!FILTER_KEYS.has(k) && /^[a-z][a-z0-9_]{0,19}$/.test(k) && v.length <= 400) params[k] = v;
    return { view, filter, params };
  } catch {
    return empty;
  }
}

/** Serialise to the canonical hash; defaults are left out so links stay short. */
export function toHash(s: HashState): string {
  const q = new URLSearchParams();
  const f = s.filter;
  const put = (k: string, v: string[]) => v.length && q.set(k, v.join('|'));
  put('group', f.groups);
  put('region', f.regions);
  put('subregion', f.subregions);
  put('org', f.orgs);
  if (f.orgStatus === 'any') q.set('orgstatus', 'any');
  for (const k of ['ldc', 'lldc', 'sids'] as const) if (f[k] !== 'any') q.set(k, f[k] === 'yes' ? '1' : '0');
  put('income', f.income);
  if (f.observers) q.set('observers', '1');
  if (f.illustrative) q.set('illus', '1');
  for (const k of Object.keys(s.params).sort()) if (s.params[k] !== '') q.set(k, s.params[k]);
  const qs = q.toString().replaceAll('%7C', '|');
  return `#/${s.view}${qs ? `?${qs}` : ''}`;
}
