/** The brief's data basis, printed on page 1: what it rests on, counted from the rows it cites. */
import { plural } from './words';

/**
 * "Based on 41 coded stances from 38 documents, 12 roll calls and 0 generated rows; data version 3f9c…".
 * @param cited row identity → document key, as the footnote builder recorded them
 * @param generated generated (illustrative) rows used
 */
export function dataBasis(cited: ReadonlyMap<string, string>, generated: number, version: string): string {
  const stanceDocs = new Set<string>();
  let stances = 0;
  const rollCalls = new Set<string>();
  const evidenceDocs = new Set<string>();
  let evidence = 0;
  for (const [row, doc] of cited) {
    // q:<question>|<actor> (d: for debates) is a stance; q:<question> alone is the question's own wording.
    if ((row.startsWith('q:') || row.startsWith('d:')) && row.includes('|')) {
      stances++;
      stanceDocs.add(doc);
    } else if (row.startsWith('e:')) {
      evidence++;
      evidenceDocs.add(doc);
    } else if (row.startsWith('v:') && row.includes('|')) rollCalls.add(row.slice(2, row.lastIndexOf('|')));
  }
  return `Based on ${plural(stances, 'coded stance')} from ${plural(stanceDocs.size, 'document')}, ${evidence ? `${plural(evidence, 'evidence row')} from ${plural(evidenceDocs.size, 'document')}, ` : ''}${plural(rollCalls.size, 'roll call')} and ${plural(generated, 'generated row')}; data version ${version}.`;
}
