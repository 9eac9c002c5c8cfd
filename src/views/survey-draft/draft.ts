/**
 * A pre-filled draft of a state's National Survey in the CSV template the import reads
 * (SURVEY_COLUMNS). Only answers backed by a public document are filled, each with
 * origin = coded_from_document and its source; everything else is left blank and marked
 * "to be completed by the State". Pure: the view, the downloads and the tests call it.
 */
import type { DraftCapacityRow, DraftEvidenceRow, DraftLawRow } from '../../queries/survey-draft';
import { CAPACITY_AREAS, CBM_ITEMS, NORM_IDS, SURVEY_COLUMNS, type SurveyPart } from '../../validate/specs/survey';

/** The marker every unknown carries, in the evidence and source cells. */
export const TO_COMPLETE = 'To be completed by the State';

/** One draft row: the template's columns plus words for the checklist. */
export interface DraftRow {
  iso3: string;
  year: number;
  part: SurveyPart;
  item: string;
  status: string;
  challenges: string;
  capacity_need: string;
  capacity_offer: string;
  evidence: string;
  origin: 'coded_from_document' | 'submitted';
  source: string;
  /** true when the row was filled from a public document */
  prefilled: boolean;
}

/** Everything the draft is built from. */
export interface DraftInput {
  iso3: string;
  year: number;
  /** null when the build has no norm_evidence table */
  evidence: DraftEvidenceRow[] | null;
  law: DraftLawRow[];
  capacity: DraftCapacityRow[];
  frameworks: string[];
}

// Evidence ladder rung → survey status (norm-evidence/DATA.md): a self-report stands for
// implemented, a measure in place for that measure only (partial), a signature or external
// duty for planned. Commitments (rung 1) say nothing about implementation: left blank.
const RUNG_STATUS: Record<number, string> = { 4: 'implemented', 3: 'partial', 2: 'planned' };
// Documents that code the State's own position: its text, an official record, or the CCDCOE toolkit's reading of it.
const STRONG = new Set(['official', 'state_text', 'toolkit']);
const cap = (s: string, n = 1900) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function blank(iso3: string, year: number, part: SurveyPart, item: string, context = ''): DraftRow {
  return {
    iso3,
    year,
    part,
    item,
    status: '',
    challenges: '',
    capacity_need: '',
    capacity_offer: '',
    evidence: cap(context ? `${TO_COMPLETE}. Context: ${context}` : TO_COMPLETE),
    origin: 'submitted',
    source: TO_COMPLETE,
    prefilled: false,
  };
}
function filled(
  iso3: string,
  year: number,
  part: SurveyPart,
  item: string,
  status: string,
  evidence: string,
  source: string,
): DraftRow {
  return {
    iso3,
    year,
    part,
    item,
    status,
    challenges: '',
    capacity_need: '',
    capacity_offer: '',
    evidence: cap(evidence),
    origin: 'coded_from_document',
    source,
    prefilled: true,
  };
}

/** Build the draft: Part I legal questions, Part II norms, Part III CBMs, Part IV capacity. */
export function buildDraft(x: DraftInput): DraftRow[] {
  const { iso3, year } = x;
  const out: DraftRow[] = [];
  for (const q of x.law) {
    if (q.stance && q.source_url && STRONG.has(q.source_strength ?? '') && !q.inferred) {
      out.push(
        filled(
          iso3,
          year,
          'international_law',
          q.question_id,
          'implemented',
          `National view set out (coded stance: ${q.stance}${q.year ? `, ${q.year}` : ''}) in ${q.source_title ?? 'a national document'}. ${q.evidence_note ?? ''}`.trim(),
          q.source_url,
        ),
      );
    } else if (q.stance) {
      out.push(
        blank(
          iso3,
          year,
          'international_law',
          q.question_id,
          `a stance (${q.stance}) is coded from ${q.inferred ? 'an inference' : `a ${q.source_strength ?? 'weak'} source`} (${q.source_url ?? 'no URL'}); confirm or correct.`,
        ),
      );
    } else out.push(blank(iso3, year, 'international_law', q.question_id));
  }
  for (const n of NORM_IDS) {
    const e = x.evidence?.find((r) => r.norm_id === n);
    const status = e ? RUNG_STATUS[e.rung] : undefined;
    if (e && status && e.source) {
      out.push(
        filled(
          iso3,
          year,
          'norms',
          n,
          status,
          `${e.indicator ?? e.kind}${e.value ? `: ${e.value}` : ''}${e.year ? ` (${e.year})` : ''}. ${e.evidence_note ?? ''}`.trim(),
          e.source,
        ),
      );
    } else if (e) {
      out.push(
        blank(
          iso3,
          year,
          'norms',
          n,
          `${e.indicator ?? e.kind}${e.year ? ` (${e.year})` : ''} — a commitment, not evidence of implementation (${e.source ?? ''}).`,
        ),
      );
    } else out.push(blank(iso3, year, 'norms', n));
  }
  const cbmContext = x.frameworks
    .filter((f) => f === 'OSCE' || f === 'OAS')
    .map((f) => `${f} member: the ${f}'s cyber CBMs apply`)
    .join('; ');
  for (const c of CBM_ITEMS) out.push(blank(iso3, year, 'cbms', c, cbmContext));
  for (const a of CAPACITY_AREAS) {
    const g = x.capacity.find((r) => r.pillar === a);
    const ctx = g
      ? g.withheld
        ? `ITU GCI ${g.edition} ${a} score withheld by ITU`
        : g.score === null
          ? ''
          : `ITU GCI ${g.edition} ${a} score ${g.score} of ${g.max_score} (context only, not a need)`
      : '';
    out.push(blank(iso3, year, 'capacity_building', a, ctx));
  }
  return out;
}

const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The draft as the template CSV (CRLF, RFC 4180, formulas neutralised). */
export function draftCsv(rows: readonly DraftRow[]): string {
  const lines = [SURVEY_COLUMNS.join(',')];
  for (const r of rows) lines.push(SURVEY_COLUMNS.map((c) => quote(cell(String(r[c])))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
