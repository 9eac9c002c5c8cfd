import { describe, expect, it } from 'vitest';
import { compareSummary, listWords } from '../../../../src/views/compare/summary';
import { itemStatus, parseStates, rowId, type CompareItem } from '../../../../src/views/compare/model';

const item = (section: CompareItem['section'], key: string, answers: (string | null)[]): CompareItem => ({
  section,
  key,
  rowId: rowId(section, key),
  label: key,
  answers,
  flagged: false,
});

describe('compare model', () => {
  it('parses states=FRA|deu|USA|FRA|xx into distinct codes', () => {
    expect(parseStates('FRA|deu|USA|FRA|xx')).toEqual(['FRA', 'DEU', 'USA']);
    expect(parseStates(undefined)).toEqual([]);
  });
  it('makes DOM-safe row ids', () => {
    expect(rowId('votes', 'A/C.1/78/L.11 (plenary symbol not confirmed)')).toBe(
      'cmp-votes-A-C-1-78-L-11-plenary-symbol-not-confirmed',
    );
  });
  it('agree / differ / thin among those that answered', () => {
    expect(itemStatus(item('law', 'q', ['supports', 'supports', null]))).toBe('agree');
    expect(itemStatus(item('law', 'q', ['supports', 'opposes', null]))).toBe('differ');
    expect(itemStatus(item('law', 'q', ['supports', null, null]))).toBe('thin');
  });
  it('joins names in words', () => {
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B'])).toBe('A and B');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('compare summary', () => {
  const names = ['France', 'Germany', 'Russia'];
  // Votes, hand-tallied:
  //  r1 Y Y N → all answered, differ     r2 Y Y Y → agree
  //  r3 Y Y A → differ                    r4 Y null N → missing one
  // Pair agreement (joint votes, abstain = ½):
  //  FRA–DEU: r1 Y/Y, r2 Y/Y, r3 Y/Y → 3/3 = 100% over 3
  //  FRA–RUS: r1 Y/N 0, r2 1, r3 Y/A ½, r4 Y/N 0 → 1.5/4 = 38% over 4
  //  DEU–RUS: r1 0, r2 1, r3 ½ → 1.5/3 = 50% over 3
  const votes = [
    item('votes', 'r1', ['Y', 'Y', 'N']),
    item('votes', 'r2', ['Y', 'Y', 'Y']),
    item('votes', 'r3', ['Y', 'Y', 'A']),
    item('votes', 'r4', ['Y', null, 'N']),
  ];
  const law = [item('law', 'sov', ['supports', 'supports', null]), item('law', 'dd', [null, null, null])];

  it('says what all answered alike, where they differ and what is unknown, with the rows behind each', () => {
    const s = compareSummary(names, [...votes, ...law]);
    expect(s[0]).toEqual({
      section: 'votes',
      text: 'In the UNGA ICT-security votes, all 3 states answered 3 of 4 roll calls and gave the same answer on 1: r2.',
      rows: ['cmp-votes-r2'],
    });
    expect(s[1]).toEqual({
      section: 'votes',
      text: 'They differ on 2 roll calls: r1 and r3.',
      rows: ['cmp-votes-r1', 'cmp-votes-r3'],
    });
    expect(s[2].text).toBe(
      '1 roll call lacks an answer from at least one of them, so agreement there is unknown, not absent.',
    );
    expect(s[2].rows).toEqual(['cmp-votes-r4']);
    expect(s[3]).toEqual({
      section: 'law',
      text: 'On how international law applies, no legal question has an answer from all 3 states; 1 legal question has answers from at least two.',
      rows: ['cmp-law-sov'],
    });
    // FRA and DEU voted identically on their 3 joint votes: a bloc; Russia is in none.
    expect(s[4]).toEqual({
      section: 'pairs',
      text: 'Voting blocs (identical votes on every roll call both cast): France and Germany.',
      rows: [],
    });
    expect(s[5].section).toBe('pairs');
    expect(s[5].text).toBe(
      'In votes, the closest pair is France and Germany (100% agreement over 3 joint votes); the farthest is France and Russia (38% over 4).',
    );
    // rows where the farthest pair voted differently: r1 (Y/N), r3 (Y/A), r4 (Y/N)
    expect(s[5].rows).toEqual(['cmp-votes-r1', 'cmp-votes-r3', 'cmp-votes-r4']);
  });

  it('says nothing for fewer than two states; no pair sentence for two', () => {
    expect(compareSummary(['France'], votes)).toEqual([]);
    expect(compareSummary(['A', 'B'], [item('law', 'q', [null, 'supports'])])[0].text).toBe(
      'On how international law applies, no legal question has an answer from both states.',
    );
    const two = compareSummary(['France', 'Germany'], [item('votes', 'r1', ['Y', 'Y'])]);
    expect(two.map((x) => x.text)).toEqual([
      'In the UNGA ICT-security votes, both states answered 1 of 1 roll call and gave the same answer on 1: r1.',
    ]);
  });
});
