import type { MapIndicator, MapIndicatorRow } from '../../queries/overview';
import { GROUP_COLORS, VOTE_COLORS, VOTE_LABELS, sequential, sequentialStops } from '../../charts/colors';
import type { LegendSpec, MapDatum } from '../../charts/map-types';
import { GCI_PILLARS } from '../../queries/capacity';
import { STANCE_COLORS } from '../../charts/stance-colors';
import { RUNG_COLORS } from '../../charts/rung-colors';
import { RUNGS, RUNG_LABELS } from '../../analysis/evidence-ladder';

/** Colours for "has published a legal position". */
const LEGAL_COLORS: Record<string, string> = { published: '#2166ac' };
const STANCE_WORDS: Record<string, string> = { supports: 'supports', qualified: 'qualified', opposes: 'opposes' };
const NORM_DEFAULT = 'a';
/** Default question of the legal set on the map. */
export const DEFAULT_LEGAL_QUESTION = 'sovereignty_rule';
/** Colours for co-sponsorship: dark and mid green for the sponsors, grey for a known "not a sponsor". */
const SPONSOR_COLORS: Record<string, string> = { lead: '#00441b', cosponsor: '#41ab5d', not: '#bdbdbd' };
const SPONSOR_WORDS: Record<string, string> = { lead: 'lead sponsor', cosponsor: 'co-sponsor', not: 'not a sponsor' };
/** Default question of the debates set on the map. */
export const DEFAULT_DEBATE_QUESTION = 'poa_support';

/** GCI pillars in ITU's order, with their maximum score (one list, kept with the capacity queries). */
export const PILLARS = GCI_PILLARS;

/** The map indicator the Overview's declared values (`ind` and its option) choose. */
export function indicatorOf(v: {
  ind: string;
  pillar: string;
  q: string | null;
  norm: string | null;
  res: string;
}): MapIndicator {
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
      return { kind: 'stance', questionId: v.q ?? DEFAULT_LEGAL_QUESTION };
    case 'debate':
      return { kind: 'debate', questionId: v.q ?? DEFAULT_DEBATE_QUESTION };
    case 'rung':
      return { kind: 'rung', normId: v.norm ?? NORM_DEFAULT };
    case 'cosponsor':
      return { kind: 'cosponsor', resolutionId: v.res };
    default:
      return { kind: 'group' };
  }
}

/**
 * Turn query rows into map data, the legend that explains the colours and the coverage line
 * ("42 of 193 states in scope have …"): the states in scope with a value, over those in scope.
 */
