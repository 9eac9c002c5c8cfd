import { describe, expect, it } from 'vitest';
import { Citations, citeText, footnoteText, type CiteRow } from '../../../../src/export/brief/cite';
import { DocIndex, docKey, isSiteRoot, type DocRef } from '../../../../src/export/brief/doc';
import { positionsByName, type PositionInput, type PublishedInput } from '../../../../src/export/brief/positions';
import { alignmentInVotes, MIN_SHARED_VOTES } from '../../../../src/export/brief/alignment';
import { dataBasis } from '../../../../src/export/brief/basis';
import { cssString, pageCss } from '../../../../src/export/brief/page-css';
import type { Answer } from '../../../../src/export/brief/items';
import { audienceEvidence, evidenceOnNorm } from '../../../../src/export/brief/evidence';
import type { BriefEvidenceRow } from '../../../../src/queries/brief';

// Hand-made documents and rows; every expected number below is worked out by hand in the comments.
const doc = (title: string, url: string | null): DocRef => ({
  title,
  issuer: null,
  date: null,
  symbol: null,
  url,
  strength: 'state_text',
  weak: false,
});
const P1 = doc('Paper one', 'https://example.org/one.pdf');
const P2 = doc('Paper two', 'https://example.org/two.pdf');
const P3 = doc('Paper three', null);

/** The footnotes a statement should carry: the numbers of the documents of exactly its rows. */
function expectedCites(c: Citations, rows: readonly CiteRow[]): number[] {
  const byKey = new Map(c.footnotes().map((f) => [docKey(f), f.n]));
  return [...new Set(rows.filter((r) => r.doc).map((r) => byKey.get(docKey(r.doc!))!))].sort((a, b) => a - b);
}

describe('sentence and footnote builder', () => {
  it('numbers documents in order of first use and cites exactly the rows of each sentence', () => {
    const c = new Citations();
    const s1 = c.say('First.', [
      { doc: P2, row: 'a' },
      { doc: P2, row: 'b' },
    ]);
    const s2 = c.say('Second.', [
      { doc: P1, row: 'c' },
      { doc: P3, row: 'd' },
      { doc: null, row: 'e' },
    ]);
    const s3 = c.say('Third.', [{ doc: P2, row: 'a' }]);
    // P2 first used by s1 → 1; P1 then P3 by s2 → 2, 3; s3 reuses 1
    expect([s1.cites, s2.cites, s3.cites]).toEqual([[1], [2, 3], [1]]);
    expect(s2.rows).toEqual(['c', 'd']); // a row without a document cannot be cited
    expect(c.footnotes().map((f) => [f.n, f.title, f.rows])).toEqual([
      [1, 'Paper two', 2],
      [2, 'Paper one', 1],
      [3, 'Paper three', 1],
    ]);
    expect(footnoteText(c.footnotes()[2])).toBe('Paper three. (no document link on record)');
    expect(citeText([1, 2, 3, 5])).toBe('[1–3, 5]');
  });

  it('builds documents from the row first and never gives a site root as a document', () => {
    const docs = new DocIndex([
      {
        source_id: 'toolkit',
        title: 'A toolkit',
        url: 'https://toolkit.example/',
        publisher: 'CCDCOE',
        strength: 'toolkit',
      },
      { source_id: 'blog', title: 'A blog', url: 'https://blog.example/', publisher: 'Blog', strength: 'secondary' },
    ]);
    expect(
      docs.doc({
        sourceId: 'toolkit',
        title: 'Toolkit – Sovereignty',
        url: 'https://toolkit.example/wiki/Sovereignty',
        date: 2021,
      }),
    ).toEqual({
      title: 'Toolkit – Sovereignty',
      issuer: 'CCDCOE',
      date: '2021',
      symbol: null,
      url: 'https://toolkit.example/wiki/Sovereignty',
      strength: 'toolkit',
      weak: false,
    });
    expect(docs.doc({ sourceId: 'toolkit' })!.url).toBeNull(); // only the site root is known
    expect(docs.doc({ sourceId: 'blog', url: 'https://a.example/x ; https://b.example/y' })).toMatchObject({
      url: 'https://a.example/x',
      weak: true,
    });
    expect(
      docs.doc({ sourceId: 'toolkit', title: 'Report of the Group of Governmental Experts (A/70/174)' })!.symbol,
    ).toBe('A/70/174');
    expect(docs.doc({ sourceId: 'unknown' })).toBeNull();
    expect([
      isSiteRoot('https://x.example/'),
      isSiteRoot('https://x.example'),
      isSiteRoot('https://x.example/a'),
    ]).toEqual([true, true, false]);
  });
});

