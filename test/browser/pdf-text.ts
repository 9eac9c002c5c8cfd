import { readFileSync } from 'node:fs';

/**
 * Text and page count of a PDF file, read with pdfjs-dist in Node so that `npm test` needs no
 * system package (poppler's pdftotext) beyond the browser. Pages are joined with a form feed,
 * text items with spaces, as `pdftotext` would lay them out for a text search.
 */
export async function readPdf(file: string): Promise<{ text: string; pages: number; pageTexts: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pageTexts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pageTexts.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(' '));
  }
  await doc.destroy();
  return { text: pageTexts.join('\f'), pages: doc.numPages, pageTexts };
}