export function toMapData(
  rows: MapIndicatorRow[],
  ind: MapIndicator,
): { data: MapDatum[]; legend: LegendSpec; coverage: string } {
  let fill: (r: MapIndicatorRow) => string | null;
  // which rows count as covered, and the words for them; default: a coloured state
  let covered: ((r: MapIndicatorRow) => boolean) | null = null;
  let has = 'have a value';
  let label: (r: MapIndicatorRow) => string;
  let legend: LegendSpec;
  switch (ind.kind) {
    case 'group':
      fill = (r) => (r.value_text ? (GROUP_COLORS[r.value_text] ?? null) : null);
      label = (r) => r.value_text ?? 'no UN regional group (observer state)';
      legend = {
        kind: 'categorical',
        entries: Object.entries(GROUP_COLORS).map(([k, c]) => ({ label: k, color: c })),
        missingLabel: 'no group (observer)',
      };
      has = 'have a UN regional group';
      break;
    case 'gci': {
      const max = PILLARS.find((p) => p.id === ind.pillar)?.max ?? 100;
      const color = sequential(0, max);
      fill = (r) => (r.value_num === null ? null : color(r.value_num));
      label = (r) => (r.value_num === null ? (r.flag ?? 'no score') : `${r.value_num.toFixed(2)} of ${max}`);
      legend = {
        kind: 'sequential',
        domain: [0, max],
        colors: sequentialStops(),
        label: `ITU GCI 2020 ${ind.pillar}`,
        missingLabel: 'no score / withheld',
      };
      has = 'have an ITU GCI 2020 score';
      break;
    }
    case 'vote':
      fill = (r) => (r.value_text ? (VOTE_COLORS[r.value_text] ?? null) : null);
      label = (r) =>
        r.value_text
          ? `${VOTE_LABELS[r.value_text]}${r.flag ? ` (${r.flag})` : ''}`
          : 'no vote record (not a UN member)';
      legend = {
        kind: 'categorical',
        entries: Object.entries(VOTE_COLORS).map(([k, c]) => ({ label: VOTE_LABELS[k], color: c })),
        missingLabel: 'not a UN member',
      };
      has = 'have a vote record';
      break;
    case 'yes_share': {
      const color = sequential(0, 1);
      fill = (r) => (r.value_num === null ? null : color(r.value_num));
      label = (r) => (r.value_num === null ? 'no votes cast' : `${Math.round(r.value_num * 100)}% yes of votes cast`);
      legend = {
        kind: 'sequential',
        domain: [0, 1],
        colors: sequentialStops(),
        label: 'share of yes votes on ICT-security roll calls',
        missingLabel: 'no votes cast',
        format: 'percent',
      };
      has = 'cast a vote on an ICT-security roll call';
      break;
    }
    case 'legal':
      fill = (r) => (r.value_text === 'published' ? LEGAL_COLORS.published : null);
      label = (r) =>
        r.value_text === 'published'
          ? `published a legal position (${r.flag})`
          : 'no published legal position in the data';
      legend = {
        kind: 'categorical',
        entries: [{ label: 'published a legal position', color: LEGAL_COLORS.published }],
        missingLabel: 'none in the data',
      };
      has = 'have published a legal position';
      break;
    case 'stance':
      fill = (r) => (r.value_text ? (STANCE_COLORS[r.value_text as keyof typeof STANCE_COLORS] ?? null) : null);
      label = (r) =>
        r.value_text
          ? `${STANCE_WORDS[r.value_text] ?? r.value_text}${r.flag ? ` (${r.flag})` : ''}`
          : 'no stance of its own (silent or not coded)';
      legend = {
        kind: 'categorical',
        entries: Object.entries(STANCE_COLORS).map(([k, c]) => ({ label: k, color: c })),
        missingLabel: 'no stance of its own',
      };
      has = 'have a stance of their own on this question';
      break;
    case 'debate':
      fill = (r) => (r.value_text ? (STANCE_COLORS[r.value_text as keyof typeof STANCE_COLORS] ?? null) : null);
      label = (r) =>
        r.value_text
          ? `${STANCE_WORDS[r.value_text] ?? r.value_text}${r.flag ? ` (${r.flag})` : ''}`
          : 'no stance of its own in the debates (silent or not coded)';
      legend = {
        kind: 'categorical',
        label: 'Latest stance in UN debates',
        entries: Object.entries(STANCE_COLORS).map(([k, c]) => ({ label: k, color: c })),
        missingLabel: 'no stance of its own',
      };
      has = 'stated a stance of their own in the debates';
      break;
    case 'rung':
      fill = (r) => (r.value_num ? (RUNG_COLORS[r.value_num] ?? null) : null);
      label = (r) => `${RUNG_LABELS[RUNGS[r.value_num ?? 0]]}${r.flag ? ` (${r.flag})` : ''}`;
      legend = {
        kind: 'categorical',
        label: `Highest rung of evidence, norm ${ind.normId}`,
        entries: RUNGS.slice(1).map((k, i) => ({ label: RUNG_LABELS[k], color: RUNG_COLORS[i + 1] })),
        missingLabel: RUNG_LABELS.none,
      };
      has = 'have evidence on this norm';
      break;
    case 'cosponsor':
      fill = (r) => (r.value_text ? (SPONSOR_COLORS[r.value_text] ?? null) : null);
      label = (r) =>
        r.value_text ? `${SPONSOR_WORDS[r.value_text]}${r.flag ? ` (${r.flag})` : ''}` : (r.flag ?? 'not a UN member');
      legend = {
        kind: 'categorical',
        label: `Sponsors of ${ind.resolutionId}`,
        entries: Object.entries(SPONSOR_COLORS).map(([k, c]) => ({ label: SPONSOR_WORDS[k], color: c })),
        missingLabel: 'not known / not a member',
      };
      covered = (r) => r.value_text === 'lead' || r.value_text === 'cosponsor';
      has = 'sponsored it';
      break;
  }
  const data = rows.map((r) => ({
    iso3: r.iso3,
    m49: r.m49,
    name: r.name,
    fill: fill(r),
    valueLabel: label(r),
    inScope: r.in_scope,
  }));
  const inScope = rows.filter((r) => r.in_scope);
  const n = inScope.filter(covered ?? ((r) => fill(r) !== null)).length;
  return { data, legend, coverage: `${n} of ${inScope.length} states in scope ${has}` };
}
