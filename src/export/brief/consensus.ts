/** "Where consensus exists and where it does not": generated statements with numbers. */
import type { Citations } from './cite';
import { itemRow, rowOf, type ItemMeasure } from './items';
import type { Statement } from './types';
import { MIN_SIDE, gapOnBasis, itemOnBasis } from './findings';
import {
  COVERAGE_MIN,
  CONSENSUS_HIGH,
  CONSENSUS_LOW,
  LEVEL_WORDS,
  consensusWord,
  dec,
  groupName,
  listWords,
  pct,
} from './words';

const NOUN = { stance: 'stance', measure: 'survey answer', vote: 'vote' } as const;

/** "22 support, 2 qualified, 1 oppose" (highest level first, empty levels left out). */
export function countWords(m: ItemMeasure): string {
  const parts: string[] = [];
  for (let i = m.levels.length - 1; i >= 0; i--)
    if (m.counts[i]) parts.push(`${m.counts[i]} ${LEVEL_WORDS[m.levels[i]] ?? m.levels[i]}`);
  return parts.join(', ');
}

const sourcesOf = (m: ItemMeasure) => [itemRow(m.item), ...m.answers.map(rowOf)];
/** Marks statements resting on generated survey rows, right in the sentence. */
const ill = (m: ItemMeasure) =>
  m.answers.some((a) => a.illustrative) ? ' (illustrative survey data, not real answers)' : '';

/** Coverage, split, consensus, group gap and group-informed consensus of one item. */
export function singleItemStatements(m: ItemMeasure, cite: Citations): Statement[] {
  const rows = sourcesOf(m);
  const out: Statement[] = [
    cite.say(
      `Of the ${m.inScope} states in scope, ${m.answered} (${pct(m.coverage)}) have a recorded ${NOUN[m.item.scale]} on ${m.item.label}${ill(m)}.`,
      rows,
    ),
  ];
  if (m.answered === 0) return out;
  if (!itemOnBasis(m)) {
    out.push(
      cite.say(
        `Too few answers (${m.answered}; at least ${MIN_SIDE} needed) to say whether there is consensus: ${countWords(m)}.`,
        rows,
      ),
    );
    return out;
  }
  out.push(
    cite.say(
      `Those that answered: ${countWords(m)}. Support share ${pct(m.supportShare)}, ordinal consensus ${dec(m.consensus)}: ${consensusWord(m.consensus, m.coverage)}.`,
      rows,
    ),
  );
  const g = gapOnBasis(m);
  if (g) {
    const hi = m.divergence.groups.find((x) => x.group === g.high)!;
    const lo = m.divergence.groups.find((x) => x.group === g.low)!;
    const eta = m.divergence.etaSquared;
    out.push(
      cite.say(
        `The widest gap between UN regional groups with at least ${MIN_SIDE} answers is the ${groupName(g.high)} (support ${pct(hi.mean)}, ${hi.n} answered) against the ${groupName(g.low)} (${pct(lo.mean)}, ${lo.n} answered): ${Math.round(g.gap * 100)} percentage points${eta === null ? '' : `; group membership explains ${pct(eta)} of the variance (η²)`}.`,
        rows,
      ),
    );
  } else
    out.push({
      text: `Too few answers for a group gap: no two UN regional groups have at least ${MIN_SIDE} answers each.`,
      cites: [],
    });
  if (m.groupConsensus !== null)
    out.push(
      cite.say(
        `Group-informed consensus, which is high only when every group agrees, is ${dec(m.groupConsensus)} across ${m.groups.length} groups.`,
        rows,
      ),
    );
  return out;
}

/**
 * The items a many-item brief names: the five with the highest consensus (≥ the high band),
 * the five most divided (< the low band), both among items with enough coverage and at least
 * the minimum basis of answers, and the thin ones ("too few answers", never a finding).
 */
export function highlights(measures: readonly ItemMeasure[]) {
  const enough = (m: ItemMeasure) => (m.coverage ?? 0) >= COVERAGE_MIN && itemOnBasis(m);
  const covered = measures.filter((m) => enough(m) && m.consensus !== null);
  const agreed = covered
    .filter((m) => m.consensus! >= CONSENSUS_HIGH)
    .sort((a, b) => b.consensus! - a.consensus! || b.answered - a.answered);
  const divided = covered.filter((m) => m.consensus! < CONSENSUS_LOW).sort((a, b) => a.consensus! - b.consensus!);
  const thin = measures.filter((m) => !enough(m));
  return { agreed, divided, thin, named: [...agreed.slice(0, 5), ...divided.slice(0, 5)] };
}

/** Coverage across many items, then the items with consensus, the divided ones and the thin ones. */
export function manyItemStatements(measures: readonly ItemMeasure[], inScope: number, cite: Citations): Statement[] {
  const out: Statement[] = [];
  for (const [scale, label] of [
    ['stance', 'legal questions'],
    ['measure', 'norms in the survey (illustrative data)'],
    ['vote', 'roll calls'],
  ] as const) {
    const ms = measures.filter((m) => m.item.scale === scale);
    if (!ms.length) continue;
    const states = new Set(ms.flatMap((m) => m.answers.map((a) => a.iso3)));
    const avg = ms.reduce((s, m) => s + m.answered, 0) / ms.length;
    out.push(
      cite.say(
        `Across the ${ms.length} ${label}, ${states.size} of ${inScope} states in scope (${pct(inScope ? states.size / inScope : null)}) gave at least one answer; an item has ${avg.toFixed(1)} answers on average.`,
        ms.flatMap((m) => m.answers.map(rowOf)),
      ),
    );
  }
  const { agreed, divided, thin } = highlights(measures);
  for (const m of agreed.slice(0, 5))
    out.push(
      cite.say(
        `Consensus on ${m.item.label}${ill(m)}: ${m.answered} of ${m.inScope} answered (${pct(m.coverage)}); ${countWords(m)}; consensus ${dec(m.consensus)}, support share ${pct(m.supportShare)}.`,
        sourcesOf(m),
      ),
    );
  if (agreed.length > 5)
    out.push(
      cite.say(
        `${agreed.length - 5} further items reach consensus ≥ ${CONSENSUS_HIGH}.`,
        agreed.slice(5).flatMap(sourcesOf),
      ),
    );
  if (!agreed.length)
    out.push({
      text: `No item with answers from at least a quarter of the states reaches consensus ≥ ${CONSENSUS_HIGH}.`,
      cites: [],
    });
  for (const m of divided.slice(0, 5)) {
    const g = gapOnBasis(m);
    out.push(
      cite.say(
        `Divided on ${m.item.label}${ill(m)}: ${countWords(m)} (consensus ${dec(m.consensus)})${g ? `; widest group gap ${groupName(g.high)} against ${groupName(g.low)}, ${Math.round(g.gap * 100)} points` : ''}.`,
        sourcesOf(m),
      ),
    );
  }
  if (thin.length) {
    const names = thin.slice(0, 4).map((m) => m.item.label);
    out.push(
      cite.say(
        `Too few answers: ${thin.length} items have answers from fewer than a quarter of the states in scope or fewer than ${MIN_SIDE} answers, so nothing is said about consensus on them (${listWords(names)}${thin.length > 4 ? ' and others' : ''}).`,
        thin.flatMap(sourcesOf),
      ),
    );
  }
  return out;
}
