import { describe, expect, it } from 'vitest';
import { matrixCells, matrixCellsKey } from '../../../../src/views/law/matrix-cells';
import type { LawActor } from '../../../../src/views/law/actors';
import type { LawPositionRow } from '../../../../src/queries/law-positions';

const pos = (question_id: string, p: Partial<LawPositionRow>): LawPositionRow => ({
  actor_id: 'XYZ',
  question_id,
  stance: 'supports',
  year: null,
  source_strength: 'state_text',
  strength_rank: 1,
  inferred: false,
  source_title: 't',
  source_url: 'https://example.org/doc',
  evidence_note: '',
  source_id: 's',
  weak_source: false,
  source_type: null,
  ai_summary: false,
  ...p,
});

const actor = (missing: LawActor['missing']): LawActor => ({
  id: 'XYZ',
  name: 'Xanadu <b>',
  kind: 'state',
  unGroup: 'WEOG',
  membersInScope: null,
  cells: new Map([
    ['q1', pos('q1', { stance: 'supports', strength_rank: 4, inferred: true, source_strength: 'secondary' })],
    ['q2', pos('q2', { stance: 'opposes', year: 2021, ai_summary: true })],
  ]),
  stances: [],
  positions: 2,
  docs: undefined,
  missing,
});

const questions = [
  { question_id: 'q1', short_title: 'Sovereignty' },
  { question_id: 'q2', short_title: 'Due diligence' },
  { question_id: 'q3', short_title: 'Countermeasures' },
  { question_id: 'q4', short_title: 'Necessity' },
];

describe('Law actor matrix cells (DOM-built)', () => {
  it('builds one cell per question: stance buttons, an AI-only button and a silent cell, text as text', () => {
    const tds = matrixCells(actor('not_coded'), {
      questions,
      uncounted: new Set(['XYZ.q3']),
      showYear: true,
      open: 'XYZ.q2',
    });
    expect(tds).toHaveLength(4);
    tds.forEach((td) => expect(td.getAttribute('role')).toBe('cell'));

    const [b1, b2] = [tds[0].querySelector('button')!, tds[1].querySelector('button')!];
    // supports, weak (rank 4 ≥ 4), inferred: white "+" on blue with a dashed border and a small "i"
    expect(b1.className).toBe('cell weak inferred');
    expect(b1.dataset.cell).toBe('XYZ.q1');
    expect(b1.dataset.stance).toBe('supports');
    expect(b1.style.background).toMatch(/#2166ac|rgb\(33, 102, 172\)/);
    expect(b1.title).toBe('Supports');
    expect(b1.querySelector('[aria-hidden="true"]')!.textContent).toBe('+i');
    expect(b1.querySelector('.sr-only')!.textContent).toBe(
      'Xanadu <b>, Sovereignty: Supports (inferred); source: News or secondary report. Open source',
    );
    expect(b1.querySelector('b')).toBeNull(); // the name stayed text
    // opposes, 2021, from an AI summary, the open cell: "−", "AI" and the year's last two digits
    expect(b2.className).toBe('cell open');
    expect(b2.title).toBe('Opposes, 2021');
    expect(b2.querySelector('[aria-hidden="true"]')!.textContent).toBe('−AI21');
    expect(b2.querySelector('.sr-only')!.textContent).toBe(
      "Xanadu <b>, Due diligence: Opposes (AI-generated summary, counted because AI summaries are included); source: State's own text, 2021. Open source",
    );

    const ai = tds[2].querySelector('button')!;
    expect(tds[2].className).toBe('c silent');
    expect([ai.textContent, ai.dataset.uncounted, ai.dataset.cell]).toEqual(['AI', 'true', 'XYZ.q3']);
    expect(ai.getAttribute('aria-label')).toBe(
      'Xanadu <b>, Countermeasures: only an AI-generated summary, not counted. Open the statement',
    );

    expect(tds[3].className).toBe('c silent not-coded');
    expect(tds[3].title).toBe('Xanadu <b>, Necessity: not coded yet');
    expect(tds[3].textContent).toBe('not coded yet');
    expect(tds[3].querySelector('button')).toBeNull();
  });

  it('a silent actor gets plain silent cells, and no year without showYear', () => {
    const tds = matrixCells(actor('silent'), { questions, uncounted: new Set(), showYear: false, open: null });
    expect(tds[1].querySelector('[aria-hidden="true"]')!.textContent).toBe('−AI');
    expect(tds[1].querySelector('button')!.className).toBe('cell');
    expect([tds[2].className, tds[2].textContent]).toEqual(['c silent', 'silent']);
  });

  it('a row keeps its cells while what they show is unchanged: the key changes with any shown field', () => {
    const o = { questions, uncounted: new Set<string>(), showYear: false };
    const key = matrixCellsKey(actor('silent'), o);
    expect(matrixCellsKey(actor('silent'), { ...o, uncounted: new Set() })).toBe(key); // new objects, same content
    expect(matrixCellsKey(actor('not_coded'), o)).not.toBe(key);
    expect(matrixCellsKey(actor('silent'), { ...o, showYear: true })).not.toBe(key);
    expect(matrixCellsKey(actor('silent'), { ...o, uncounted: new Set(['XYZ.q3']) })).not.toBe(key);
    const moved = actor('silent');
    moved.cells.set(
      'q1',
      pos('q1', { stance: 'opposes', strength_rank: 4, inferred: true, source_strength: 'secondary' }),
    );
    expect(matrixCellsKey(moved, o)).not.toBe(key);
    expect(matrixCellsKey(actor('silent'), { ...o, questions: questions.slice(1) })).not.toBe(key);
  });
});
