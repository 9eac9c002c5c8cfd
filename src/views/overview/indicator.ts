import type { MapIndicator, MapIndicatorRow } from '../../queries/overview';
import { GROUP_COLORS, VOTE_COLORS, VOTE_LABELS, sequential, sequentialStops } from '../../charts/colors';
import type { LegendSpec, MapDatum } from '../../charts/map-types';
import { GCI_PILLARS } from '../../queries/capacity';
import { STANCE_COLORS } from '../../charts/stance-colors';

/** Colours for "has published a legal position". */
const LEGAL_COLORS: Record<string, string> = { published: '#2166ac' };
const STANCE_WORDS: Record<string, string> = { supports: 'supports', qualified: 'qualified', opposes: 'opposes' };

/** GCI pillars in ITU's order, with their maximum score (one list, kept with the capacity queries). */
export const PILLARS = GCI_PILLARS;

/** The map indicator the Overview's declared values (`ind` and its option) choose. */
export function indicatorOf(v: { ind: string; pillar: string; q: string; res: string }): MapIndicator {
  switch (v.ind) {
    case 'gci':
      return { kind: 'gci', pillar: v.pillar };
    case 'vote':
      return { kind: 'vote', resolutionId: v.res };
    case 'yes':
      return { kind: 'yes_share' };
    case 'legal':
      return { kind: 'legal' };
    case 'stance':
      return { kind: 'stance', questionId: v.q };
    default:
      return { kind: 'group' };
  }
}

/** Turn query rows into map data plus the legend that explains the colours. */
export function toMapData(rows: MapIndicatorRow[], ind: MapIndicator): { data: MapDatum[]; legend: LegendSpec } {
  let fill: (r: MapIndicatorRow) => string | null;
  let label: (r: MapIndicatorRow) => string;
  let legend: LegendSpec;
  switch (ind.kind) {
    case 'group':
      fill = (r) => (r.value_text ? (GROUP_COLORS[r.value_text] ?? null) : null);
      label = (r) => r.value_text ?? 'no UN regional group (observer state)';
      legend = { kind: 'categorical', entries: Object.entries(GROUP_COLORS).map(([k, c]) => ({ label: k, color: c })), missingLabel: 'no group (observer)' };
      break;
    case 'gci': {
      const max = PILLARS.find((p) => p.id === ind.pillar)?.max ?? 100;
      const color = sequential(0, max);
      fill = (r) => (r.value_num === null ? null : color(r.value_num));
      label = (r) => (r.value_num === null ? (r.flag ?? 'no score') : `${r.value_num.toFixed(2)} of ${max}`);
      legend = { kind: 'sequential', domain: [0, max], colors: sequentialStops(), label: `ITU GCI 2020 ${ind.pillar}`, missingLabel: 'no score / withheld' };
      break;
    }
    case 'vote':
      fill = (r) => (r.value_text ? (VOTE_COLORS[r.value_text] ?? null) : null);
      label = (r) => (r.value_text ? `${VOTE_LABELS[r.value_text]}${r.flag ? ` (${r.flag})` : ''}` : 'no vote record (not a UN member)');
      legend = { kind: 'categorical', entries: Object.entries(VOTE_COLORS).map(([k, c]) => ({ label: VOTE_LABELS[k], color: c })), missingLabel: 'not a UN member' };
      break;
    case 'yes_share': {
      const color = sequential(0, 1);
      fill = (r) => (r.value_num === null ? null : color(r.value_num));
      label = (r) => (r.value_num === null ? 'no votes cast' : `${Math.round(r.value_num * 100)}% yes of votes cast`);
      legend = { kind: 'sequential', domain: [0, 1], colors: sequentialStops(), label: 'share of yes votes on ICT-security roll calls', missingLabel: 'no votes cast', format: 'percent' };
      break;
    }
    case 'legal':
      fill = (r) => (r.value_text === 'published' ? LEGAL_COLORS.published : null);
      label = (r) => (r.value_text === 'published' ? `published a legal position (${r.flag})` : 'no published legal position in the data');
      legend = { kind: 'categorical', entries: [{ label: 'published a legal position', color: LEGAL_COLORS.published }], missingLabel: 'none in the data' };
      break;
    case 'stance':
      fill = (r) => (r.value_text ? (STANCE_COLORS[r.value_text as keyof typeof STANCE_COLORS] ?? null) : null);
      label = (r) => (r.value_text ? `${STANCE_WORDS[r.value_text] ?? r.value_text}${r.flag ? ` (${r.flag})` : ''}` : 'no stance of its own (silent or not coded)');
      legend = { kind: 'categorical', entries: Object.entries(STANCE_COLORS).map(([k, c]) => ({ label: k, color: c })), missingLabel: 'no stance of its own' };
      break;
  }
  const data = rows.map((r) => ({ iso3: r.iso3, m49: r.m49, name: r.name, fill: fill(r), valueLabel: label(r), inScope: r.in_scope }));
  return { data, legend };
}
