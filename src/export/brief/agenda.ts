/**
 * What a brief says about a meeting of the UN process or one of its agenda items: the item as
 * published or reported, its dates as written ("date not confirmed" when the data has none), the
 * documents named, and which subjects of the app it touches (Common Ground's keyword reading).
 */
import type { BriefAgendaRow } from '../../queries/brief';
import { agendaTopics, TOPIC_INFO, type AgendaTopic } from '../../queries/agenda-topics';
import type { Citations } from './cite';
import type { DocIndex } from './doc';
import type { BriefItem } from './items';
import type { Statement } from './types';

/** Dates as the data gives them, never completed. */
export function eventDates(r: Pick<BriefAgendaRow, 'start_date' | 'end_date'>): string {
  if (!r.start_date && !r.end_date) return 'date not confirmed';
  if (!r.start_date) return `ending ${r.end_date} (start date not confirmed)`;
  if (!r.end_date || r.end_date === r.start_date) return r.start_date;
  return `${r.start_date} to ${r.end_date}`;
}

/** Topics of the focus: one item's, or every item's of the meeting (plus its title). */
export function focusTopics(rows: readonly BriefAgendaRow[], itemFocus: boolean): AgendaTopic[] {
  const text = rows.map((r) => r.item_text ?? '').join(' ; ') + (itemFocus ? '' : ` ; ${rows[0]?.title ?? ''}`);
  return agendaTopics(text);
}

/**
 * The brief's items for an agenda focus: norms when it is about norms, legal questions when it is
 * about international law, both when both; every item when it names neither.
 */
export function agendaItems(
  topics: readonly AgendaTopic[],
  items: readonly BriefItem[],
  hasSurvey: boolean,
): BriefItem[] {
  const wantNorms = topics.includes('norms') && hasSurvey;
  const wantLaw = topics.includes('law');
  if (!wantNorms && !wantLaw) return items.filter((i) => i.kind !== 'norm' || hasSurvey);
  return items.filter((i) => (wantNorms && i.kind === 'norm') || (wantLaw && i.kind === 'question'));
}

/** Statements opening a meeting or agenda-item brief. */
export function agendaStatements(
  rows: readonly BriefAgendaRow[],
  itemFocus: boolean,
  docs: DocIndex,
  cite: Citations,
): Statement[] {
  const e = rows[0];
  if (!e) return [{ text: 'This meeting or agenda item is not in the data.', cites: [], rows: [] }];
  // Every sentence about the event rests on the event's own row and its source document.
  const at = [{ doc: docs.doc({ sourceId: e.source_id }), row: `event:${e.event_id}` }];
  const where = [eventDates(e), e.location].filter(Boolean).join(', ');
  const out: Statement[] = [cite.say(`${e.title} (${e.body}; ${where}).`, at)];
  const items = rows.filter((r) => r.item_text);
  if (items.length === 0) out.push(cite.say('The sources read give no agenda for this event.', at));
  for (const r of items) {
    const label = itemFocus ? 'Agenda item' : `Agenda item ${r.item_no}`;
    out.push(cite.say(`${label}: “${r.item_text}”${r.unconfirmed ? ' — reported, not verified as adopted' : ''}.`, at));
  }
  if (e.documents) out.push(cite.say(`Documents named by the sources: ${e.documents}.`, at));
  const topics = focusTopics(rows, itemFocus);
  if (topics.length) {
    out.push({
      text: `Subjects (Common Ground's reading of the item's words): ${topics.map((t) => TOPIC_INFO[t].label).join(', ')}.`,
      cites: [],
      rows: [],
    });
    if (topics.includes('threats')) out.push({ text: TOPIC_INFO.threats.holds, cites: [], rows: [] });
  }
  return out;
}

/** Caveats of the meeting record: derivative sources and the event's own notes. */
export function agendaCaveats(rows: readonly BriefAgendaRow[]): string[] {
  const e = rows[0];
  if (!e) return [];
  const out: string[] = [];
  if (e.uses_derivative)
    out.push(
      "MEETING RECORD: part of this event's record comes from an AI-generated session summary or a copy (derivative source), not an official record.",
    );
  if (rows.some((r) => r.unconfirmed))
    out.push(
      'AGENDA NOT VERIFIED: the agenda shown is as reported; check meetings.unoda.org before presenting it as adopted.',
    );
  if (e.notes) out.push(`Meeting record notes: ${e.notes}`);
  return out;
}
