import { describe, expect, it } from 'vitest';
import { groupsPresent, sortNorms, summariseNorms, type Grouping } from '../../../../src/views/norms/model';
import { implementationScore, matrixRows, orderStates } from '../../../../src/views/norms/matrix-order';
import type { NormAnswer, NormState } from '../../../../src/queries/norm-wire';
import type { MeasureStatus } from '../../../../src/analysis/ordinal';

const ans = (status: MeasureStatus | null): NormAnswer => ({
  status,
  year: status ? 2025 : null,
  challenges: 0,
  need: null,
  offer: null,
  origin: status ? 'submitted' : null,
  imported: false,
});
const st = (iso3: string, unGroup: string, statuses: (MeasureStatus | null)[], inOrg = false): NormState => ({
  iso3,
  name: iso3,
  unGroup,
  region: unGroup === 'WEOG' ? 'Europe' : 'Africa',
  inOrg,
  answers: statuses.map(ans),
  answered: statuses.filter(Boolean).length,
});
// Norms a, b, c. Hand-computed values below use the formulas of DESIGN §5 directly.
const STATES = [
  st('A1', 'African', ['implemented', null, 'implemented']),
  st('A2', 'African', ['partial', null, 'implemented']),
  st('A3', 'African', [null, null, 'planned']),
  st('W1', 'WEOG', ['implemented', null, 'none'], true),
  st('W2', 'WEOG', ['implemented', null, 'partial'], true),
  st('W3', 'WEOG', ['none', null, 'none']),
];
const UN: Grouping = { kind: 'group', org: null };

describe('summariseNorms', () => {
  const [a, b, c] = summariseNorms(STATES, ['a', 'b', 'c'], UN);

  it('norm a: coverage, counts, support share, ordinal consensus', () => {
    expect(a.inScope).toBe(6);
    expect(a.answered).toBe(5);
    expect(a.coverage).toBeCloseTo(5 / 6, 12);
    expect(a.counts).toEqual([1, 0, 1, 3]);
    expect(a.supportShare).toBeCloseTo((0 + 0.5 + 3) / 5, 12);
    // p = (.2, 0, .2, .6) on positions 0..3, μ = 2.2, width 3
    const cns = 1 + 0.2 * Math.log2(1 - 2.2 / 3) + 0.2 * Math.log2(1 - 0.2 / 3) + 0.6 * Math.log2(1 - 0.8 / 3);
    expect(a.consensus).toBeCloseTo(cns, 12);
  });

  it('norm a: group-informed consensus, η², and no gap while a group has fewer than 5 answers', () => {
    // African: agree 1 + ½ of 2 answers → 2.5/4; WEOG: agree 2 of 3 → 3/5
    expect(a.groupConsensus).toBeCloseTo((2.5 / 4) * (3 / 5), 12);
    // scores 1, .5 | 1, 1, 0; grand .7; SST .8; SSB 2(.75−.7)² + 3(2/3−.7)²
    expect(a.etaSquared).toBeCloseTo((2 * 0.05 ** 2 + 3 * (2 / 3 - 0.7) ** 2) / 0.8, 12);
    expect(a.gap).toBeNull();
    expect(a.byGroup.map((g) => [g.group, g.members, g.answered, g.share])).toEqual([
      ['African', 3, 2, 0.75],
      ['WEOG', 3, 3, 2 / 3],
    ]);
  });

  it('norm b: nobody answered → every measure is missing, not zero', () => {
    expect(b).toMatchObject({
      answered: 0,
      coverage: 0,
      supportShare: null,
      consensus: null,
      groupConsensus: null,
      gap: null,
      etaSquared: null,
    });
    expect(b.byGroup.map((g) => g.share)).toEqual([null, null]);
  });

  it('norm c: groups with 3 answers each are below the minimum basis of 5 (issue 18): no gap', () => {
    // African (1 + 1 + 0)/3 = 2/3; WEOG (0 + .5 + 0)/3 = 1/6: shares shown, but no gap between them
    expect(c.byGroup.map((g) => [g.group, g.answered])).toEqual([
      ['African', 3],
      ['WEOG', 3],
    ]);
    expect(c.byGroup[0].share).toBeCloseTo(2 / 3, 12);
    expect(c.byGroup[1].share).toBeCloseTo(1 / 6, 12);
    expect(c.gap).toBeNull();
  });

  it('widest gap between groups with ≥ 5 answers; a group with 4 stays out of it', () => {
    const many = [
      ...(['implemented', 'implemented', 'implemented', 'partial', 'none'] as const).map((s, i) =>
        st(`A${i}`, 'African', [s]),
      ),
      ...(['none', 'none', 'planned', 'partial', 'implemented', 'none'] as const).map((s, i) =>
        st(`W${i}`, 'WEOG', [s]),
      ),
      ...(['implemented', 'implemented', 'implemented', 'implemented'] as const).map((s, i) =>
        st(`G${i}`, 'GRULAC', [s]),
      ),
    ];
    const [n] = summariseNorms(many, ['a'], UN);
    // African (1 + 1 + 1 + .5 + 0)/5 = .7; WEOG (0 + 0 + 0 + .5 + 1 + 0)/6 = .25; GRULAC 1 on only 4 answers
    expect(n.gap?.high).toBe('African');
    expect(n.gap?.low).toBe('WEOG');
    expect(n.gap?.gap).toBeCloseTo(0.7 - 0.25, 12);
  });

  it('groups by M49 region or by organisation vs the rest', () => {
    expect(groupsPresent(STATES, { kind: 'region', org: null })).toEqual(['Africa', 'Europe']);
    const org = summariseNorms(STATES, ['a'], { kind: 'org', org: 'EU' })[0];
    expect(org.byGroup.map((g) => [g.group, g.members, g.share])).toEqual([
      ['EU', 2, 1],
      ['Rest', 4, (1 + 0.5 + 0) / 3],
    ]);
  });

  it('sorts by a measure with missing values last, either way', () => {
    const rows = summariseNorms(STATES, ['a', 'b', 'c'], UN);
    expect(sortNorms(rows, 'support', 'desc').map((r) => r.normId)).toEqual(['a', 'c', 'b']);
    expect(sortNorms(rows, 'support', 'asc').map((r) => r.normId)).toEqual(['c', 'a', 'b']);
    expect(sortNorms(rows, 'norm', 'desc').map((r) => r.normId)).toEqual(['c', 'b', 'a']);
  });
});

