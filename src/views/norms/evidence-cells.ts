import { RUNG_COLORS, RUNG_TEXT } from '../../charts/rung-colors';
import { RUNG_LABELS, RUNGS } from '../../analysis/evidence-ladder';
import type { EvidenceState } from './evidence-model';

/**
 * The norm cells of one state's row in the Norms evidence matrix (highest rung, 0–4, with
 * "*" when it rests on rows the user imported), built with DOM calls.
 *
 * Why not Svelte markup: the matrix is ~195 rows × 11 norms, an each block per row, and
 * building those cells was the largest part of the Norms view's first render (the same change
 * to the Law actor matrix made that view interactive about 100 ms sooner, npm run bench). A
 * row is rebuilt only when its state's evidence or the norms change; a filter flips the row's
 * `hidden`. Text goes in as text.
 */
export function evidenceCells(s: EvidenceState, normIds: readonly string[]): HTMLTableCellElement[] {
  return normIds.map((n, i) => {
    const r = s.rungs[i];
    const td = document.createElement('td');
    td.setAttribute('role', 'cell');
    td.style.background = RUNG_COLORS[r];
    td.style.color = RUNG_TEXT[r];
    if (r === 0) td.className = 'none';
    td.title = `${s.name}, norm ${n}: ${RUNG_LABELS[RUNGS[r]]}${s.imported[i] ? ' (includes evidence imported by you)' : ''}`;
    td.textContent = `${r}${s.imported[i] ? '*' : ''}`;
    return td;
  });
}
