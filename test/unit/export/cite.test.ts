import { describe, expect, it } from 'vitest';
import { Citations } from '../../../src/export/brief/cite';

describe('brief citations', () => {
  const sources = [
    { source_id: 'doc-a', title: 'A paper', url: 'https://gov.example/paper', publisher: 'Gov', strength: 'state_text', weak_source: false },
    { source_id: 'doc-b', title: 'A thread', url: 'https://twtext.com/article/1', publisher: 'twtext.com', strength: 'derivative', weak_source: true },
  ];

  it('numbers sources in order of first citation, counts distinct rows, and carries the weak-source flag', () => {
    const c = new Citations(sources);
    expect(c.cite([{ sourceId: 'doc-b', row: 'r1' }, { sourceId: 'doc-a', row: 'r2' }, { sourceId: 'doc-b', row: 'r1' }])).toEqual([1, 2]);
    expect(c.cite([{ sourceId: 'doc-b', row: 'r3' }, { sourceId: 'unknown', row: 'r4' }, { sourceId: null, row: 'r5' }])).toEqual([1]);
    const f = c.footnotes();
    expect(f.map((x) => [x.n, x.sourceId, x.rows, x.weak ?? false])).toEqual([[1, 'doc-b', 2, true], [2, 'doc-a', 1, false]]);
  });
});
