import { describe, expect, it } from 'vitest';
import { agendaTopics } from '../../../src/queries/agenda-topics';
import { daysUntil, nextEvent } from '../../../src/queries/meetings';
import { focusParam, parseFocus } from '../../../src/export/brief/focus';
import { eventDates } from '../../../src/export/brief/agenda';
import { showRange } from '../../../src/views/meetings/dates';
import { buildDraft, draftCsv, TO_COMPLETE } from '../../../src/views/survey-draft/draft';
import { parseCsv, validateSurvey } from '../../../src/validate/index';

describe('agenda topics (keyword reading)', () => {
  it('reads the five pillars into every pillar, and single subjects alone', () => {
    expect(agendaTopics('item 5 (substantive issues)')).toEqual(['threats', 'norms', 'law', 'cbms', 'capacity']);
    expect(agendaTopics('POC directory participation')).toEqual(['cbms']);
    expect(
      agendaTopics(
        'two DTGs per the final report: one general group on specific challenges and one on capacity-building',
      ),
    ).toEqual(['threats', 'capacity', 'institutional']);
    expect(
      agendaTopics('item 6: other matters (future permanent mechanism, thematic groups, stakeholder modalities)'),
    ).toEqual(['proposals', 'stakeholders', 'institutional']);
    expect(agendaTopics('election of the Chair')).toEqual(['institutional']);
  });
});

describe('meeting dates', () => {
  const ev = (id: string, s: string | null, e: string | null) => ({ id, start_day: s, end_day: e });
  it('finds the next meeting (a meeting under way counts) and the days left', () => {
    const list = [
      ev('a', '2026-03-30', '2026-03-31'),
      ev('b', '2026-07-20', '2026-07-24'),
      ev('c', '2026-12-07', '2026-12-11'),
      ev('x', null, null),
    ];
    expect(nextEvent(list, '2026-12-04')?.id).toBe('c');
    expect(nextEvent(list, '2026-07-22')?.id).toBe('b');
    expect(nextEvent(list, '2026-12-12')).toBeNull();
    expect(daysUntil('2026-12-07', '2026-12-04')).toBe(3);
    expect(daysUntil('2027-01-01', '2026-12-31')).toBe(1);
  });
  it('writes dates as given, never completed', () => {
    expect(showRange('2026-12-07', '2026-12-11')).toBe('7 Dec 2026 – 11 Dec 2026');
    expect(showRange('2020-10', null)).toBe('Oct 2020 (month only)');
    expect(showRange(null, null)).toBe('date not confirmed');
    expect(showRange(null, '2024-12-06')).toBe('6 Dec 2024 (start date not confirmed)');
    expect(eventDates({ start_date: null, end_date: null })).toBe('date not confirmed');
  });
});

describe('brief focus on meetings', () => {
  it('parses and writes meeting: and item: strictly', () => {
    expect(parseFocus('meeting:gm-2026-dtg')).toEqual({ kind: 'meeting', id: 'gm-2026-dtg' });
    expect(parseFocus('item:gm-2026-dtg.1')).toEqual({ kind: 'item', id: 'gm-2026-dtg.1' });
    expect(focusParam({ kind: 'item', id: 'oewg2-s07.2' })).toBe('item:oewg2-s07.2');
    expect(parseFocus('item:gm-2026-dtg')).toBeNull();
    expect(parseFocus("meeting:x'; DROP TABLE states")).toBeNull();
  });
});

