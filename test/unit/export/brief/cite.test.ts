import { describe, expect, it } from 'vitest';
import { Citations } from '../../../../src/export/brief/cite';
import { DocIndex } from '../../../../src/export/brief/doc';

// h/positions' test of the weak-source flag, on the document-level footnote builder (issue 13).
describe('brief citations', () => {
  const sources = [
    {
      source_id: 'doc-a',
      title: 'A paper',
      url: 'https://gov.example/paper',
      publisher: 'Gov',
      strength: 'state_text',
      weak_source: false,
    },
    {
      source_id: 'doc-b',
      title: 'A thread',
      url: 'https://twtext.com/article/1',
      publisher: 'twtext.com',
      strength: 'derivative',
      weak_source: true,
    },
  ];

  it('numbers documents in order of first citation, counts distinct rows, and carries the weak-source flag', () => {
    const docs = new DocIndex(sources);
    const row = (id: string | null, r: string) => ({ doc: docs.doc({ sourceId: id }), row: r });
    const c = new Citations();
    expect(c.cite([row('doc-b', 'r1'), row('doc-a', 'r2'), row('doc-b', 'r1')])).toEqual([1, 2]);
    expect(c.cite([row('doc-b', 'r3'), row('unknown', 'r4'), row(null, 'r5')])).toEqual([1]);
    const f = c.footnotes();
    expect(f.map((x) => [x.n, x.title, x.rows, x.weak])).toEqual([
      [1, 'A thread', 2, true],
      [2, 'A paper', 1, false],
    ]);
  });
});