describe('matrix order', () => {
  it('implementation score is the mean MEASURE_SCALE score of the answers', () => {
    expect(implementationScore(STATES[0])).toBe(1);
    expect(implementationScore(STATES[4])).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(implementationScore(st('X', 'WEOG', [null, null, null]))).toBeNull();
  });
  it('orders by implementation, by group, by name; silent states last', () => {
    const all = [...STATES, st('Z0', 'African', [null, null, null])];
    // means: A1 1; A2 .75, W2 .75 (tie: 2 answers each, by name); W1 .5; W3 0 (2 answers) before A3 0 (1 answer)
    expect(orderStates(all, 'implementation', UN).map((s) => s.iso3)).toEqual([
      'A1',
      'A2',
      'W2',
      'W1',
      'W3',
      'A3',
      'Z0',
    ]);
    expect(orderStates(all, 'group', UN).map((s) => s.iso3)).toEqual(['A1', 'A2', 'A3', 'W1', 'W2', 'W3', 'Z0']);
    expect(orderStates(all, 'name', UN).map((s) => s.iso3)).toEqual(['A1', 'A2', 'A3', 'W1', 'W2', 'W3', 'Z0']);
  });
  it('similarity puts identical profiles next to each other, higher implementation first', () => {
    const s = [
      st('H1', 'WEOG', ['implemented', 'implemented', 'partial']),
      st('L1', 'WEOG', ['none', 'none', 'planned']),
      st('H2', 'WEOG', ['implemented', 'implemented', 'partial']),
      st('L2', 'WEOG', ['none', 'none', 'planned']),
    ];
    expect(orderStates(s, 'similarity', UN).map((x) => x.iso3)).toEqual(['H1', 'H2', 'L1', 'L2']);
  });
});

describe('matrixRows keeps every state and shows the scope in orderStates order', () => {
  const iso = (xs: NormState[]) => xs.map((s) => s.iso3);
  // Every subset of the six states, in every order and both groupings used by the view.
  const subsets = Array.from({ length: 64 }, (_, m) => STATES.filter((_, i) => (m >> i) & 1));
  for (const order of ['group', 'implementation', 'similarity', 'name'] as const) {
    for (const g of [UN, { kind: 'org', org: 'X' } as Grouping]) {
      it(`${order}, ${g.kind}: visible rows equal orderStates(in scope), all 6 rows present`, () => {
        for (const inScope of subsets) {
          const rows = matrixRows(STATES, inScope, order, g);
          const shown = new Set(iso(inScope));
          expect(iso(rows).sort()).toEqual(iso(STATES).sort());
          expect(iso(rows.filter((s) => shown.has(s.iso3)))).toEqual(iso(orderStates(inScope, order, g)));
        }
      });
    }
  }

  it('by name, the rows do not move when the scope changes (only hidden flips)', () => {
    expect(iso(matrixRows(STATES, STATES.slice(0, 2), 'name', UN))).toEqual(
      iso(matrixRows(STATES, STATES.slice(3), 'name', UN)),
    );
  });
});