describe('survey draft', () => {
  const x = {
    iso3: 'AUS',
    year: 2026,
    evidence: [
      {
        norm_id: 'a',
        rung: 4,
        kind: 'self_reported',
        indicator: 'national document',
        value: 'Annex B',
        year: 2019,
        evidence_note: 'Lists how it observes the norms.',
        source: 'https://example.org/annex-b',
        source_quality: 'state_text',
      },
      {
        norm_id: 'd',
        rung: 3,
        kind: 'measure_in_place',
        indicator: '=party to a convention',
        value: 'party',
        year: null,
        evidence_note: null,
        source: 'https://example.org/treaty',
        source_quality: 'official',
      },
      {
        norm_id: 'e',
        rung: 1,
        kind: 'commitment_only',
        indicator: 'coalition member',
        value: null,
        year: 2015,
        evidence_note: null,
        source: 'https://example.org/c',
        source_quality: 'secondary',
      },
    ],
    law: [
      {
        question_id: 'il_applies',
        short_title: 'IL applies',
        stance: 'supports',
        year: 2021,
        source_title: 'National position',
        source_url: 'https://example.org/pos',
        source_strength: 'state_text',
        evidence_note: 'Says so.',
        inferred: false,
      },
      {
        question_id: 'sovereignty_rule',
        short_title: 'Sovereignty',
        stance: 'supports',
        year: 2022,
        source_title: 'Blog',
        source_url: 'https://example.org/blog',
        source_strength: 'secondary',
        evidence_note: null,
        inferred: false,
      },
      {
        question_id: 'due_diligence',
        short_title: 'Due diligence',
        stance: null,
        year: null,
        source_title: null,
        source_url: null,
        source_strength: null,
        evidence_note: null,
        inferred: null,
      },
    ],
    capacity: [{ pillar: 'legal', score: 20, max_score: 20, edition: 2020, withheld: false }],
    frameworks: ['ARF'],
  };
  const rows = buildDraft(x);
  const row = (part: string, item: string) => rows.find((r) => r.part === part && r.item === item)!;

  it('fills only what a document backs, with origin and source; leaves the rest to the State', () => {
    expect(rows).toHaveLength(3 + 11 + 16 + 5);
    expect(row('norms', 'a')).toMatchObject({
      status: 'implemented',
      origin: 'coded_from_document',
      source: 'https://example.org/annex-b',
      prefilled: true,
    });
    expect(row('norms', 'd')).toMatchObject({
      status: 'partial',
      origin: 'coded_from_document',
      source: 'https://example.org/treaty',
    });
    expect(row('norms', 'e')).toMatchObject({ status: '', origin: 'submitted', source: TO_COMPLETE, prefilled: false });
    expect(row('norms', 'b')).toMatchObject({ status: '', evidence: TO_COMPLETE });
    expect(row('international_law', 'il_applies')).toMatchObject({
      status: 'implemented',
      source: 'https://example.org/pos',
    });
    expect(row('international_law', 'sovereignty_rule').status).toBe('');
    expect(row('capacity_building', 'legal').evidence).toContain('score 20 of 20 (context only, not a need)');
    expect(row('capacity_building', 'legal').capacity_need).toBe('');
    expect(rows.filter((r) => r.prefilled)).toHaveLength(3);
  });

  it('writes a CSV the survey import accepts row for row', () => {
    const csv = draftCsv(rows);
    const parsed = parseCsv(csv);
    const v = validateSurvey('draft.csv', parsed.header, parsed.rows, {
      states: new Set(['AUS']),
      ilQuestions: new Set(['il_applies', 'sovereignty_rule', 'due_diligence']),
      maxYear: 2026,
    });
    expect(v.errors.map((e) => e.message)).toEqual([]);
    expect(v.validRows).toHaveLength(rows.length);
    // A formula-like text from the data is neutralised.
    expect(csv).toContain(",'=party to a convention: party");
  });
});

describe('survey draft without a norm-evidence table', () => {
  it('leaves every norm blank and says so in each row', () => {
    const rows = buildDraft({ iso3: 'TUV', year: 2026, evidence: null, law: [], capacity: [], frameworks: [] });
    const norms = rows.filter((r) => r.part === 'norms');
    expect(norms).toHaveLength(11);
    expect(norms.every((r) => r.status === '' && r.origin === 'submitted' && r.evidence === TO_COMPLETE)).toBe(true);
    expect(rows.filter((r) => r.prefilled)).toHaveLength(0);
  });
});
