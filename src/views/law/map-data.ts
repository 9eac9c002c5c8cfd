import { COVERED_COLORS, STANCE_COLORS } from '../../charts/stance-colors';
import type { LegendEntry, LegendSpec, MapDatum } from '../../charts/map-types';
import type { LawQuestionMapRow } from '../../queries/law-question';
import { STANCE_LABEL } from './labels';

/**
 * Map data for one question: a state's own stance in full colour; with `covered`, states with
 * no stance of their own but covered by a group position in a pale tint, labelled as the
 * group's position and never as the state's.
 */
export function lawMapData(rows: LawQuestionMapRow[], covered: boolean): { data: MapDatum[]; legend: LegendSpec } {
  const data = rows.map((r): MapDatum => {
    let fill: string | null = null;
    let valueLabel = 'No coded stance of its own';
    if (r.stance) {
      fill = STANCE_COLORS[r.stance];
      valueLabel = `${STANCE_LABEL[r.stance]} (own position${r.inferred ? ', inferred' : ''}${(r.strength_rank ?? 5) >= 4 ? ', weak source' : ''})`;
    } else if (covered && r.covered_stance && r.covered_by) {
      fill = COVERED_COLORS[r.covered_stance];
      const what = r.covered_stance === 'mixed' ? 'groups differ' : STANCE_LABEL[r.covered_stance].toLowerCase();
      valueLabel = `No stance of its own; covered by the ${r.covered_by} position (${what}), not the state's own`;
    }
    return { iso3: r.iso3, m49: r.m49, name: r.name, fill, valueLabel, inScope: r.in_scope };
  });
  const entries: LegendEntry[] = (['supports', 'qualified', 'opposes'] as const).map((s) => ({
    label: `${STANCE_LABEL[s]} (own)`,
    color: STANCE_COLORS[s],
  }));
  if (covered) {
    entries.push(
      { label: 'Covered by a group position: supports', color: COVERED_COLORS.supports },
      { label: 'Covered: qualified', color: COVERED_COLORS.qualified },
      { label: 'Covered: opposes', color: COVERED_COLORS.opposes },
      { label: 'Covered: groups differ', color: COVERED_COLORS.mixed },
    );
  }
  return { data, legend: { kind: 'categorical', entries, missingLabel: 'no coded stance' } };
}
