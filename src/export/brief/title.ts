/** A brief's title, its question in plain words and who is in scope. */
import type { BriefAgendaRow, OrgNameRow } from '../../queries/brief';
import { eventDates } from './agenda';
import type { Focus } from './focus';
import type { BriefItem } from './items';
import type { ScopeState } from '../../analysis/answer-measures';
import { groupName, listWords } from './words';

interface Context {
  items: BriefItem[];
  scope: ScopeState[];
  focusState: ScopeState | null;
  org: OrgNameRow | null;
  filterText: string;
  /** the meeting's rows, for a meeting or agenda-item focus */
  agenda?: readonly BriefAgendaRow[];
}

/** Title, question and scope text for a focus. */
export function describeFocus(f: Focus, c: Context): { title: string; question: string; scopeText: string } {
  const n = c.scope.length;
  const filtered = /^All /.test(c.filterText)
    ? c.filterText.replace(/^All/, 'all')
    : `${n} states in scope (${c.filterText})`;
  switch (f.kind) {
    case 'norm': {
      const item = c.items.find((i) => i.key === `n:${f.id}`);
      const label = item?.label ?? `norm (${f.id})`;
      return {
        title: `Brief: ${label}`,
        question: `How far have states put ${label} into practice, and where do they differ?`,
        scopeText: filtered,
      };
    }
    case 'question': {
      const item = c.items.find((i) => i.key === `q:${f.id}`);
      return {
        title: `Brief: ${item?.label ?? f.id}`,
        question: item?.text ?? `Legal question ${f.id}`,
        scopeText: filtered,
      };
    }
    case 'debate': {
      const item = c.items.find((i) => i.key === `d:${f.id}`);
      return {
        title: `Brief: ${item?.label ?? f.id} (positions in UN debates)`,
        question: item?.text ?? `Debate question ${f.id}`,
        scopeText: filtered,
      };
    }
    case 'state': {
      const name = c.focusState?.name ?? f.iso3;
      return {
        title: `Brief: ${name}`,
        question: `Where does ${name} stand on the UN norms, international law and ICT-security votes, and how does that sit with the other states?`,
        scopeText: filtered,
      };
    }
    case 'group':
      return {
        title: `Brief: the ${groupName(f.group)}`,
        question: `Where do the ${n} states of the ${groupName(f.group)} agree and diverge?`,
        scopeText: `the ${n} UN members of the ${groupName(f.group)} (the filter bar does not apply)`,
      };
    case 'region':
      return {
        title: `Brief: ${f.region}`,
        question: `Where do the ${n} states of ${f.region} agree and diverge?`,
        scopeText: `the ${n} UN members in the M49 region ${f.region} (the filter bar does not apply)`,
      };
    case 'org': {
      const name = c.org?.org_name ?? f.org;
      return {
        title: `Brief: ${name}`,
        question: `Where do the ${n} current members of ${name} agree and diverge?`,
        scopeText: `the ${n} UN members that are current members of ${name} (the filter bar does not apply)`,
      };
    }
    case 'meeting':
    case 'item': {
      const e = c.agenda?.[0];
      const name = e ? `${e.title} (${eventDates(e)})` : f.id;
      const item = f.kind === 'item' ? e?.item_text : null;
      return {
        title: item ? `Brief: agenda item “${item}”` : `Brief: ${name}`,
        question: item
          ? `What does the data say on this agenda item of the ${name}, and where do the states in scope stand?`
          : `What does the data say on the agenda of the ${name}, and where do the states in scope stand?`,
        scopeText: filtered,
      };
    }
    case 'states': {
      const names = c.scope.map((s) => s.name);
      return {
        title: `Brief: ${listWords(names.length > 5 ? [...names.slice(0, 5), `${names.length - 5} more`] : names)}`,
        question: `Where do ${listWords(names)} agree and diverge?`,
        scopeText: `${n} chosen states (the filter bar does not apply)`,
      };
    }
  }
}