describe('positions by name', () => {
  const docs = new DocIndex([
    { source_id: 'src', title: 'Source', url: null, publisher: 'Pub', strength: 'state_text' },
  ]);
  const p = (
    actorId: string,
    name: string,
    stance: string,
    kind: 'state' | 'group' = 'state',
    inScope = true,
    url = `https://example.org/${actorId}.pdf`,
  ): PositionInput => ({
    actorId,
    name,
    kind,
    iso3: kind === 'state' ? actorId : null,
    stance,
    year: 2022,
    sourceTitle: `Position of ${name}`,
    sourceUrl: url,
    sourceId: 'src',
    strength: null,
    inferred: false,
    inScope,
  });
  const rows = [
    p('GBR', 'United Kingdom of Great Britain and Northern Ireland', 'opposes'),
    p('USA', 'United States of America', 'qualified', 'state', true, 'https://example.org/toolkit/Sovereignty'),
    p('NLD', 'Netherlands (Kingdom of the)', 'supports', 'state', true, 'https://example.org/toolkit/Sovereignty'),
    p('AU', 'African Union (Common African Position)', 'supports', 'group'),
    p('FRA', 'France', 'supports', 'state', false), // outside the brief's states
  ];
  const published: PublishedInput[] = [
    {
      actorId: 'KEN',
      name: 'Kenya',
      kind: 'state',
      year: 2021,
      title: 'Contribution of Kenya',
      sourceUrl: 'https://example.org/ken.pdf',
      sourceId: 'src',
      inScope: true,
    },
    {
      actorId: 'GBR',
      name: 'United Kingdom of Great Britain and Northern Ireland',
      kind: 'state',
      year: 2022,
      title: 'UK paper',
      sourceUrl: null,
      sourceId: 'src',
      inScope: true,
    },
  ];
  const c = new Citations();
  const block = positionsByName('q:sov', 'Sovereignty as a rule', rows, published, 10, docs, c);

  it('names every actor with stance, year and document, grouping states by stance', () => {
    expect(block.byStance.map((g) => [g.stance, g.lines.map((l) => l.name)])).toEqual([
      ['supports', ['Netherlands (Kingdom of the)']],
      ['qualified', ['United States of America']],
      ['opposes', ['United Kingdom of Great Britain and Northern Ireland']],
    ]);
    expect(block.groups.map((l) => [l.name, l.stance, l.year, l.document])).toEqual([
      [
        'African Union (Common African Position)',
        'supports',
        2022,
        'Position of African Union (Common African Position)',
      ],
    ]);
    expect(block.notCoded.map((l) => l.name)).toEqual(['Kenya']); // the UK is coded, so it is not listed again
  });

  it('never counts a group as its members and states silence as silence', () => {
    // 3 states in scope coded (France is outside), 1 published but not coded, 10 − 3 − 1 = 6 silent
    expect(block.summary.map((s) => s.text)).toEqual([
      'Of the 10 states in scope, 3 have a coded stance on Sovereignty as a rule (1 support, 1 qualified, 1 oppose).',
      '1 state in scope published a position on international law in cyberspace that is not coded on this question: Kenya. Their view on it is not known from this data.',
      'The other 6 states in scope have no published position on record: silence, which is not opposition.',
      "Group positions, listed as the groups' own and not counted as their members': African Union (Common African Position), support (2022).",
    ]);
  });

  it('cites on each line only its own document; the US and the Netherlands share one', () => {
    // summary first: GBR paper 1, toolkit page 2 (USA and NLD); Kenya 3; AU 4
    expect(block.summary.map((s) => s.cites)).toEqual([[1, 2], [3], [], [4]]);
    const line = (name: string) =>
      [...block.byStance.flatMap((g) => g.lines), ...block.groups, ...block.notCoded].find((l) =>
        l.name.startsWith(name),
      )!;
    expect([
      line('United Kingdom').cites,
      line('United States').cites,
      line('Netherlands').cites,
      line('African Union').cites,
      line('Kenya').cites,
    ]).toEqual([[1], [2], [2], [4], [3]]);
    for (const s of block.summary) expect(s.rows!.length).toBeGreaterThanOrEqual(s.cites.length);
  });
});

