/**
 * A short comparison in words, generated from the comparison's rows. Each sentence lists the
 * rows behind it, so the view can link the words to the evidence.
 */
import { voteAgreement } from '../../analysis/agreement';
import type { Vote } from '../../analysis/ordinal';
import { allAnswered, itemStatus, type CompareItem, type CompareSection } from './model';
import { pct } from '../../vocab/format';

/** One generated sentence and the table rows it rests on. */
export interface SummarySentence {
  section: CompareSection | 'pairs';
  text: string;
  rows: string[];
}

/** "A", "A and B", "A, B and C". */
export function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function labels(items: CompareItem[], max = 4): string {
  const shown = items.slice(0, max).map((i) => i.label);
  return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : listWords(shown);
}

const NOUN: Record<CompareSection, [string, string]> = {
  votes: ['roll call', 'roll calls'],
  law: ['legal question', 'legal questions'],
  norms: ['norm', 'norms'],
};
const LEAD: Record<CompareSection, string> = {
  votes: 'In the UNGA ICT-security votes',
  law: 'On how international law applies',
  norms: 'In the survey of norm implementation (illustrative data)',
};

function sectionSentence(section: CompareSection, items: CompareItem[], n: number): SummarySentence[] {
  const [one, many] = NOUN[section];
  const noun = (k: number) => (k === 1 ? one : many);
  const every = items.filter(allAnswered);
  const agree = every.filter((i) => itemStatus(i) === 'agree');
  const differ = every.filter((i) => itemStatus(i) === 'differ');
  const out: SummarySentence[] = [];
  const all = n === 2 ? 'both' : `all ${n}`;
  if (every.length === 0) {
    const some = items.filter((i) => itemStatus(i) !== 'thin');
    out.push({
      section,
      text: `${LEAD[section]}, no ${one} has an answer from ${all} states${some.length ? `; ${some.length} ${noun(some.length)} ${some.length === 1 ? 'has' : 'have'} answers from at least two` : ''}.`,
      rows: some.map((i) => i.rowId),
    });
    return out;
  }
  out.push({
    section,
    text: `${LEAD[section]}, ${all} states answered ${every.length} of ${items.length} ${noun(items.length)} and gave the same answer on ${agree.length ? `${agree.length}: ${labels(agree)}` : 'none of them'}.`,
    rows: agree.map((i) => i.rowId),
  });
  if (differ.length)
    out.push({
      section,
      text: `They differ on ${differ.length} ${noun(differ.length)}: ${labels(differ)}.`,
      rows: differ.map((i) => i.rowId),
    });
  const missing = items.length - every.length;
  if (missing) {
    const gaps = items.filter((i) => !allAnswered(i));
    out.push({
      section,
      text: `${missing} ${noun(missing)} ${missing === 1 ? 'lacks' : 'lack'} an answer from at least one of them, so agreement there is unknown, not absent.`,
      rows: gaps.map((i) => i.rowId),
    });
  }
  return out;
}

/**
 * The closest and farthest pair of compared states by vote agreement (abstention as half
 * agreement, absences left out), each pointing at the roll calls where that pair differs.
 */
function pairSentences(votes: CompareItem[], names: readonly string[]): SummarySentence[] {
  if (names.length < 3 || votes.length === 0) return [];
  const vec = (s: number) => votes.map((v) => (v.answers[s] ?? 'X') as Vote);
  const pairs: { a: number; b: number; agreement: number; joint: number }[] = [];
  for (let a = 0; a < names.length; a++)
    for (let b = a + 1; b < names.length; b++) {
      const r = voteAgreement(vec(a), vec(b));
      if (r.agreement !== null) pairs.push({ a, b, agreement: r.agreement, joint: r.joint });
    }
  if (pairs.length < 2) return [];
  const out = blocSentences(pairs, names);
  pairs.sort((x, y) => y.agreement - x.agreement || y.joint - x.joint);
  const best = pairs[0];
  const worst = pairs[pairs.length - 1];
  const differRows = (p: { a: number; b: number }) =>
    votes
      .filter(
        (v) =>
          v.answers[p.a] &&
          v.answers[p.b] &&
          v.answers[p.a] !== 'X' &&
          v.answers[p.b] !== 'X' &&
          v.answers[p.a] !== v.answers[p.b],
      )
      .map((v) => v.rowId);
  return [
    ...out,
    {
      section: 'pairs',
      text: `In votes, the closest pair is ${names[best.a]} and ${names[best.b]} (${pct(best.agreement)} agreement over ${best.joint} joint votes); the farthest is ${names[worst.a]} and ${names[worst.b]} (${pct(worst.agreement)} over ${worst.joint}).`,
      rows: differRows(worst),
    },
  ];
}

/**
 * Blocs: states joined by a chain of pairs that voted identically on every joint vote (at least
 * three joint votes), reported when a bloc has two or more states but not all of them.
 */
function blocSentences(
  pairs: { a: number; b: number; agreement: number; joint: number }[],
  names: readonly string[],
): SummarySentence[] {
  const parent = names.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const p of pairs) if (p.agreement === 1 && p.joint >= 3) parent[find(p.a)] = find(p.b);
  const blocs = new Map<number, string[]>();
  names.forEach((n, i) => blocs.set(find(i), [...(blocs.get(find(i)) ?? []), n]));
  const groups = [...blocs.values()].filter((g) => g.length >= 2 && g.length < names.length);
  if (!groups.length) return [];
  return [
    {
      section: 'pairs',
      text: `Voting blocs (identical votes on every roll call both cast): ${groups.map((g) => listWords(g)).join('; ')}.`,
      rows: [],
    },
  ];
}

/**
 * The comparison's summary: per section what all states answered alike and where they differ,
 * then the closest and farthest pair in votes (three or more states).
 * @param names display names of the compared states, in answer order
 * @param items every row of the comparison tables
 */
export function compareSummary(names: readonly string[], items: readonly CompareItem[]): SummarySentence[] {
  if (names.length < 2) return [];
  const out: SummarySentence[] = [];
  for (const section of ['votes', 'law', 'norms'] as const) {
    const these = items.filter((i) => i.section === section);
    if (these.length) out.push(...sectionSentence(section, these, names.length));
  }
  out.push(
    ...pairSentences(
      items.filter((i) => i.section === 'votes'),
      names,
    ),
  );
  return out;
}
