import type { CapacityGrouping, CapacityScoreRow } from '../../queries/capacity';
import { NO_GROUP, UN_GROUPS, groupName } from '../../vocab/groups';
import { compareNames } from '../../vocab/format';

/** Display order of the groups under each grouping (labels as `GROUPING_SQL` writes them). */
export const GROUP_ORDER: Record<CapacityGrouping, readonly string[]> = {
  group: [...UN_GROUPS, NO_GROUP],
  region: ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'],
  income: ['Low income', 'Lower middle income', 'Upper middle income', 'High income', 'Not classified'],
  ldc: ['LDC', 'Not LDC'],
  sids: ['SIDS', 'Not SIDS'],
};

const COLUMN: Record<CapacityGrouping, 'g_group' | 'g_region' | 'g_ldc' | 'g_sids' | 'g_income'> = {
  group: 'g_group',
  region: 'g_region',
  ldc: 'g_ldc',
  sids: 'g_sids',
  income: 'g_income',
};

/** The group a state falls in under a grouping. */
export function groupOf(row: CapacityScoreRow, by: CapacityGrouping): string {
  return row[COLUMN[by]];
}

/** Sort group labels in display order (unknown labels last, alphabetically). */
export function sortGroups(by: CapacityGrouping, labels: Iterable<string>): string[] {
  const order = GROUP_ORDER[by];
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  return [...new Set(labels)].sort((a, b) => rank(a) - rank(b) || compareNames(a, b));
}

/** A group's name as a heading or table label ("African Group", "Africa", "LDC"). */
export { groupName };

/**
 * The states of a group as a plural noun phrase for sentences: "African Group states",
 * "states in Africa", "LDCs", "low-income states".
 */
export function groupNoun(by: CapacityGrouping, label: string): string {
  switch (by) {
    case 'group':
      return label === NO_GROUP ? 'states outside the UN regional groups' : `${groupName(label)} states`;
    case 'region':
      return `states in ${label}`;
    case 'ldc':
      return label === 'LDC' ? 'LDCs' : 'states that are not LDCs';
    case 'sids':
      return label === 'SIDS' ? 'SIDS' : 'states that are not SIDS';
    case 'income':
      return label === 'Not classified'
        ? 'states without an income classification'
        : `${label.toLowerCase().replace(' income', '-income')} states`;
  }
}
