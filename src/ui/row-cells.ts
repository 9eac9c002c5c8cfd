import type { Attachment } from 'svelte/attachments';

/**
 * Attachment factory for table rows whose trailing cells are built with DOM calls (long
 * matrices: `views/law/matrix-cells.ts`, `views/norms/evidence-cells.ts`, which say why). Each
 * run appends the cells `build` makes, but only when `key()` differs from the key of the cells
 * the row already has: a filter change hands the matrix new row objects with the same content,
 * and those rows keep their nodes. There is no teardown: the cells go with their row.
 * `key` and `build` run inside the attachment's effect, so what they read is tracked.
 */
export function rowCells(): (
  key: () => string,
  build: () => HTMLTableCellElement[],
) => Attachment<HTMLTableRowElement> {
  const built = new WeakMap<HTMLTableRowElement, { key: string; tds: HTMLTableCellElement[] }>();
  return (key, build) => (tr) => {
    const k = key();
    const had = built.get(tr);
    if (had?.key === k) return;
    had?.tds.forEach((td) => td.remove());
    const tds = build();
    tr.append(...tds);
    built.set(tr, { key: k, tds });
  };
}
