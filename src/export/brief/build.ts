/**
 * Assembles a brief from query rows: picks the focus items, measures them over the brief's
 * states, and writes the statements, charts' data, caveats and footnotes. Statements are
 * written in the order they are printed, so footnotes are numbered in order of first use.
 * Pure: the view, the downloads and the tests all call it with plain rows.
 */
import type {
  BriefAgendaRow,
  BriefActorPositionRow,
  BriefDebateQuestionRow,
  BriefEvidenceRow,
  BriefStatementRow,
  BriefCapacityRow,
  BriefItemRow,
  BriefPositionRow,
  BriefPublishedRow,
  BriefSponsorRow,
  BriefStateRow,
  BriefSurveyRow,
  BriefVoteRow,
  OrgNameRow,
} from '../../queries/brief';
import type { RollCallListRow } from '../../queries/profile';
import { alignmentInVotes } from './alignment';
import { pairAgreement, type ScopeState } from '../../analysis/answer-measures';
import { STANCE_HALF_CREDIT, VOTE_HALF_CREDIT } from '../../analysis/measures';
import { agendaCaveats, agendaItems, agendaStatements, focusTopics } from './agenda';
import { audienceOnItem, audienceOnItems, audienceVersusState } from './audience';
import { dataBasis } from './basis';
import { capacityStatements } from './capacity';
import { caveats, methodNotes } from './caveats';
import { Citations } from './cite';
import { highlights, manyItemStatements, singleItemStatements } from './consensus';
import { DocIndex, type CiteSource } from './doc';
import { audienceEvidence, evidenceOnNorm, type EvidenceBlock } from './evidence';
import type { Focus } from './focus';
import { allAnswers, allItems, answersByItem, itemRow, measureItem, rowOf, type Answer, type BriefItem } from './items';
import { keyFigures } from './figures';
import { positionsByName, type PositionInput, type PositionsBlock } from './positions';
import { sponsorRecord, voteRecord } from './record';
import { describeFocus } from './title';
import type { Brief, Statement } from './types';

/** Everything a brief is built from. */
export interface BriefInput {
  focus: Focus;
  /** the meeting (rows per agenda item) for a `meeting:` or `item:` focus; absent otherwise */
  agenda?: BriefAgendaRow[] | null;
  audience: string | null;
  states: BriefStateRow[];
  positions: BriefPositionRow[];
  votes: BriefVoteRow[];
  capacity: BriefCapacityRow[];
  /** null when the build has no survey table */
  survey: BriefSurveyRow[] | null;
  items: BriefItemRow[];
  rollCalls: RollCallListRow[];
  sources: CiteSource[];
  org: OrgNameRow | null;
  /** every actor's stance on the focus question (question focus only) */
  actorPositions?: BriefActorPositionRow[];
  /** actors with a published position paper */
  published?: BriefPublishedRow[];
  /** debate questions and every actor's statements on the focus one (debate focus only) */
  debateQuestions?: BriefDebateQuestionRow[];
  statements?: BriefStatementRow[];
  /** cited evidence on the focus norm (norm focus only; absent when the build has no norm_evidence) */
  evidence?: BriefEvidenceRow[];
  /** the audience's sponsorships */
  sponsors?: BriefSponsorRow[];
  /** the global filter in words (used when the focus does not set its own states) */
  filterText: string;
  date: string;
  version: string;
  builtAt: string;
}

function focusItems(
  focus: Focus,
  items: BriefItem[],
  hasSurvey: boolean,
  agenda: readonly BriefAgendaRow[],
): BriefItem[] {
  if (focus.kind === 'meeting' || focus.kind === 'item')
    return agendaItems(focusTopics(agenda, focus.kind === 'item'), items, hasSurvey);
  if (focus.kind === 'debate') return items.filter((i) => i.key === `d:${focus.id}`);
  if (focus.kind === 'norm') return hasSurvey ? items.filter((i) => i.key === `n:${focus.id}`) : [];
  if (focus.kind === 'question') return items.filter((i) => i.key === `q:${focus.id}`);
  return items.filter((i) => i.kind !== 'norm' || hasSurvey);
}

