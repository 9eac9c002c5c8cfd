/**
 * Assembles a brief from query rows: picks the focus items, measures them over the brief's
 * states, and writes the statements, charts' data, caveats and footnotes. Pure: the view, the
 * Markdown download and the tests all call it with plain rows.
 */
import type { BriefAgendaRow, BriefCapacityRow, BriefEvidenceRow, BriefItemRow, BriefPositionRow, BriefStateRow, BriefSurveyRow, BriefVoteRow, OrgNameRow } from '../../queries/brief';
import type { RollCallListRow } from '../../queries/profile';
import { agendaCaveats, agendaItems, agendaStatements, focusTopics } from './agenda';
import { alliesOn, pairAgreement, type AllyBasis } from './allies';
import { audienceOnItem, audienceOnItems, audienceVersusState } from './audience';
import { capacityStatements } from './capacity';
import { caveats, methodNotes } from './caveats';
import { Citations, type CiteSource } from './cite';
import { highlights, manyItemStatements, singleItemStatements } from './consensus';
import type { Focus } from './focus';
import { allAnswers, allItems, answersByItem, itemRow, rowOf, type Answer, type BriefItem } from './items';
import { keyFigures } from './figures';
import { evidenceFigures, evidenceStatements } from './evidence';
import { measureItem, type ScopeState } from './measure';
import { describeFocus } from './title';
import type { Brief, Statement } from './types';

/** Everything a brief is built from. */
export interface BriefInput {
  focus: Focus;
  audience: string | null;
  states: BriefStateRow[];
  positions: BriefPositionRow[];
  votes: BriefVoteRow[];
  capacity: BriefCapacityRow[];
  /** null when the build has no survey table */
  survey: BriefSurveyRow[] | null;
  /** a norm focus: each state's highest rung of cited evidence (absent in older callers) */
  evidence?: BriefEvidenceRow[] | null;
  items: BriefItemRow[];
  rollCalls: RollCallListRow[];
  sources: CiteSource[];
  org: OrgNameRow | null;
  /** the global filter in words (used when the focus does not set its own states) */
  filterText: string;
  date: string;
  version: string;
  builtAt: string;
  /** the meeting (rows per agenda item) for a `meeting:` or `item:` focus; absent otherwise */
  agenda?: BriefAgendaRow[] | null;
}

function focusItems(focus: Focus, items: BriefItem[], hasSurvey: boolean, agenda: readonly BriefAgendaRow[]): BriefItem[] {
  if (focus.kind === 'meeting' || focus.kind === 'item') return agendaItems(focusTopics(agenda, focus.kind === 'item'), items, hasSurvey);
  if (focus.kind === 'norm') return hasSurvey ? items.filter((i) => i.key === `n:${focus.id}`) : [];
  if (focus.kind === 'question') return items.filter((i) => i.key === `q:${focus.id}`);
  return items.filter((i) => i.kind !== 'norm' || hasSurvey);
}

