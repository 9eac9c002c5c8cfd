/** The words every figure, row, cell and tooltip built from the generated survey carries (issue 11). */
export const ILLUSTRATIVE_STAMP = 'ILLUSTRATIVE — NOT STATE DATA';

/** `text` with the stamp appended when it rests on generated rows; unchanged otherwise. */
export function stamped(text: string, illustrative: boolean): string {
  return illustrative ? `${text} — ${ILLUSTRATIVE_STAMP}` : text;
}
