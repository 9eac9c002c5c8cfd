import type { Stance } from '../../analysis/ordinal';
import { FEW_ACTORS, type StanceCounts } from './summary';

/** What the counts on one question amount to, from strongest agreement to none. */
export type StatementKind = 'unanimous' | 'broad' | 'majority' | 'split' | 'mixed' | 'none';

/** A consensus statement in words, generated only from the counts it quotes. */
export interface Statement {
  kind: StatementKind;
  /** short label: "Consensus among those who spoke", "Split", … */
  label: string;
  /** the sentence, with its numbers */
  text: string;
  /** coverage sentence: how many states in scope said nothing */
  coverage: string;
  /** set when fewer than FEW_ACTORS actors spoke */
  caveat: string | null;
}

/** Inputs of {@link lawStatement}: a question's counts and who took the minority stances. */
export interface StatementInput {
  counts: StanceCounts;
  statesAnswered: number;
  statesInScope: number;
  /** group actors among the counted, e.g. ['AU', 'EU'] */
  groupActors: string[];
  /** actor names per stance; used to name small minorities (≤ 3 actors) */
  names?: Partial<Record<Stance, string[]>>;
}

const VERB: Record<Stance, [one: string, many: string]> = {
  supports: ['supports', 'support'],
  qualified: ['qualifies', 'qualify'],
  opposes: ['opposes', 'oppose'],
};
const NOUN: Record<Stance, string> = { supports: 'support', qualified: 'qualified support', opposes: 'opposition' };
const ORDER: Stance[] = ['supports', 'qualified', 'opposes'];

const verb = (s: Stance, n: number) => VERB[s][n === 1 ? 0 : 1];
const actors = (n: number) => `${n} ${n === 1 ? 'actor' : 'actors'}`;

function part(s: Stance, n: number, names?: string[]): string {
  const who = names && names.length > 0 && names.length <= 3 ? ` (${names.join(', ')})` : '';
  return `${n} ${verb(s, n)}${who}`;
}

/** The others after the leading stance, named when few: "2 qualify (Israel, United States), 1 opposes (United Kingdom)". */
function rest(c: StanceCounts, top: Stance, names?: Partial<Record<Stance, string[]>>): string {
  return ORDER.filter((s) => s !== top && c[s] > 0)
    .map((s) => part(s, c[s], names?.[s]))
    .join(', ');
}

/**
 * Turns a question's counts into a plain statement. Thresholds: "broad" when one stance holds
 * ≥ 80% of the actors that spoke, "majority" when > 50%, "split" when supporters and opponents
 * each hold ≥ 25%; otherwise "mixed". Silence is never counted as a stance.
 */
export function lawStatement(input: StatementInput): Statement {
  const c = input.counts;
  const n = c.supports + c.qualified + c.opposes;
  const silent = input.statesInScope - input.statesAnswered;
  const coverageText = `${silent} of ${input.statesInScope} states in scope have no coded stance of their own`;
  const groupsText = input.groupActors.length
    ? ` Includes ${input.groupActors.length} group ${input.groupActors.length === 1 ? 'position' : 'positions'} (${input.groupActors.join(', ')}), each counted once as its own actor.`
    : '';
  const caveat =
    n > 0 && n < FEW_ACTORS ? `Only ${actors(n)} addressed it (fewer than ${FEW_ACTORS}): thin evidence.` : null;
  if (n === 0) {
    return {
      kind: 'none',
      label: 'No coded stance',
      text: 'No actor in scope has a coded stance on it.',
      coverage: coverageText,
      caveat,
    };
  }
  const top = ORDER.reduce((a, b) => (c[b] > c[a] ? b : a));
  const share = c[top] / n;
  const others = rest(c, top, input.names);
  let kind: StatementKind;
  let text: string;
  if (c[top] === n) {
    kind = 'unanimous';
    text =
      n === 1
        ? `The only actor that addressed it ${verb(top, 1)}.`
        : `All ${n} actors that addressed it ${verb(top, n)}.`;
  } else if (c.supports >= n / 4 && c.opposes >= n / 4) {
    kind = 'split';
    const q = c.qualified > 0 ? `, ${c.qualified} ${verb('qualified', c.qualified)}` : '';
    text = `${c.supports} ${verb('supports', c.supports)} and ${c.opposes} ${verb('opposes', c.opposes)}${q}, of ${actors(n)} that addressed it.`;
  } else if (share >= 0.8) {
    kind = 'broad';
    text = `${c[top]} of ${actors(n)} that addressed it ${verb(top, c[top])}; ${others}.`;
  } else if (share > 0.5) {
    kind = 'majority';
    text = `${c[top]} of ${actors(n)} that addressed it ${verb(top, c[top])}; ${others}.`;
  } else {
    kind = 'mixed';
    text = `No majority among ${actors(n)}: ${ORDER.filter((s) => c[s] > 0)
      .map((s) => part(s, c[s], input.names?.[s]))
      .join(', ')}.`;
  }
  const label = {
    unanimous: n === 1 ? 'One actor only' : 'Consensus among those who spoke',
    broad: `Broad ${NOUN[top]}`,
    majority: `Majority ${NOUN[top]}`,
    split: 'Split',
    mixed: 'Mixed',
    none: '',
  }[kind];
  return { kind, label, text: text + groupsText, coverage: coverageText, caveat };
}