/** Build the brief. */
export function buildBrief(x: BriefInput): Brief {
  const cite = new Citations(x.sources);
  const all = x.states.map((s): ScopeState & { in: boolean } => ({ iso3: s.iso3, name: s.name, group: s.un_group, in: s.in_scope }));
  const scope: ScopeState[] = all.filter((s) => s.in);
  const find = (iso3: string | null) => (iso3 ? (all.find((s) => s.iso3 === iso3) ?? null) : null);
  const groupOf = (s: ScopeState | null) => (s?.group ? all.filter((m) => m.group === s.group) : []);
  const audience = find(x.audience);
  const focusState = x.focus.kind === 'state' ? find(x.focus.iso3) : null;
  const items = allItems(x.items, x.rollCalls);
  const answers = allAnswers(x.positions, x.votes, x.survey ?? []);
  const byItem = answersByItem(answers);
  const empty = new Map<string, Answer>();
  const agenda = x.agenda ?? [];
  const chosen = focusItems(x.focus, items, x.survey !== null, agenda);
  const measures = chosen.map((i) => measureItem(i, byItem.get(i.key) ?? empty, scope));
  const single = chosen.length === 1 ? measures[0] : null;
  const head = describeFocus(x.focus, { items, scope, focusState, org: x.org, filterText: x.filterText, agenda });

  const consensus: Statement[] = [];
  if (x.focus.kind === 'meeting' || x.focus.kind === 'item') consensus.push(...agendaStatements(agenda, x.focus.kind === 'item', cite));
  if (x.focus.kind === 'norm') {
    const n = items.find((i) => i.key === `n:${x.focus.kind === 'norm' ? x.focus.id : ''}`);
    // The norm's text is cited to the UN document itself (A/70/174) besides the paraphrase's source.
    if (n) consensus.push({ text: `The norm (A/70/174 para 13(${x.focus.id})): ${n.text}`, cites: cite.cite([itemRow(n), { sourceId: 'un-a70-174', row: 'A/70/174' }]) });
    if (x.evidence) consensus.push(...evidenceStatements(x.evidence, scope, audience, cite));
  }
  if (x.focus.kind === 'norm' && !chosen.length) consensus.push({ text: 'No State’s survey answers are loaded (none were found published; the generated example survey is off), so the brief says nothing about survey answers on this norm.', cites: [] });
  if (focusState) consensus.push(...audienceOnItems(measures, focusState, groupOf(focusState), byItem, cite));
  consensus.push(...(single ? singleItemStatements(single, cite) : manyItemStatements(measures, scope.length, cite)));

  const audienceSection: Statement[] = [];
  if (audience) {
    if (single) audienceSection.push(...audienceOnItem(single, audience, groupOf(audience), byItem.get(single.item.key) ?? empty, cite));
    else if (measures.length) audienceSection.push(...audienceOnItems(measures, audience, groupOf(audience), byItem, cite));
  }

  const bases: AllyBasis[] = [
    { basis: 'UNGA ICT-security roll calls', items: items.filter((i) => i.kind === 'vote'), minJoint: 6 },
    { basis: 'legal questions', items: items.filter((i) => i.kind === 'question'), minJoint: 3 },
  ];
  const target = audience ?? focusState;
  const alliesNote: Statement[] = [];
  const allyRows: Answer[] = [];
  const allies = target ? bases.map((b) => {
    const r = alliesOn(b, target.iso3, answers, scope, single?.item.key ?? null);
    allyRows.push(...r.rowsUsed);
    alliesNote.push({ text: `On ${b.basis}: ${r.ranked} states in scope share at least ${b.minJoint} answered items with ${target.name}${r.ranked ? `; the closest agree ${Math.round((r.closest ?? 0) * 100)}%, the farthest ${Math.round((r.farthest ?? 0) * 100)}%${r.opponents.length ? '' : ', so none counts as a likely opponent'}` : ''}.`, cites: cite.cite(r.rowsUsed.map(rowOf)) });
    return { basis: b.basis, allies: r.allies, opponents: r.opponents };
  }) : [];
  if (!target) alliesNote.push({ text: 'Choose an audience state to see its likely allies and opponents.', cites: [] });
  if (audience && focusState && audience.iso3 !== focusState.iso3) {
    const pairs = bases.map((b) => ({ basis: b.basis === 'legal questions' ? 'legal question' : 'roll call', ...pairAgreement(b, audience.iso3, focusState.iso3, answers) }));
    const rows = answers.filter((a) => (a.iso3 === audience.iso3 || a.iso3 === focusState.iso3) && !a.key.startsWith('n:'));
    audienceSection.push(...audienceVersusState(audience, focusState, pairs, cite.cite(rows.map(rowOf))));
  }

  const normSurvey = x.focus.kind === 'norm' && x.survey ? x.survey.filter((r) => x.focus.kind === 'norm' && r.norm_id === x.focus.id) : null;
  const capacity = capacityStatements(x.capacity, scope, audience, groupOf(audience), normSurvey, cite);
  const used = [...measures.flatMap((m) => m.answers), ...allyRows, ...(normSurvey ?? []).map((r): Answer => ({ key: `n:${r.norm_id}`, iso3: r.iso3, level: r.status, sourceId: r.source_id, illustrative: r.origin === 'illustrative', inferred: false, weak: false }))];
  const usedItems = [...new Set([...chosen, ...(target ? bases.flatMap((b) => b.items) : [])])];

  return {
    focus: x.focus,
    title: head.title,
    question: head.question,
    scopeText: head.scopeText,
    scopeIso3: scope.map((s) => s.iso3),
    audience: audience ? { iso3: audience.iso3, name: audience.name, group: audience.group } : null,
    date: x.date,
    dataVersion: x.version,
    builtAt: x.builtAt,
    keyFigures: briefFigures(x, measures, scope),
    consensus,
    audienceSection,
    allies,
    alliesNote,
    capacity,
    groupChart: single ? { item: single.item.label, levels: [...single.levels], bars: single.groups } : null,
    // The items the statements name (highest consensus, most divided): a brief stays short; the
    // downloads carry every item.
    itemChart: single ? null : highlights(measures).named.map((m) => ({ key: m.item.key, label: m.item.label, answered: m.answered, inScope: m.inScope, consensus: m.consensus, supportShare: m.supportShare, flag: itemFlag(m.answers, m.item) })),
    caveats: [...agendaCaveats(agenda), ...caveats({ answers: dedupe(used), items: usedItems, usedGci: x.capacity.length > 0, usedQuestions: usedItems.some((i) => i.kind === 'question'), orgCaveat: x.org && x.org.completeness === 'partial' ? x.org.caveat : null })],
    method: methodNotes(),
    footnotes: cite.footnotes(),
  };
}

/** Evidence first on a norm brief; survey figures only when survey rows are analysed, stamped when generated. */
function briefFigures(x: BriefInput, measures: ReturnType<typeof measureItem>[], scope: ScopeState[]) {
  const ev = x.focus.kind === 'norm' && x.evidence ? evidenceFigures(x.evidence, scope) : [];
  if (x.focus.kind === 'norm' && !measures.length) return ev.length ? ev : keyFigures(measures, scope.length);
  const generated = measures.some((m) => m.answers.some((a) => a.illustrative));
  const survey = keyFigures(measures, scope.length).map((k) => (generated ? { ...k, label: `${k.label} (survey)`, note: `ILLUSTRATIVE — NOT STATE DATA: ${k.note}` } : k));
  return [...ev, ...survey];
}

function itemFlag(answers: readonly Answer[], item: BriefItem): string | null {
  if (answers.some((a) => a.illustrative)) return 'illustrative';
  if (item.inferredIdentity) return 'roll call inferred';
  if (answers.some((a) => a.inferred)) return 'inferred';
  return answers.some((a) => a.weak) ? 'weak source' : null;
}

function dedupe(answers: Answer[]): Answer[] {
  const seen = new Map<string, Answer>();
  for (const a of answers) seen.set(`${a.key} ${a.iso3}`, a);
  return [...seen.values()];
}