describe('alignment in UNGA votes', () => {
  const calls = Array.from({ length: 10 }, (_, i) => `v:r${i}`);
  const votesOf = (iso3: string, levels: string[]): Answer[] =>
    levels
      .map((level, i) => ({
        key: calls[i],
        iso3,
        level,
        doc: doc(`Record r${i}`, `https://example.org/r${i}`),
        illustrative: false,
        inferred: false,
        weak: false,
      }))
      .filter((a) => a.level !== 'X');
  const rep = (l: string, n: number) => Array.from({ length: n }, () => l);
  const st = (iso3: string) => ({ iso3, name: iso3[0] + iso3.slice(1).toLowerCase(), group: null });
  const T = st('TEE');
  // Agreement with TEE (all yes): AAA, BBB 10/10 = 100%; CCC (9 + ½)/10 = 95%; EEE, GGG, HHH 50%
  // (abstentions, or 5 same and 5 opposite); DDD 0%; FFF shares only 7 recorded votes: not ranked.
  const votes = [
    ...votesOf('TEE', rep('Y', 10)),
    ...votesOf('AAA', rep('Y', 10)),
    ...votesOf('BBB', rep('Y', 10)),
    ...votesOf('CCC', [...rep('Y', 9), 'A']),
    ...votesOf('DDD', rep('N', 10)),
    ...votesOf('EEE', rep('A', 10)),
    ...votesOf('FFF', [...rep('Y', 7), ...rep('X', 3)]),
    ...votesOf('GGG', [...rep('Y', 5), ...rep('N', 5)]),
    ...votesOf('HHH', rep('A', 10)),
  ];
  const scope = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH', 'TEE'].map(st);

  it('names the most and least aligned with counts and agreement, and discloses a tie at the cut', () => {
    const c = new Citations();
    const a = alignmentInVotes(T, votes, scope, 10, c);
    expect(a.most.map((s) => [s.iso3, s.joint, Math.round(s.agreement * 100)])).toEqual([
      ['AAA', 10, 100],
      ['BBB', 10, 100],
      ['CCC', 10, 95],
      ['EEE', 10, 50],
      ['GGG', 10, 50],
      ['HHH', 10, 50],
    ]);
    expect(a.least.map((s) => s.iso3)).toEqual(['DDD']);
    expect(a.statements.map((s) => s.text)).toEqual([
      'Most aligned with Tee in UNGA votes (7 states in scope share at least 8 recorded votes with it): Aaa (10 recorded votes, 100% agreement); Bbb (10 recorded votes, 100% agreement); Ccc (10 recorded votes, 95% agreement); Eee (10 recorded votes, 50% agreement); Ggg (10 recorded votes, 50% agreement); Hhh (10 recorded votes, 50% agreement). 3 states tie at 50% at the top; all are listed.',
      'Least aligned with Tee in UNGA votes: Ddd (10 recorded votes, 0% agreement).',
      '1 state in scope shares fewer than 8 recorded votes with Tee and is not ranked.',
    ]);
    // each sentence cites the 10 roll-call records of exactly the states it names (and Tee)
    expect(a.statements[1].rows!.sort()).toEqual(calls.flatMap((k) => [`${k}|DDD`, `${k}|TEE`]).sort());
    expect(a.statements[1].cites).toEqual(
      expectedCites(
        c,
        votes
          .filter((v) => v.iso3 === 'DDD' || v.iso3 === 'TEE')
          .map((v) => ({ doc: v.doc, row: `${v.key}|${v.iso3}` })),
      ),
    );
  });

  it('leaves the line out below the minimum basis and says so', () => {
    const short = [...votesOf('TEE', [...rep('Y', 7), ...rep('X', 3)]), ...votesOf('AAA', rep('Y', 10))];
    const a = alignmentInVotes(T, short, scope, 10, new Citations());
    expect(MIN_SHARED_VOTES).toBe(8);
    expect([a.most, a.least]).toEqual([[], []]);
    expect(a.statements[0].text).toBe(
      'Alignment in UNGA votes is left out: Tee cast 7 recorded votes in the 10 roll calls on record, below the minimum basis of 8.',
    );
  });

  it('says no state stands out when every ranked state agrees equally', () => {
    const same = [...votesOf('TEE', rep('Y', 10)), ...votesOf('AAA', rep('Y', 10)), ...votesOf('BBB', rep('Y', 10))];
    const a = alignmentInVotes(T, same, scope, 10, new Citations());
    expect(a.statements.map((s) => s.text)).toEqual([
      'All 2 states in scope that share at least 8 recorded votes with Tee agree with it 100% of the time in UNGA votes: no state stands out as more or less aligned.',
    ]);
  });
});

