/**
 * The "Group against group" panel as a download: one row per question compared, with each
 * side's own stances and counts and the verdict, written from the very lines on screen.
 */
import type { Cell } from '../../db/types';
import type { DatasetSpec } from '../../queries/export';
import { sideLabel, type ContrastLine } from './sides';

export function contrastDataset(
  keys: [string, string],
  lines: readonly ContrastLine[],
  title: ReadonlyMap<string, string>,
): DatasetSpec {
  const [a, b] = keys;
  return {
    name: `group-contrast-${a}-${b}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    title: `Group against group: ${sideLabel(a)} and ${sideLabel(b)} (the rows shown)`,
    description: `Per question: each side's member states' own stances (supports, qualified, opposes) and how many states it has, the support share (qualified = ½) and the verdict. A group's collective position is listed in side_*_collective and never counted. Computed in the browser and written from the rows shown on screen (not re-derived from SQL).`,
    sql: '',
    cells: () => {
      const rows: Cell[][] = lines.map((l) => {
        const side = (i: 0 | 1): Cell[] => {
          const s = l.sides[i];
          return [
            keys[i],
            s.label,
            s.n,
            s.supports,
            s.qualified,
            s.opposes,
            l.contrast.share[i],
            s.collective.map((c) => `${c.actor}: ${c.stance}`).join('; '),
          ];
        };
        return [
          l.questionId,
          title.get(l.questionId) ?? l.questionId,
          l.contrast.verdict,
          l.contrast.gap,
          ...side(0),
          ...side(1),
          l.contrast.words,
        ];
      });
      const sideCols = (p: string) =>
        ['key', 'label', 'states', 'supports', 'qualified', 'opposes', 'support_share', 'collective'].map(
          (c) => `${p}_${c}`,
        );
      return {
        columns: ['question_id', 'question', 'verdict', 'gap', ...sideCols('side_a'), ...sideCols('side_b'), 'words'],
        rows,
      };
    },
  };
}
