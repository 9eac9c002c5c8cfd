/** The audience state's own position against its UN regional group and the states in scope. */
import type { Citations, CiteRow } from './cite';
import { MIN_ANSWERS_PER_SIDE, meetsBasis } from '../../analysis/basis';
import { majorityLevel, type ScopeState } from '../../analysis/answer-measures';
import { measureItem, rowOf, type Answer, type ItemMeasure } from './items';
import type { Statement } from './types';
import { LEVEL_WORDS, groupName, pct, plural } from './words';

export { majorityLevel } from '../../analysis/answer-measures';

/** One-item focus: the audience's answer, its group's answers, the scope's support share. */
export function audienceOnItem(
  m: ItemMeasure,
  audience: ScopeState,
  groupStates: readonly ScopeState[],
  answers: ReadonlyMap<string, Answer>,
  cite: Citations,
): Statement[] {
  const own = answers.get(audience.iso3) ?? null;
  const g = measureItem(m.item, answers, groupStates);
  const out: Statement[] = [];
  const word = (l: string) => LEVEL_WORDS[l] ?? l;
  out.push(
    own
      ? cite.say(
          `${audience.name}'s recorded answer on ${m.item.label}: ${word(own.level)}${own.illustrative ? ` (illustrative: generated, not ${audience.name}'s real answer)` : ''}.`,
          [rowOf(own)],
        )
      : { text: `${audience.name} has no recorded answer on ${m.item.label}; silence is not opposition.`, cites: [] },
  );
  // A group with no answer at all has nothing to compare: say it in one line instead of "0 of 54, n/a".
  if (audience.group && g.answered === 0)
    out.push({
      text: `No state of the ${groupName(audience.group)} has a recorded answer on ${m.item.label}.`,
      cites: [],
      rows: [],
    });
  else if (audience.group) {
    const same = own ? g.answers.filter((a) => a.iso3 !== audience.iso3 && a.level === own.level).length : 0;
    const others = g.answers.filter((a) => a.iso3 !== audience.iso3).length;
    out.push(
      cite.say(
        `In the ${groupName(audience.group)}, ${g.answered} of ${g.inScope} states (${pct(g.coverage)}) have answered, support share ${pct(g.supportShare)}${own ? `; ${same} of the ${plural(others, 'other')} that answered gave the same answer as ${audience.name}` : ''}. Across all states in scope the support share is ${pct(m.supportShare)}.`,
        g.answers.map(rowOf),
      ),
    );
  }
  return out;
}

/** Many-item focus: how often the audience sides with the majority of the scope and of its group. */
export function audienceOnItems(
  measures: readonly ItemMeasure[],
  audience: ScopeState,
  groupStates: readonly ScopeState[],
  byItem: ReadonlyMap<string, ReadonlyMap<string, Answer>>,
  cite: Citations,
): Statement[] {
  const groupIso = new Set(groupStates.map((s) => s.iso3));
  let answered = 0;
  let withScope = 0;
  let withGroup = 0;
  let groupComparable = 0;
  let illustrative = 0;
  const departs: string[] = [];
  const departRows: Answer[] = [];
  const ids: Answer[] = [];
  for (const m of measures) {
    const own = byItem.get(m.item.key)?.get(audience.iso3);
    if (!own) continue;
    answered++;
    if (own.illustrative) illustrative++;
    ids.push(own);
    // A majority of fewer than the minimum basis is no majority to side with (analysis/basis.ts).
    const others = m.answers.filter((a) => a.iso3 !== audience.iso3);
    const scopeMajority = meetsBasis([others.length]) ? majorityLevel(others) : null;
    if (scopeMajority === own.level) withScope++;
    else if (scopeMajority) {
      departs.push(m.item.label);
      departRows.push(own, ...m.answers.filter((a) => a.level === scopeMajority));
    }
    const groupAnswers = [...(byItem.get(m.item.key)?.values() ?? [])].filter(
      (a) => groupIso.has(a.iso3) && a.iso3 !== audience.iso3,
    );
    const gm = meetsBasis([groupAnswers.length]) ? majorityLevel(groupAnswers) : null;
    if (gm) {
      groupComparable++;
      if (gm === own.level) withGroup++;
    }
  }
  if (answered === 0)
    return [
      {
        text: `${audience.name} has no recorded answer on any of the ${measures.length} items in this brief.`,
        cites: [],
      },
    ];
  const out: Statement[] = [
    cite.say(
      `${audience.name} answered ${answered} of the ${measures.length} items${illustrative ? ` (${illustrative} of them illustrative survey answers, not real ones)` : ''}. It gives the majority answer of the states in scope on ${withScope} of them${audience.group ? ` and the majority answer of the ${groupName(audience.group)} on ${withGroup} of ${groupComparable} where at least ${MIN_ANSWERS_PER_SIDE} others of that group answered and it has a majority` : ''}.`,
      ids.map(rowOf),
    ),
  ];
  if (departs.length)
    out.push(
      cite.say(
        `It departs from the majority of the states in scope on ${departs.slice(0, 6).join('; ')}${departs.length > 6 ? ` and ${departs.length - 6} more` : ''}.`,
        departRows.map(rowOf),
      ),
    );
  return out;
}

/** State focus: agreement between the audience and the focus state. */
export function audienceVersusState(
  audience: ScopeState,
  focus: ScopeState,
  pairs: { basis: string; agreement: number | null; joint: number }[],
  rows: readonly CiteRow[],
  cite: Citations,
): Statement[] {
  const parts = pairs
    .filter((p) => p.joint > 0)
    .map((p) => `${pct(p.agreement)} over ${plural(p.joint, p.basis)} both answered`);
  if (!parts.length)
    return [
      { text: `${audience.name} and ${focus.name} share no answered item, so their agreement is unknown.`, cites: [] },
    ];
  return [
    cite.say(
      `${audience.name} and ${focus.name} agree ${parts.join('; ')} (an abstention or a qualified stance against a firm one counts as half agreement).`,
      rows,
    ),
  ];
}
