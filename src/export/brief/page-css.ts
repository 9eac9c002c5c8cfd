/**
 * The printed page: paper size, margins, a running header (focus, audience, date, data version)
 * and "n / N" page numbers, as CSS paged media that Chromium honours in the user's own print
 * (page-margin boxes with the page and pages counters, Chromium 131 and later). The header text
 * comes from data, so it is escaped into a CSS string; the rule is set as a style element's text,
 * never parsed as HTML.
 */

/** Paper sizes a brief prints on. */
export const PAPERS = { A4: 'A4', Letter: 'US Letter' } as const;
export type Paper = keyof typeof PAPERS;

/** Text as a CSS string literal: quotes and backslashes escaped, line breaks and control characters dropped. */
export function cssString(text: string): string {
  return `"${text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')}"`;
}

/** The @page rule for a brief. */
export function pageCss(header: string, paper: Paper): string {
  const box = 'font: 7.5pt system-ui, sans-serif; color: #444;';
  return `@page {
  size: ${paper === 'Letter' ? 'letter' : 'A4'};
  margin: 16mm 14mm 15mm;
  @top-left { content: ${cssString(header)}; ${box} vertical-align: bottom; padding-bottom: 2mm; }
  @bottom-right { content: counter(page) " / " counter(pages); ${box} vertical-align: top; padding-top: 2mm; }
  @bottom-left { content: "Common Ground brief"; ${box} vertical-align: top; padding-top: 2mm; }
}`;
}
