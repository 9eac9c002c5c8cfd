import type { GroupContrastRow } from '../../queries/group-contrast';
import { contrastGroups, type GroupContrast, type SideStances } from '../../analysis/group-contrast';
import { UN_GROUPS, groupName } from '../../vocab/groups';

/** The UN regional groups, as the states table spells them, with their reading names. */
export const UN_GROUP_LABELS: Record<string, string> = Object.fromEntries(UN_GROUPS.map((g) => [g, groupName(g)]));

/** Organisations offered as a side (any org_id in the data also works from the URL). */
export const ORG_LABELS: Record<string, string> = {
  AU: 'African Union',
  EU: 'European Union',
  NATO: 'NATO',
  ASEAN: 'ASEAN',
  OAS: 'OAS',
  LAS: 'League of Arab States',
  OIC: 'OIC',
  G77: 'G77',
};

const KEY = /^[A-Za-z][A-Za-z0-9 _-]{1,40}$/;

/** A side's reading name. */
export const sideLabel = (k: string): string => UN_GROUP_LABELS[k] ?? ORG_LABELS[k] ?? k;

/**
 * The two sides compared: `vs=African|WEOG` from the URL, else the global filter's UN groups
 * when it holds exactly two, else none.
 */
export function pickSides(vs: readonly string[], filterGroups: readonly string[]): [string, string] | null {
  const keys = [...new Set(vs.filter((k) => KEY.test(k)))];
  if (keys.length === 2) return [keys[0], keys[1]];
  return filterGroups.length === 2 ? [filterGroups[0], filterGroups[1]] : null;
}

/** One question compared: the verdict, each side's own stances and collective lines. */
export interface ContrastLine {
  questionId: string;
  contrast: GroupContrast;
  sides: [Side, Side];
}

/** A side: its own stances, its states, and the collective positions that speak for it. */
export type Side = SideStances & {
  n: number;
  collective: { actor: string; stance: string; members?: number; onSide: number }[];
};

/** Rows of `groupContrastSql` → one compared line per question, in question order. */
export function contrastLines(rows: GroupContrastRow[], keys: [string, string]): ContrastLine[] {
  const byQ = new Map<string, ContrastLine['sides']>();
  const blank = (i: 0 | 1): Side => ({
    label: sideLabel(keys[i]),
    supports: 0,
    qualified: 0,
    opposes: 0,
    collective: [],
    n: 0,
  });
  for (const r of rows) {
    const s = byQ.get(r.question_id) ?? [blank(0), blank(1)];
    byQ.set(r.question_id, s);
    const side = s[r.side];
    if (r.row === 'own')
      Object.assign(side, { supports: r.supports, qualified: r.qualified, opposes: r.opposes, n: r.n ?? 0 });
    else if (r.stance)
      side.collective.push({
        actor: r.actor_name ?? r.actor_id ?? '',
        stance: r.stance,
        members: r.members ?? undefined,
        onSide: r.on_side ?? 0,
      });
  }
  return [...byQ].map(([questionId, sides]) => ({ questionId, sides, contrast: contrastGroups(sides[0], sides[1]) }));
}
