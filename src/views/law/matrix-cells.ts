import { STANCE_COLORS, STANCE_GLYPHS, STANCE_INK } from '../../charts/stance-colors';
import type { LawQuestionRow } from '../../queries/law';
import type { LawActor } from './actors';
import { MISSING_LABEL } from './coding';
import { STANCE_LABEL, strengthInfo } from './labels';

/** What one row's cells depend on besides the actor. */
export interface MatrixCellOptions {
  questions: readonly Pick<LawQuestionRow, 'question_id' | 'short_title'>[];
  /** `actor.question` cells whose only statements are left out of the measures (AI summaries) */
  uncounted: ReadonlySet<string>;
  /** print each stance's year in its cell */
  showYear: boolean;
  /** the open cell, `actor.question`, outlined */
  open: string | null;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls: string | null,
  text: string | null = null,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== null) e.textContent = text;
  return e;
}

/**
 * Everything `matrixCells` draws for a row but the open outline, as one string: a row whose
 * key is unchanged keeps its cells (a filter change hands the matrix new actor objects and a
 * new set of uncounted cells, mostly with the same content).
 */
export function matrixCellsKey(a: LawActor, o: Omit<MatrixCellOptions, 'open'>): string {
  const parts = [a.id, a.name, a.missing, o.showYear ? 'y' : ''];
  for (const q of o.questions) {
    const r = a.cells.get(q.question_id);
    parts.push(
      q.question_id,
      q.short_title,
      r?.stance ?? '',
      String(r?.strength_rank ?? ''),
      r?.inferred ? 'i' : '',
      r?.ai_summary ? 'ai' : '',
      String(r?.year ?? ''),
      r?.source_strength ?? '',
      o.uncounted.has(`${a.id}.${q.question_id}`) ? 'u' : '',
    );
  }
  return parts.join('\u0000');
}

/**
 * The question cells of one actor's row in the Law actor matrix, built with DOM calls.
 *
 * Why not Svelte markup: the matrix is about 950 cells, each an if/else block of its own, and
 * building them was most of the Law view's 150 ms first render (a build without the matrix
 * made the view interactive 100–170 ms sooner, npm run bench). Plain elements cost a fraction
 * of that; the row is rebuilt only when its actor, the questions or the options change (a
 * filter flips the row's `hidden` and rebuilds nothing). Text goes in as text, never as HTML.
 * Clicks are handled by one listener on the table (`data-cell` on each button).
 */
export function matrixCells(a: LawActor, o: MatrixCellOptions): HTMLTableCellElement[] {
  return o.questions.map((q) => {
    const key = `${a.id}.${q.question_id}`;
    const r = a.cells.get(q.question_id);
    if (r && r.stance) {
      const td = el('td', 'c');
      td.setAttribute('role', 'cell');
      const weak = (r.strength_rank ?? 5) >= 4;
      const b = el(
        'button',
        `cell${weak ? ' weak' : ''}${r.inferred ? ' inferred' : ''}${o.open === key ? ' open' : ''}`,
      );
      b.type = 'button';
      b.style.background = STANCE_COLORS[r.stance];
      b.style.color = STANCE_INK[r.stance];
      b.dataset.cell = key;
      b.dataset.stance = r.stance;
      b.title = `${STANCE_LABEL[r.stance]}${r.year ? `, ${r.year}` : ''}`;
      const seen = el('span', null, STANCE_GLYPHS[r.stance]);
      seen.setAttribute('aria-hidden', 'true');
      if (r.inferred) seen.append(el('sup', null, 'i'));
      if (r.ai_summary) seen.append(el('sup', null, 'AI'));
      if (o.showYear && r.year) seen.append(el('sub', null, String(r.year).slice(2)));
      const said =
        `${a.name}, ${q.short_title}: ${STANCE_LABEL[r.stance]}${r.inferred ? ' (inferred)' : ''}` +
        `${r.ai_summary ? ' (AI-generated summary, counted because AI summaries are included)' : ''}` +
        `; source: ${strengthInfo(r.source_strength).label}${r.year ? `, ${r.year}` : ''}. Open source`;
      b.append(seen, el('span', 'sr-only', said));
      td.append(b);
      return td;
    }
    if (o.uncounted.has(key)) {
      const td = el('td', 'c silent');
      td.setAttribute('role', 'cell');
      const b = el('button', `cell ai-only${o.open === key ? ' open' : ''}`, 'AI');
      b.type = 'button';
      b.dataset.cell = key;
      b.dataset.uncounted = 'true';
      b.setAttribute(
        'aria-label',
        `${a.name}, ${q.short_title}: only an AI-generated summary, not counted. Open the statement`,
      );
      b.title = 'Only an AI-generated meeting summary: not counted';
      td.append(b);
      return td;
    }
    const td = el('td', `c silent${a.missing === 'not_coded' ? ' not-coded' : ''}`);
    td.setAttribute('role', 'cell');
    td.title = `${a.name}, ${q.short_title}: ${MISSING_LABEL[a.missing]}`;
    td.append(el('span', 'sr-only', MISSING_LABEL[a.missing]));
    return td;
  });
}