describe('data basis and the printed page', () => {
  it('counts coded stances, their documents and roll calls from the cited rows', () => {
    const cited = new Map([
      ['q:sov|GBR', 'url:a'],
      ['q:sov|USA', 'url:b'],
      ['q:sov|NLD', 'url:b'],
      ['q:sov', 'title:guide'],
      ['v:A/RES/77/37|KEN', 'url:r1'],
      ['v:A/RES/77/37|UGA', 'url:r1'],
      ['v:A/RES/78/16|KEN', 'url:r2'],
      ['v:A/RES/78/16', 'url:r2'],
    ]);
    expect(dataBasis(cited, 0, '3f9c')).toBe(
      'Based on 3 coded stances from 2 documents, 2 roll calls and 0 generated rows; data version 3f9c.',
    );
  });

  it('puts the running header and "n / N" page numbers in @page margin boxes, escaping text from data', () => {
    expect(cssString('A "quoted" \\ name\nnext')).toBe('"A \\"quoted\\" \\\\ name next"');
    const css = pageCss('Sovereignty · for Kenya', 'Letter');
    expect(css).toContain('size: letter;');
    expect(css).toContain('@top-left { content: "Sovereignty · for Kenya";');
    expect(css).toContain('content: counter(page) " / " counter(pages);');
    expect(pageCss('x', 'A4')).toContain('size: A4;');
  });
});

describe('evidence on a norm', () => {
  const docs = new DocIndex([
    { source_id: 'un', title: 'UN documents', url: null, publisher: 'United Nations', strength: 'official' },
  ]);
  const ev = (id: string, iso3: string, rung: number, extra: Partial<BriefEvidenceRow> = {}): BriefEvidenceRow => ({
    evidence_id: id,
    iso3,
    rung,
    kind: 'k',
    indicator: `indicator ${id}`,
    value: `Document ${id}`,
    year: 2020,
    document_url: `https://example.org/${id}.pdf`,
    source_id: 'un',
    shared: false,
    ...extra,
  });
  const shared = (iso3: string) =>
    ev(`c-${iso3}`, iso3, 1, {
      indicator: 'joined the consensus on A/RES/70/237',
      value: 'adopted without a vote',
      document_url: 'https://undocs.org/A/RES/70/237',
      shared: true,
    });
  // AAA: self-report (4) and a law (3); BBB: a law (3); CCC: consensus only (1, shared); DDD: nothing
  const rows = [
    ev('e1', 'AAA', 4),
    ev('e2', 'AAA', 3),
    ev('e3', 'BBB', 3),
    shared('AAA'),
    shared('BBB'),
    shared('CCC'),
  ];
  const scope = ['AAA', 'BBB', 'CCC', 'DDD'].map((iso3) => ({ iso3, name: iso3, group: null }));

  it('ladders states by their highest rung, names those above commitment, and counts only evidence of their own as coverage', () => {
    const c = new Citations();
    const b = evidenceOnNorm('g', 'norm (g)', rows, scope, docs, c);
    expect(b.summary[0].text).toBe(
      "Cited evidence on norm (g) among the 4 states in scope, by each state's highest rung: 1 self-reported implementation, 1 measure in place, 1 committed; 1 with no cited evidence.",
    );
    // rows at each state's highest rung: e1 (AAA), e3 (BBB), the consensus row of CCC
    expect(b.summary[0].rows!.sort()).toEqual(['e:c-CCC', 'e:e1', 'e:e3']);
    expect(b.summary[1].text).toBe(
      'Part of the commitment rung is joining consensus adoptions that every Member joined (A/RES/70/237): it does not distinguish one state from another.',
    );
    expect(b.lines.map((l) => [l.name, l.rung, l.what])).toEqual([
      ['AAA', 'self-reported implementation', 'indicator e1: Document e1'],
      ['AAA', 'measure in place', 'indicator e2: Document e2'],
      ['BBB', 'measure in place', 'indicator e3: Document e3'],
    ]);
    expect(b.figures.map((f) => [f.label, f.value])).toEqual([
      ['Coverage', '2 of 4 (50%)'],
      ['Measure in place or higher', '2 of 4'],
      ['Self-reported', '1 of 4'],
      ['Commitment only', '1 of 4'],
    ]);
    // a document above commitment is footnoted by its own title; the shared consensus by its resolution
    expect(c.footnotes().map((f) => f.title)).toEqual([
      'Document e1',
      'Document e3',
      'General Assembly resolution A/RES/70/237',
      'Document e2',
    ]);
  });

  it("gives the audience's own evidence first, rung by rung", () => {
    const s = audienceEvidence(scope[1], 'norm (g)', rows, docs, new Citations());
    expect(s.map((x) => x.text)).toEqual([
      "BBB's highest rung of cited evidence on norm (g): measure in place.",
      'Measure in place: indicator e3: Document e3 (2020).',
      'Commitments: joined the consensus on A/RES/70/237.',
    ]);
    expect(audienceEvidence(scope[3], 'norm (g)', rows, docs, new Citations())[0].text).toBe(
      'No cited evidence links DDD to norm (g) in this data.',
    );
  });
});