/** Build the brief. */
export function buildBrief(x: BriefInput): Brief {
  const cite = new Citations();
  const docs = new DocIndex(x.sources);
  const all = x.states.map((s): ScopeState & { in: boolean } => ({
    iso3: s.iso3,
    name: s.name,
    group: s.un_group,
    in: s.in_scope,
  }));
  const scope: ScopeState[] = all.filter((s) => s.in);
  const find = (iso3: string | null) => (iso3 ? (all.find((s) => s.iso3 === iso3) ?? null) : null);
  const groupOf = (s: ScopeState | null) => (s?.group ? all.filter((m) => m.group === s.group) : []);
  const audience = find(x.audience);
  const focusState = x.focus.kind === 'state' ? find(x.focus.iso3) : null;
  const items = allItems(x.items, x.rollCalls, docs);
  const answers = allAnswers(x.positions, x.votes, x.survey ?? [], x.rollCalls, docs);
  const debate =
    x.focus.kind === 'debate' ? debateRows(x.focus.id, x.debateQuestions ?? [], x.statements ?? [], docs) : null;
  if (debate) {
    if (debate.item) items.push(debate.item);
    answers.push(...debate.answers.filter((a) => all.some((s) => s.iso3 === a.iso3)));
  }
  const byItem = answersByItem(answers);
  const empty = new Map<string, Answer>();
  const agenda = x.agenda ?? [];
  const chosen = focusItems(x.focus, items, x.survey !== null, agenda);
  const measures = chosen.map((i) => measureItem(i, byItem.get(i.key) ?? empty, scope));
  const single = chosen.length === 1 ? measures[0] : null;
  const head = describeFocus(x.focus, { items, scope, focusState, org: x.org, filterText: x.filterText, agenda });
  const rollCallItems = items.filter((i) => i.kind === 'vote');

  // 1. The audience's own record comes first: its answer on the focus, then against its group,
  // its votes and sponsorships.
  const record: Statement[] = [];
  const normItem =
    x.focus.kind === 'norm'
      ? (items.find((i) => x.focus.kind === 'norm' && i.key === `n:${x.focus.id}`) ?? null)
      : null;
  if (audience && normItem && x.evidence)
    record.push(...audienceEvidence(audience, normItem.label, x.evidence, docs, cite));
  if (audience) {
    if (single) {
      const own = audienceOnItem(single, audience, groupOf(audience), byItem.get(single.item.key) ?? empty, cite);
      const paper =
        x.focus.kind === 'question' && !byItem.get(single.item.key)?.has(audience.iso3)
          ? x.published?.find((d) => d.iso3 === audience.iso3)
          : undefined;
      // A published position that is simply not coded on this question is not silence.
      if (paper)
        own[0] = cite.say(
          `${audience.name} published a position on international law in cyberspace (${paper.title}${paper.year ? `, ${paper.year}` : ''}), but it is not coded on ${single.item.label} in this data.`,
          [
            {
              doc: docs.doc({ sourceId: paper.source_id, title: paper.title, url: paper.source_url, date: paper.year }),
              row: `d:${paper.actor_id}`,
            },
          ],
        );
      record.push(...own);
    } else if (measures.length) record.push(...audienceOnItems(measures, audience, groupOf(audience), byItem, cite));
    if (focusState && audience.iso3 !== focusState.iso3) {
      const keys = items.filter((i) => i.kind !== 'norm').map((i) => i.key);
      const pairs = [
        {
          basis: 'roll call',
          ...pairAgreement(
            keys.filter((k) => k.startsWith('v:')),
            audience.iso3,
            focusState.iso3,
            answers,
            VOTE_HALF_CREDIT,
          ),
        },
        {
          basis: 'legal question',
          ...pairAgreement(
            keys.filter((k) => k.startsWith('q:')),
            audience.iso3,
            focusState.iso3,
            answers,
            STANCE_HALF_CREDIT,
          ),
        },
      ];
      const rows = answers.filter(
        (a) => (a.iso3 === audience.iso3 || a.iso3 === focusState.iso3) && !a.key.startsWith('n:'),
      );
      record.push(...audienceVersusState(audience, focusState, pairs, rows.map(rowOf), cite));
    }
    record.push(...voteRecord(audience, rollCallItems, answers, cite));
    record.push(...sponsorRecord(audience, x.sponsors ?? [], docs, cite));
  }

  // 2. Who said what (a legal question or a question debated in the UN).
  let positions: PositionsBlock | null = null;
  if (x.focus.kind === 'question' && x.actorPositions && single) {
    positions = positionsByName(
      single.item.key,
      single.item.label,
      x.actorPositions.map(positionInput),
      (x.published ?? []).map((d) => ({
        actorId: d.actor_id,
        name: d.name,
        kind: d.kind,
        year: d.year,
        title: d.title,
        sourceUrl: d.source_url,
        sourceId: d.source_id,
        inScope: d.in_scope,
      })),
      scope.length,
      docs,
      cite,
    );
  }
  if (debate?.item)
    positions = positionsByName(
      debate.item.key,
      debate.item.label,
      debate.latest.map(positionInput),
      [],
      scope.length,
      docs,
      cite,
      'debates',
    );

  // 2b. What a norm brief stands on: cited evidence, by name.
  const evidence: EvidenceBlock | null =
    normItem && x.evidence && x.focus.kind === 'norm'
      ? evidenceOnNorm(x.focus.id, normItem.label, x.evidence, scope, docs, cite)
      : null;

  // 3. Where consensus exists and where it does not.
  const consensus: Statement[] = [];
  if (x.focus.kind === 'meeting' || x.focus.kind === 'item')
    consensus.push(...agendaStatements(agenda, x.focus.kind === 'item', docs, cite));
  if (x.focus.kind === 'norm') {
    const n = items.find((i) => i.key === `n:${x.focus.kind === 'norm' ? x.focus.id : ''}`);
    const ref = x.items.find((i) => i.kind === 'norm' && `n:${i.id}` === n?.key)?.ref;
    if (n) consensus.push(cite.say(`The norm${ref ? ` (${ref})` : ''}: ${n.text}`, [itemRow(n)]));
    if (!chosen.length && !evidence)
      consensus.push({
        text: 'No implementation answer on this norm is used: the build has no survey rows from states, and generated (illustrative) rows are off.',
        cites: [],
        rows: [],
      });
  }
  if (focusState) consensus.push(...audienceOnItems(measures, focusState, groupOf(focusState), byItem, cite));
  if (measures.length)
    consensus.push(...(single ? singleItemStatements(single, cite) : manyItemStatements(measures, scope.length, cite)));

  // 4. Alignment in UNGA votes, for the audience (or the focus state).
  const target = audience ?? focusState;
  const alignment =
    target && rollCallItems.length
      ? alignmentInVotes(
          target,
          answers.filter((a) => a.key.startsWith('v:')),
          scope,
          rollCallItems.length,
          cite,
        )
      : null;

  // 5. Capacity context.
  const normSurvey =
    x.focus.kind === 'norm' && x.survey
      ? x.survey.filter((r) => x.focus.kind === 'norm' && r.norm_id === x.focus.id)
      : null;
  const capacity = capacityStatements(x.capacity, scope, audience, groupOf(audience), normSurvey, docs, cite);

  const used = [
    ...measures.flatMap((m) => m.answers),
    ...(normSurvey ?? []).map((r): Answer => ({
      key: `n:${r.norm_id}`,
      iso3: r.iso3,
      level: r.status,
      doc: null,
      illustrative: r.origin === 'illustrative',
      inferred: false,
      weak: false,
    })),
  ];
  const usedItems = [...new Set([...chosen, ...(alignment ? rollCallItems : [])])];
  const generated = dedupe(used).filter((a) => a.illustrative).length;

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
    dataBasis: dataBasis(cite.rowsCited(), generated, x.version),
    illustrative: generated > 0,
    // Evidence first on a norm brief; generated survey figures only when switched on, stamped.
    keyFigures: [
      ...(evidence?.figures ?? []),
      ...(measures.length
        ? keyFigures(measures, scope.length).map((k) =>
            evidence
              ? {
                  ...k,
                  label: `${k.label} (survey)`,
                  note: generated ? `ILLUSTRATIVE — NOT STATE DATA: ${k.note}` : k.note,
                }
              : k,
          )
        : []),
    ],
    record,
    positions,
    evidence,
    consensus,
    alignment,
    capacity,
    groupChart: single ? { item: single.item.label, levels: [...single.levels], bars: single.groups } : null,
    // The items the statements name (highest consensus, most divided): a brief stays short; the
    // downloads carry every item.
    itemChart:
      single || !measures.length
        ? null
        : highlights(measures).named.map((m) => ({
            key: m.item.key,
            label: m.item.label,
            answered: m.answered,
            inScope: m.inScope,
            consensus: m.consensus,
            supportShare: m.supportShare,
            flag: itemFlag(m.answers, m.item),
          })),
    caveats: [
      ...agendaCaveats(agenda),
      ...(debate?.aiLeftOut
        ? [
            `MACHINE-GENERATED SUMMARIES LEFT OUT: ${debate.aiLeftOut} coded ${debate.aiLeftOut === 1 ? 'statement rests' : 'statements rest'} only on an AI-generated meeting summary and ${debate.aiLeftOut === 1 ? 'is' : 'are'} not used here.`,
          ]
        : []),
      ...caveats({
        answers: dedupe(used),
        items: usedItems,
        usedGci: x.capacity.length > 0,
        usedQuestions: usedItems.some((i) => i.kind === 'question') || positions !== null,
        orgCaveat: x.org && x.org.completeness === 'partial' ? x.org.caveat : null,
      }),
    ],
    method: methodNotes(),
    footnotes: cite.footnotes(),
  };
}

