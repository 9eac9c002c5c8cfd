import type { ItemChoice, ItemFamily } from '../queries/alignment-items';

/**
 * URL parameters of the Alignment view, read defensively (a hand-edited link falls back to
 * defaults) and written back in short canonical form:
 *   tab=votes|agreement|map · rc=<token>|… (roll calls; absent = all) · res=<token>
 *   order=cluster|group · measure=agreement|kappa · items=votes|il|survey|v:<token>|q:<id>|s:<id>
 *   k=2..5 · overlay=cluster|group|org:<org_id> · state=<ISO3>
 */
export type AlignmentTab = 'votes' | 'agreement' | 'map';
/** How states are ordered in the vote grid and the agreement matrix. */
export type StateOrder = 'cluster' | 'group';
/** What the agreement matrix shows. */
export type AgreementMeasure = 'agreement' | 'kappa';
/** How the opinion map colours states. */
export type Overlay = { kind: 'cluster' } | { kind: 'group' } | { kind: 'org'; org: string };

/** Parsed parameters. */
export interface AlignmentParams {
  tab: AlignmentTab;
  /** chosen roll-call tokens, or null for all */
  rollCalls: string[] | null;
  res: string | null;
  order: StateOrder;
  measure: AgreementMeasure;
  items: ItemChoice;
  k: number | null;
  overlay: Overlay;
  state: string | null;
}

/** Opinion-map items when the link names none: every roll call and every legal question. */
export const DEFAULT_ITEMS: ItemChoice = { votes: 'all', il: 'all', survey: [] };
const KEY = /^[a-z0-9._-]{1,60}$/;
const PREFIX: Record<string, ItemFamily> = { v: 'votes', q: 'il', s: 'survey' };

function tokens(value: string | undefined): string[] {
  return [...new Set((value ?? '').split('|').map((t) => t.trim().toLowerCase()).filter((t) => KEY.test(t)))];
}

/**
 * Reads `items`: family names select a whole family, prefixed keys single items; `none` (or
 * nothing valid) chooses nothing; an absent parameter gives {@link DEFAULT_ITEMS}.
 */
export function decodeItems(value: string | undefined): ItemChoice {
  if (value === undefined || value === '') return { ...DEFAULT_ITEMS };
  const choice: ItemChoice = { votes: [], il: [], survey: [] };
  for (const raw of value.split('|')) {
    const t = raw.trim();
    if (t === 'votes' || t === 'il' || t === 'survey') choice[t] = 'all';
    const m = /^([vqs]):(.+)$/.exec(t);
    const family = m ? PREFIX[m[1]] : undefined;
    const key = m?.[2].toLowerCase() ?? '';
    if (!family || !KEY.test(key)) continue;
    const list = choice[family];
    if (list !== 'all' && !list.includes(key)) list.push(key);
  }
  return choice;
}

/**
 * Writes `items` compactly: a family whose every item is chosen becomes its name. Returns null
 * for the default choice so the URL stays short.
 * @param chosen item ids (`v:…`, `q:…`, `s:…`)
 * @param catalogue every available item with its family, in display order
 */
export function encodeItems(chosen: ReadonlySet<string>, catalogue: readonly { family: ItemFamily; item: string }[]): string | null {
  const out: string[] = [];
  const families: ItemFamily[] = ['votes', 'il', 'survey'];
  const all: Record<ItemFamily, boolean> = { votes: false, il: false, survey: false };
  for (const f of families) {
    const items = catalogue.filter((c) => c.family === f);
    const picked = items.filter((c) => chosen.has(c.item));
    all[f] = items.length > 0 && picked.length === items.length;
    if (all[f]) out.push(f);
    else out.push(...picked.map((c) => c.item));
  }
  if (all.votes && all.il && !out.some((t) => t === 'survey' || t.startsWith('s:'))) return null;
  return out.length ? out.join('|') : 'none';
}

/** Is item `id` (`v:…`) chosen under `choice`? */
export function itemChosen(choice: ItemChoice, family: ItemFamily, id: string): boolean {
  const c = choice[family];
  return c === 'all' || c.includes(id.slice(2));
}

/** Reads every Alignment parameter from the app's params. */
export function readAlignmentParams(p: Record<string, string | undefined>): AlignmentParams {
  const tab = p.tab === 'agreement' || p.tab === 'map' ? p.tab : 'votes';
  const k = Number(p.k);
  const overlay: Overlay =
    p.overlay === 'group' ? { kind: 'group' }
    : p.overlay?.startsWith('org:') && /^[A-Za-z0-9_]{1,60}$/.test(p.overlay.slice(4)) ? { kind: 'org', org: p.overlay.slice(4) }
    : { kind: 'cluster' };
  return {
    tab,
    rollCalls: p.rc === undefined || p.rc === '' ? null : tokens(p.rc),
    res: tokens(p.res)[0] ?? null,
    order: p.order === 'group' ? 'group' : 'cluster',
    measure: p.measure === 'kappa' ? 'kappa' : 'agreement',
    items: decodeItems(p.items),
    k: Number.isInteger(k) && k >= 2 && k <= 5 ? k : null,
    overlay,
    state: p.state && /^[A-Z]{3}$/.test(p.state) ? p.state : null,
  };
}

/** The `overlay` parameter value for an overlay (null = default). */
export function overlayParam(o: Overlay): string | null {
  return o.kind === 'cluster' ? null : o.kind === 'group' ? 'group' : `org:${o.org}`;
}
