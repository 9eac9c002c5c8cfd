import { describe, expect, it } from 'vitest';
import { buildBrief, type BriefInput } from '../../../../src/export/brief/build';
import { parseFocus } from '../../../../src/export/brief/focus';

// The minimum basis (analysis/basis.ts: at least 5 answers per side) where the brief selects its
// findings. A hand-made world: six African and six WEOG states, three legal questions.
//   q1: every state answered; African 6 × supports, WEOG 1 supports + 5 opposes (both sides ≥ 5).
//   q2: three answers, all supports (coverage 3/12 = 25 %, the coverage floor, but below 5 answers).
//   q3: WEOG 6 × opposes; one African state supports (1 answer on that side).
const AF = ['AFA', 'AFB', 'AFC', 'AFD', 'AFE', 'AFF'];
const WE = ['WEA', 'WEB', 'WEC', 'WED', 'WEE', 'WEF'];
const pos = (iso3: string, question_id: string, stance: 'supports' | 'qualified' | 'opposes') => ({
  iso3,
  question_id,
  stance,
  year: 2020,
  source_title: `Paper of ${iso3}`,
  source_url: `https://example.org/p/${iso3}.pdf`,
  source_id: 's',
  source_strength: 'toolkit',
  inferred: false,
});
const positions = [
  ...AF.map((s) => pos(s, 'q1', 'supports')),
  pos('WEA', 'q1', 'supports'),
  ...WE.slice(1).map((s) => pos(s, 'q1', 'opposes')),
  ...['AFA', 'AFB', 'WEA'].map((s) => pos(s, 'q2', 'supports')),
  ...WE.map((s) => pos(s, 'q3', 'opposes')),
  pos('AFB', 'q3', 'supports'),
];
const item = (id: string, ord: number) => ({
  kind: 'question' as const,
  id,
  title: `Question ${id}`,
  text: `Is ${id} a rule?`,
  ref: null,
  url: null,
  source_id: 'guide',
  ord,
});
const input = (focus: string): BriefInput => ({
  focus: parseFocus(focus)!,
  audience: null,
  states: [
    ...AF.map((iso3) => ({ iso3, name: iso3, un_group: 'African', in_scope: true })),
    ...WE.map((iso3) => ({ iso3, name: iso3, un_group: 'WEOG', in_scope: true })),
  ],
  positions,
  votes: [],
  capacity: [],
  survey: null,
  items: [item('q1', 1), item('q2', 2), item('q3', 3)],
  rollCalls: [],
  sources: ['guide', 's'].map((id) => ({
    source_id: id,
    title: `Source ${id}`,
    url: 'https://example.org/',
    publisher: id,
    strength: 'toolkit',
  })),
  org: null,
  filterText: 'twelve states',
  date: '2026-03-01',
  version: 'v',
  builtAt: '2026-02-01T00:00:00Z',
});

describe('the brief applies the minimum basis where it selects findings', () => {
  it('a group gap with one answer on a side is "too few answers", never a finding', () => {
    const b = buildBrief(input('question:q3'));
    const texts = b.consensus.map((s) => s.text);
    // without the rule the gap would be African 100 % (1 answered) against WEOG 0 %: 100 points
    expect(texts.join(' ')).not.toMatch(/percentage points|widest gap/i);
    expect(texts).toContain('Too few answers for a group gap: no two UN regional groups have at least 5 answers each.');
    const fig = Object.fromEntries(b.keyFigures.map((k) => [k.label, k.value]));
    expect([fig['Widest group gap'], fig['Group-informed consensus']]).toEqual(['n/a', 'too few answers']);
  });

  it('both sides at the basis: the gap is reported, computed by hand', () => {
    // African mean 1 (6 supports), WEOG mean 1/6 (1 support, 5 opposes): gap 83 points.
    const b = buildBrief(input('question:q1'));
    expect(Object.fromEntries(b.keyFigures.map((k) => [k.label, k.value]))['Widest group gap']).toBe('83 points');
    expect(b.consensus.map((s) => s.text).join(' ')).toContain(
      'is the African Group (support 100%, 6 answered) against the Western European and Others Group (WEOG) (17%, 6 answered): 83 percentage points',
    );
  });

  it('an item with fewer than 5 answers is listed as too few answers, never as a consensus', () => {
    const b = buildBrief(input('group:African'));
    const texts = b.consensus.map((s) => s.text);
    // q2: 3 of 12 answered (25 %), all supports: consensus 1 without the rule
    expect(texts.some((t) => /^Consensus on Question q2/.test(t))).toBe(false);
    expect(texts.find((t) => t.startsWith('Too few answers:'))).toContain('Question q2');
    // the item chart names no item below the basis
    expect((b.itemChart ?? []).map((i) => i.key)).not.toContain('q:q2');
    // q3 (7 answers) may be named, but never with a group gap: its African side has 1 answer
    for (const t of texts.filter((x) => x.includes('Question q3'))) expect(t).not.toMatch(/gap|points/);
    const fig = Object.fromEntries(b.keyFigures.map((k) => [k.label, k.value]));
    // items on the basis with coverage ≥ 25 %: q1 and q3 (q2 has 3 answers)
    expect(fig['Items with consensus']).toMatch(/ of 2$/);
  });

  it('a single item with one answer says "too few answers" and gives no consensus figure', () => {
    const one = input('question:q2');
    one.positions = [pos('AFA', 'q2', 'supports')];
    const b = buildBrief(one);
    expect(b.consensus[1].text).toBe(
      'Too few answers (1; at least 5 needed) to say whether there is consensus: 1 support.',
    );
    expect(Object.fromEntries(b.keyFigures.map((k) => [k.label, k.value]))['Ordinal consensus']).toBe(
      'too few answers',
    );
  });
});