const positionInput = (p: BriefActorPositionRow): PositionInput => ({
  actorId: p.actor_id,
  name: p.name,
  kind: p.kind,
  iso3: p.iso3,
  stance: p.stance,
  year: p.year,
  sourceTitle: p.source_title,
  sourceUrl: p.source_url,
  sourceId: p.source_id,
  strength: p.source_strength,
  inferred: p.inferred,
  inScope: p.in_scope,
});

/**
 * A debate question as a brief item with its answers: each actor's latest coded stance, rows
 * resting only on a machine-generated meeting summary left out (and counted).
 */
function debateRows(
  id: string,
  questions: readonly BriefDebateQuestionRow[],
  rows: readonly BriefStatementRow[],
  docs: DocIndex,
) {
  const q = questions.find((x) => x.id === id);
  const item: BriefItem | null = q
    ? {
        key: `d:${q.id}`,
        kind: 'question',
        id: q.id,
        label: q.title,
        text: q.text,
        scale: 'stance',
        doc: docs.doc({ sourceId: q.source_id }),
        inferredIdentity: false,
      }
    : null;
  const latest: BriefStatementRow[] = [];
  const actors = new Set(rows.map((r) => r.actor_id));
  for (const a of actors) {
    const own = rows.filter((r) => r.actor_id === a && !r.ai_summary).sort((x, y) => (y.year ?? 0) - (x.year ?? 0));
    if (own[0]) latest.push(own[0]);
  }
  const aiLeftOut = actors.size - latest.length;
  const answers: Answer[] = latest
    .filter((r) => r.kind === 'state' && r.iso3)
    .map((r) => ({
      key: `d:${id}`,
      iso3: r.iso3!,
      level: r.stance,
      illustrative: false,
      inferred: false,
      weak: false,
      doc: docs.doc({
        sourceId: r.source_id,
        title: r.source_title,
        url: r.source_url,
        date: r.year,
        strength: r.source_strength,
      }),
    }));
  return { item, latest, answers, aiLeftOut };
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
