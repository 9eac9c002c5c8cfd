import { UN_GROUPS } from '../../vocab/groups';
/**
 * What a brief is about (`focus=` in the URL): a norm, a legal question, a state, a UN regional
 * group, an M49 region, an organisation, a set of states, a question debated in the UN
 * (`debate:`), a meeting of the UN process or one of its agenda items. New kinds slot in as
 * one union member, one parse case and one param case. Parsing is strict so a hand-edited
 * link cannot put anything unexpected into SQL or onto the page.
 */

/** A brief's focus. */
export type Focus =
  | { kind: 'norm'; id: string }
  | { kind: 'question'; id: string }
  | { kind: 'debate'; id: string }
  | { kind: 'state'; iso3: string }
  | { kind: 'group'; group: string }
  | { kind: 'region'; region: string }
  | { kind: 'org'; org: string }
  | { kind: 'states'; iso3s: string[] }
  | { kind: 'meeting'; id: string }
  | { kind: 'item'; id: string };

/** UN regional groups and M49 regions a focus may name. */
export const GROUPS: readonly string[] = UN_GROUPS;
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];

const ISO3 = /^[A-Z]{3}$/;

/** Parse `meeting:gm-2026-dtg`, `item:gm-2026-dtg.1`, `norm:g`, `question:sovereignty_rule`, `debate:poa_support`, `state:FRA`, `group:African`, `region:Africa`, `org:AU`, `states:FRA,DEU`. */
export function parseFocus(param: string | undefined | null): Focus | null {
  if (!param) return null;
  const i = param.indexOf(':');
  if (i < 0) return null;
  const kind = param.slice(0, i);
  const value = param.slice(i + 1);
  switch (kind) {
    case 'norm':
      return /^[a-k]$/.test(value) ? { kind, id: value } : null;
    case 'question':
    case 'debate':
      return /^[a-z][a-z0-9_]{1,40}$/.test(value) ? { kind, id: value } : null;
    case 'state':
      return ISO3.test(value) ? { kind, iso3: value } : null;
    case 'group':
      return GROUPS.includes(value) ? { kind, group: value } : null;
    case 'region':
      return REGIONS.includes(value) ? { kind, region: value } : null;
    case 'org':
      return /^[A-Za-z0-9_]{2,40}$/.test(value) ? { kind, org: value } : null;
    case 'meeting':
      return /^[a-z0-9-]{2,60}$/.test(value) ? { kind, id: value } : null;
    case 'item':
      return /^[a-z0-9-]{2,60}\.\d{1,2}$/.test(value) ? { kind, id: value } : null;
    case 'states': {
      const list = [
        ...new Set(
          value
            .split(/[,|]/)
            .map((s) => s.trim().toUpperCase())
            .filter((s) => ISO3.test(s)),
        ),
      ];
      return list.length ? { kind, iso3s: list } : null;
    }
    default:
      return null;
  }
}

/** The focus as a URL value (inverse of {@link parseFocus}). */
export function focusParam(f: Focus): string {
  switch (f.kind) {
    case 'norm':
    case 'question':
    case 'meeting':
    case 'item':
    case 'debate':
      return `${f.kind}:${f.id}`;
    case 'state':
      return `state:${f.iso3}`;
    case 'group':
      return `group:${f.group}`;
    case 'region':
      return `region:${f.region}`;
    case 'org':
      return `org:${f.org}`;
    case 'states':
      return `states:${f.iso3s.join(',')}`;
  }
}

/** True when the focus defines its own states (the global filter does not apply). */
export function focusSetsScope(f: Focus): boolean {
  return f.kind === 'group' || f.kind === 'region' || f.kind === 'org' || f.kind === 'states';
}
