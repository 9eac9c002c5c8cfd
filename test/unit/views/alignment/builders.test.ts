import { describe, expect, it } from 'vitest';
import { chosenItems, contingency, opinionMatrix } from '../../../../src/views/alignment/opinion-model';
import {
  agreementBase,
  chosenColumns,
  groupOrder,
  scopedAgreement,
  scopedOrder,
  voteTable,
  voteTallies,
} from '../../../../src/views/alignment/votes-model';
import type { OpinionItemRow } from '../../../../src/queries/alignment-items';
import type { StateVotesRow } from '../../../../src/queries/alignment-votes';

const st = (iso3: string, un_group: string | null): StateVotesRow => ({
  iso3,
  name: iso3,
  un_group,
  orgs: '',
  votes: null,
});
const item = (family: OpinionItemRow['family'], item: string): OpinionItemRow => ({
  family,
  item,
  label: item,
  track: null,
  detail: null,
  caveat: null,
});

describe('opinion-map builders', () => {
  it('fills the matrix from long rows, NaN where a state gave no answer', () => {
    const states = [st('AAA', 'WEOG'), st('BBB', 'African')];
    const items = [item('votes', 'v:1'), item('il', 'q:x')];
    const m = opinionMatrix(states, items, [
      { iso3: 'BBB', item: 'q:x', value: 0.5 },
      { iso3: 'AAA', item: 'v:1', value: 1 },
      { iso3: 'ZZZ', item: 'v:1', value: 0 }, // not in scope: ignored
      { iso3: 'AAA', item: 'q:other', value: 0 }, // not chosen: ignored
    ]);
    expect(Array.from(m)).toEqual([1, Number.NaN, Number.NaN, 0.5]);
  });

  it('keeps only chosen items, in catalogue order', () => {
    const cat = [item('votes', 'v:1'), item('votes', 'v:2'), item('il', 'q:x'), item('survey', 's:a')];
    expect(chosenItems(cat, { votes: ['2'], il: 'all', survey: [] }).map((i) => i.item)).toEqual(['v:2', 'q:x']);
  });

  it('counts clusters × categories, leaving out unclustered states and unknown categories', () => {
    const t = contingency(Int32Array.from([0, 1, 1, -1, 0]), ['A', 'A', 'B', 'A', 'C'], 2, ['A', 'B']);
    expect(t).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });
});

describe('vote builders', () => {
  const row = (iso3: string, un_group: string | null, votes: string | null, orgs = ''): StateVotesRow => ({
    iso3,
    name: iso3,
    un_group,
    orgs,
    votes,
  });

  it('picks the chosen roll calls by token, in catalogue order', () => {
    expect(chosenColumns(['a', 'b', 'c'], null)).toEqual([0, 1, 2]);
    expect(chosenColumns(['a', 'b', 'c'], ['c', 'a'])).toEqual([0, 2]);
  });

  it('encodes the chosen columns of the vote strings and leaves out states without votes', () => {
    const t = voteTable([row('AAA', 'WEOG', 'YNAX'), row('PSE', null, null), row('BBB', 'African', 'YYNY')], [0, 2, 3]);
    expect(t.states.map((s) => s.iso3)).toEqual(['AAA', 'BBB']);
    expect(Array.from(t.votes.codes)).toEqual([1, 2, 0, 1, 3, 1]); // VOTE_CODE Y 1, N 3, A 2, X 0
  });

  it('tallies the states in scope overall, per group and per organisation', () => {
    const rows = [
      row('AAA', 'WEOG', 'YN', 'EU|NATO'),
      row('BBB', 'WEOG', 'AN', 'NATO'),
      row('CCC', 'African', 'YX', 'AU'),
      row('DDD', 'African', 'NN', 'AU'),
      row('PSE', null, null),
    ];
    const t = voteTallies(rows, new Set(['AAA', 'BBB', 'CCC', 'PSE']));
    expect(t.all).toEqual([
      { y: 2, n: 0, a: 1, x: 0 },
      { y: 0, n: 2, a: 0, x: 1 },
    ]);
    expect(t.groups.get('African')).toEqual([
      { y: 1, n: 0, a: 0, x: 0 },
      { y: 0, n: 0, a: 0, x: 1 },
    ]);
    expect(t.orgs.get('NATO')).toEqual([
      { y: 1, n: 0, a: 1, x: 0 },
      { y: 0, n: 2, a: 0, x: 0 },
    ]);
    expect(t.orgs.get('EU')?.[0]).toEqual({ y: 1, n: 0, a: 0, x: 0 });
  });

  it('takes the in-scope part of the all-members matrix and keeps the all-members order', () => {
    // A and C vote alike, B and D vote alike; in scope A, B, C.
    const rows = [
      row('A', 'WEOG', 'YYN'),
      row('B', 'African', 'NNY'),
      row('C', 'WEOG', 'YYN'),
      row('D', 'African', 'NNA'),
    ];
    const base = agreementBase(voteTable(rows, [0, 1, 2]), 'agreement');
    const v = scopedAgreement(base, new Set(['A', 'B', 'C']), 'cluster');
    expect(v.states.map((s) => s.iso3)).toEqual(['A', 'B', 'C']);
    // A–B: 0 of 3 agree; A–C: 3 of 3
    expect(Array.from(v.values)).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(Array.from(v.joint)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3]);
    const order = Array.from(v.order).map((i) => v.states[i].iso3);
    expect(Math.abs(order.indexOf('A') - order.indexOf('C'))).toBe(1);
    expect(
      Array.from(scopedAgreement(base, new Set(['A', 'B', 'C']), 'group').order).map((i) => v.states[i].un_group),
    ).toEqual(['African', 'WEOG', 'WEOG']);
    // the vote grid's order without the matrix: the same states, the same order
    for (const o of ['cluster', 'group'] as const) {
      const only = scopedOrder(base, new Set(['A', 'B', 'C']), o);
      expect(only.states.map((s) => s.iso3)).toEqual(['A', 'B', 'C']);
      expect(Array.from(only.order)).toEqual(Array.from(scopedAgreement(base, new Set(['A', 'B', 'C']), o).order));
    }
  });

  it('orders by UN regional group, keeping the given order inside each group', () => {
    const states = [
      { un_group: 'WEOG' },
      { un_group: 'African' },
      { un_group: null },
      { un_group: 'African' },
      { un_group: 'GRULAC' },
    ];
    expect(Array.from(groupOrder(states, Int32Array.from([3, 0, 2, 4, 1])))).toEqual([3, 1, 4, 0, 2]);
  });
});
