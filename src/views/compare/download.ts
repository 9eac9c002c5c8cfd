/**
 * The comparison tables as one download: one row per item shown (roll calls, legal questions
 * and, when present, norms), each compared state's answer in its own column, and the status.
 */
import type { Cell } from '../../db/types';
import type { DatasetSpec } from '../../queries/export';
import { itemStatus, type CompareItem } from './model';

export function compareDataset(states: readonly string[], items: readonly CompareItem[]): DatasetSpec {
  return {
    name: 'comparison',
    title: 'State comparison (the rows shown)',
    description: `One row per item of the comparison tables (section votes, law, norms), in the order shown: each compared state's answer in the column named by its ISO3 code (${states.join(', ')}; empty = no answer), flagged when the row carries a caveat (inferred roll call, inferred or weak stance, illustrative survey), and status among those that answered (agree, differ, thin = too few answers). Computed in the browser and written from the rows shown on screen.`,
    sql: '',
    cells: () => ({
      columns: ['section', 'key', 'item', ...states.map((s) => s.toLowerCase()), 'flagged', 'status'],
      rows: items.map((it): Cell[] => [it.section, it.key, it.label, ...it.answers, it.flagged, itemStatus(it)]),
    }),
  };
}
