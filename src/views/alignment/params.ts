import type { ItemChoice, ItemFamily } from '../../queries/alignment-items';
import { declareParams, list, local, number, oneOf, SHARED, token, type Codec } from '../../state/params';

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

/** Opinion-map items when the link names none: every roll call and every legal question. */
export const DEFAULT_ITEMS: ItemChoice = { votes: 'all', il: 'all', survey: [] };
const KEY = /^[a-z0-9._-]{1,60}$/;
const PREFIX: Record<string, ItemFamily> = { v: 'votes', q: 'il', s: 'survey' };

/** Roll-call tokens, read trimmed and lower-case. */
const TOKENS = list(
  token(KEY, (t) => t.trim().toLowerCase()),
  { empty: 'none' },
);

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
 * The choice a set of chosen item ids makes: a family whose every item is chosen becomes
 * 'all' (written as its name, so links stay short and keep meaning "all" as data grows).
 * @param chosen item ids (`v:…`, `q:…`, `s:…`)
 * @param catalogue every available item with its family, in display order
 */
export function choiceOf(
  chosen: ReadonlySet<string>,
  catalogue: readonly { family: ItemFamily; item: string }[],
): ItemChoice {
  const choice: ItemChoice = { votes: [], il: [], survey: [] };
  for (const f of ['votes', 'il', 'survey'] as const) {
    const items = catalogue.filter((c) => c.family === f);
    const picked = items.filter((c) => chosen.has(c.item));
    choice[f] = items.length > 0 && picked.length === items.length ? 'all' : picked.map((c) => c.item.slice(2));
  }
  return choice;
}

const PREFIX_OF: Record<ItemFamily, string> = { votes: 'v', il: 'q', survey: 's' };

/** `items=`: family names and prefixed keys; `none` for an empty choice. */
const ITEMS: Codec<ItemChoice> = {
  decode: (raw) => decodeItems(raw),
  encode: (c) => {
    const out: string[] = [];
    for (const f of ['votes', 'il', 'survey'] as const) {
      const l = c[f];
      if (l === 'all') out.push(f);
      else out.push(...l.map((k) => `${PREFIX_OF[f]}:${k}`));
    }
    return out.length ? out.join('|') : 'none';
  },
};

/** Writes `items` compactly (see {@link choiceOf}); null for the default choice. */
export function encodeItems(
  chosen: ReadonlySet<string>,
  catalogue: readonly { family: ItemFamily; item: string }[],
): string | null {
  return alignmentUrl.encode({ items: choiceOf(chosen, catalogue) }).items;
}

/** Is item `id` (`v:…`) chosen under `choice`? */
export function itemChosen(choice: ItemChoice, family: ItemFamily, id: string): boolean {
  const c = choice[family];
  return c === 'all' || c.includes(id.slice(2));
}

/** `overlay=group|org:<org_id>` (absent = clusters). */
const OVERLAY: Codec<Overlay> = {
  decode: (raw) =>
    raw === 'group'
      ? { kind: 'group' }
      : raw.startsWith('org:') && /^[A-Za-z0-9_]{1,60}$/.test(raw.slice(4))
        ? { kind: 'org', org: raw.slice(4) }
        : undefined,
  encode: (o) => overlayParam(o) ?? 'cluster',
};

/** The Alignment view's URL parameters. */
export const alignmentUrl = declareParams('alignment', {
  tab: local(oneOf<AlignmentTab>(['votes', 'agreement', 'map']), 'votes'),
  /** chosen roll-call tokens, or null for all */
  rollCalls: local(TOKENS).as('rc'),
  /** the roll call in focus (first valid token) */
  res: local<string>({ decode: (raw) => TOKENS.decode(raw)?.[0], encode: (t) => t }),
  order: local(oneOf<StateOrder>(['cluster', 'group']), 'cluster'),
  measure: local(oneOf<AgreementMeasure>(['agreement', 'kappa']), 'agreement'),
  items: local(ITEMS, DEFAULT_ITEMS),
  k: local(number({ min: 2, max: 5, integer: true })),
  overlay: local(OVERLAY, { kind: 'cluster' }),
  state: SHARED.state,
});

/** Parsed parameters. */
export type AlignmentParams = typeof alignmentUrl.value;

/** Reads every Alignment parameter from a raw record (pure). */
export function readAlignmentParams(p: Record<string, string | undefined>): AlignmentParams {
  return alignmentUrl.read(p);
}

/** The `overlay` parameter value for an overlay (null = default). */
export function overlayParam(o: Overlay): string | null {
  return o.kind === 'cluster' ? null : o.kind === 'group' ? 'group' : `org:${o.org}`;
}
