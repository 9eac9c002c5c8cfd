/**
 * The brief's items (legal questions, norms, roll calls) and every answer to them in one long
 * shape, each answer carrying its source and caveat flags so statements can cite and caveat.
 */
import { MEASURE_SCALE, STANCE_SCALE, VOTE_SCALE, type OrdinalScale } from '../../analysis/ordinal';
import { measureAnswers, type AnswerMeasure, type ScopeState } from '../../analysis/answer-measures';
import type { BriefItemRow, BriefPositionRow, BriefSurveyRow, BriefVoteRow } from '../../queries/brief';
import type { RollCallListRow } from '../../queries/profile';
import type { CiteRow } from './cite';
import type { DocIndex, DocRef } from './doc';

/** Which answer scale an item uses. */
export type ScaleKind = 'stance' | 'measure' | 'vote';

/** The scale behind each kind (from analysis/ordinal.ts). */
export const SCALES: Record<ScaleKind, OrdinalScale<string>> = {
  stance: STANCE_SCALE as OrdinalScale<string>,
  measure: MEASURE_SCALE as OrdinalScale<string>,
  vote: VOTE_SCALE as OrdinalScale<string>,
};

/** One item a brief can measure. */
export interface BriefItem {
  /** q:<question_id>, n:<norm_id>, v:<resolution_id> */
  key: string;
  kind: 'question' | 'norm' | 'vote';
  id: string;
  label: string;
  /** plain-words text (question explanation, norm summary, resolution title) */
  text: string;
  scale: ScaleKind;
  /** the document of the item's own wording */
  doc: DocRef | null;
  /** roll call matched to its resolution by inference */
  inferredIdentity: boolean;
}

/** One state's answer on one item. */
export interface Answer {
  key: string;
  iso3: string;
  level: string;
  doc: DocRef | null;
  illustrative: boolean;
  inferred: boolean;
  weak: boolean;
}

/** Every item in a fixed order: legal questions, norms, roll calls. */
export function allItems(
  meta: readonly BriefItemRow[],
  rollCalls: readonly RollCallListRow[],
  docs: DocIndex,
): BriefItem[] {
  const q = meta
    .filter((m) => m.kind === 'question')
    .map((m): BriefItem => ({
      key: `q:${m.id}`,
      kind: 'question',
      id: m.id,
      label: m.title,
      text: m.text,
      scale: 'stance',
      doc: docs.doc({ sourceId: m.source_id, url: m.url }),
      inferredIdentity: false,
    }));
  const n = meta
    .filter((m) => m.kind === 'norm')
    .map((m): BriefItem => ({
      key: `n:${m.id}`,
      kind: 'norm',
      id: m.id,
      label: `norm (${m.id}) ${m.title}`,
      text: m.text,
      scale: 'measure',
      doc: docs.doc({ sourceId: m.source_id, url: m.url, prefer: 'source' }),
      inferredIdentity: false,
    }));
  const v = rollCalls.map((r): BriefItem => ({
    key: `v:${r.resolution_id}`,
    kind: 'vote',
    id: r.resolution_id,
    label: `roll call ${r.short_label}`,
    text: r.title,
    scale: 'vote',
    doc: voteDoc(docs, r, r.source_url, r.source_id),
    inferredIdentity: r.identification === 'inferred',
  }));
  return [...q, ...n, ...v];
}

/** The record of one roll call: titled by its symbol and resolution title, at the row's own record URL. */
export function voteDoc(
  docs: DocIndex,
  r: Pick<RollCallListRow, 'resolution_id' | 'title' | 'date'>,
  url: string | null,
  sourceId: string,
): DocRef | null {
  return docs.doc({
    sourceId,
    title: `Recorded vote on ${r.resolution_id}, “${r.title}”`,
    symbol: r.resolution_id.split(' ')[0],
    date: r.date,
    url,
  });
}

const WEAK = new Set(['secondary', 'derivative']);

/** All answers in the long shape; absences (X) and silence leave no answer. */
export function allAnswers(
  positions: readonly BriefPositionRow[],
  votes: readonly BriefVoteRow[],
  survey: readonly BriefSurveyRow[],
  rollCalls: readonly RollCallListRow[],
  docs: DocIndex,
): Answer[] {
  const out: Answer[] = [];
  const calls = new Map(rollCalls.map((r) => [r.resolution_id, r]));
  for (const p of positions)
    out.push({
      key: `q:${p.question_id}`,
      iso3: p.iso3,
      level: p.stance,
      doc: docs.doc({
        sourceId: p.source_id,
        title: p.source_title,
        url: p.source_url,
        date: p.year,
        strength: p.source_strength,
      }),
      illustrative: false,
      inferred: p.inferred,
      weak: WEAK.has(p.source_strength),
    });
  for (const s of survey)
    out.push({
      key: `n:${s.norm_id}`,
      iso3: s.iso3,
      level: s.status,
      doc: docs.doc({ sourceId: s.source_id }),
      illustrative: s.origin === 'illustrative',
      inferred: false,
      weak: false,
    });
  for (const v of votes) {
    if (v.vote === 'X') continue;
    const call = calls.get(v.resolution_id);
    const doc = call
      ? voteDoc(docs, call, v.source_url, v.source_id)
      : docs.doc({ sourceId: v.source_id, url: v.source_url, symbol: v.resolution_id });
    out.push({
      key: `v:${v.resolution_id}`,
      iso3: v.iso3,
      level: v.vote,
      doc,
      illustrative: false,
      inferred: v.identification === 'inferred',
      weak: false,
    });
  }
  return out;
}

/** Answers grouped by item key, then by state. */
export function answersByItem(answers: readonly Answer[]): Map<string, Map<string, Answer>> {
  const out = new Map<string, Map<string, Answer>>();
  for (const a of answers) {
    let m = out.get(a.key);
    if (!m) out.set(a.key, (m = new Map()));
    m.set(a.iso3, a);
  }
  return out;
}

/** An answer as a citable row. */
export const rowOf = (a: Answer): CiteRow => ({ doc: a.doc, row: `${a.key}|${a.iso3}` });

/** An item's own wording as a citable row. */
export const itemRow = (i: BriefItem): CiteRow => ({ doc: i.doc, row: i.key });

/** Figures of one brief item (analysis/answer-measures.ts). */
export type ItemMeasure = AnswerMeasure<BriefItem, Answer>;

/** Measure one item over `states` on its own scale, with the one minimum group size for the gap. */
export function measureItem(
  item: BriefItem,
  answers: ReadonlyMap<string, Answer>,
  states: readonly ScopeState[],
): ItemMeasure {
  return measureAnswers(item, SCALES[item.scale], answers, states);
}
