import { beforeAll, describe, expect, it } from 'vitest';
import { randomFilter, states } from './random-filter';
import { rows, shippedDb } from './db';
import { mulberry32 } from '../../src/analysis/random';
import { DEFAULT_FILTER, scopeCountSql, type StateFilter } from '../../src/queries/filter';
import {
  headlineSql,
  mapIndicatorSql,
  mapValuesSql,
  type HeadlineRow,
  type MapIndicator,
  type MapIndicatorRow,
  type MapValueRow,
} from '../../src/queries/overview';
import { StateFacts, headlineFromFacts, mapRowsFromFacts, scopeCount, scopeIso3 } from '../../src/queries/scope-facts';
import { capacityScopeSql, type ScopeIso3Row } from '../../src/queries/capacity';
import { scopeStatesSql } from '../../src/queries/alignment-votes';
import { stateFactsSql, type StateFactRow } from '../../src/queries/state-facts';
import {
  createNormAnswersSql,
  normAnswersTable,
  normStateFactsSql,
  normStatesSql,
  type NormStateRow,
} from '../../src/queries/norms';
import {
  DEFAULT_EVIDENCE,
  evidenceKindFactsSql,
  evidenceKindsSql,
  evidenceLadderFactsSql,
  evidenceLadderSql,
  normEvidenceListFactsSql,
  normEvidenceListSql,
  type EvidenceKindFactRow,
  type EvidenceKindRow,
  type EvidenceLadderRow,
  type NormEvidenceRow,
} from '../../src/queries/norm-evidence';
import { kindsFromFacts } from '../../src/queries/norm-facts';
import { rowsInScope } from '../../src/queries/scope-facts';
import { lawScopeSql, type LawScopeRow } from '../../src/queries/law';
import { lawPositionsSql, type LawPositionRow } from '../../src/queries/law-positions';
import {
  lawQuestionByOrgSql,
  lawQuestionMapFactsSql,
  lawQuestionMapSql,
  type LawByOrgRow,
  type LawQuestionMapRow,
} from '../../src/queries/law-question';
import {
  lawActorFactsSql,
  lawByOrgFactsSql,
  lawByOrgFromFacts,
  lawMapFromFacts,
  lawScopeFromFacts,
  type LawActorFactRow,
  type LawByOrgFactRow,
} from '../../src/queries/law-facts';
import { LAW_SET, debateSet, type QuestionSet } from '../../src/queries/question-set';
import { groupContrastSql, type GroupContrastRow } from '../../src/queries/group-contrast';
import { needOfferSql, type NeedOfferRow } from '../../src/queries/capacity-survey';
import { needOfferFactsSql, needOfferFromFacts, type NeedOfferFactRow } from '../../src/queries/capacity-survey-facts';
import type { CapacityGrouping } from '../../src/queries/capacity';
import {
  normDebateFactsSql,
  normDebatesFromFacts,
  normDebatesSql,
  type NormDebateRow,
} from '../../src/queries/norm-debates';
import {
  groupContrastFactsSql,
  groupContrastFromFacts,
  type GroupContrastFactRow,
} from '../../src/queries/group-contrast-facts';

const INDICATORS: MapIndicator[] = [
  { kind: 'group' },
  { kind: 'gci', pillar: 'overall' },
  { kind: 'gci', pillar: 'technical' },
  { kind: 'vote', resolutionId: 'A/RES/77/37' },
  { kind: 'yes_share' },
  { kind: 'legal' },
  { kind: 'stance', questionId: 'sovereignty_rule' },
  { kind: 'debate', questionId: 'binding_instrument' },
  { kind: 'rung', normId: 'd' },
  { kind: 'cosponsor', resolutionId: 'A/RES/77/37' },
];

describe('per-state facts reduced in JS agree with the SQL path', () => {
  let facts: StateFacts;
  const values = new Map<MapIndicator, MapValueRow[]>();
  beforeAll(async () => {
    facts = new StateFacts(await rows<StateFactRow>(stateFactsSql()));
    for (const ind of INDICATORS) values.set(ind, await rows<MapValueRow>(mapValuesSql(ind)));
  });

  it('the facts hold one row per state in states.csv', () => {
    expect(facts.n).toBe(states.length);
    expect([...facts.iso3]).toEqual(states.map((s) => s.iso3).sort());
  });

  it('the default filter, by hand: 193 members', async () => {
    expect(scopeCount(facts.mask(DEFAULT_FILTER))).toBe(states.filter((s) => s.un_member === 'true').length);
  });

  // 5 edge filters and 120 from seed 15; each compared on scope, headline and one map indicator.
  const rand = mulberry32(15);
  // Hand-picked edges first: an intermediate region, former members, observers (NULL flags).
  const edges: StateFilter[] = [
    { ...DEFAULT_FILTER, subregions: ['Caribbean'] },
    { ...DEFAULT_FILTER, subregions: ['Eastern Africa', 'Melanesia'], sids: 'no' },
    { ...DEFAULT_FILTER, orgs: ['OAS'], orgStatus: 'any' },
    { ...DEFAULT_FILTER, observers: true, ldc: 'no' },
    { ...DEFAULT_FILTER, observers: true, orgs: ['EU', 'NATO'] },
  ];
  const sample = [...edges, ...Array.from({ length: 120 }, () => randomFilter(rand))];
  // In chunks of 25 so each test stays well inside the timeout on a busy machine.
  let nonEmpty = 0;
  for (let c = 0; c < sample.length; c += 25) {
    it(`filters ${c + 1}–${c + 25} of ${sample.length}: scope count, headline, map rows, capacity and alignment scope are identical`, async () => {
      for (const [j, f] of sample.slice(c, c + 25).entries()) {
        const mask = facts.mask(f);
        const label = JSON.stringify(f);
        const n = (await rows<{ n: number }>(scopeCountSql(f)))[0].n;
        expect(scopeCount(mask), label).toBe(n);
        if (n > 0) nonEmpty++;
        const sqlHead = (await rows<HeadlineRow>(headlineSql(f)))[0];
        expect(headlineFromFacts(facts, mask), label).toEqual(sqlHead);
        const ind = INDICATORS[(c + j) % INDICATORS.length];
        const sqlMap = await rows<MapIndicatorRow>(mapIndicatorSql(f, ind));
        expect(mapRowsFromFacts(values.get(ind)!, facts, mask), label).toEqual(sqlMap);
        const sqlIso3 = (await rows<ScopeIso3Row>(capacityScopeSql(f))).map((r) => r.iso3);
        expect(scopeIso3(facts, mask), label).toEqual(sqlIso3);
        // Alignment's scope (its one filter-dependent query before issue 15).
        expect(scopeIso3(facts, mask), label).toEqual((await rows<ScopeIso3Row>(scopeStatesSql(f))).map((r) => r.iso3));
      }
    });
  }
  it('the sample exercises real scopes, not only empty ones', () => {
    expect(nonEmpty).toBeGreaterThan(30);
  });
});

// The Norms view: survey answers (illustrative on, so every member has rows), the evidence
// ladder, the "strongest kinds" counts and one norm's evidence list, each read once for every
// state and kept to the scope in JS; compared with the scoped SQL on 60 filters from seed 16.
describe('Norms: per-state facts reduced in JS agree with the SQL path', () => {
  let facts: StateFacts;
  const table = normAnswersTable({ imported: false, illustrative: true, year: null }, 0);
  const ORGS = [null, 'EU', 'AU'];
  const NORM_LIST = ['a', 'c', 'g', 'k'];
  const answers = new Map<string | null, NormStateRow[]>();
  const ladder = new Map<string | null, EvidenceLadderRow[]>();
  const lists = new Map<string, NormEvidenceRow[]>();
  let kindFacts: EvidenceKindFactRow[] = [];
  beforeAll(async () => {
    facts = new StateFacts(await rows<StateFactRow>(stateFactsSql()));
    await (await shippedDb()).exec(createNormAnswersSql({ imported: false, illustrative: true, year: null }, table));
    for (const org of ORGS) {
      answers.set(org, await rows<NormStateRow>(normStateFactsSql(table, org)));
      ladder.set(org, await rows<EvidenceLadderRow>(evidenceLadderFactsSql(DEFAULT_EVIDENCE, org)));
    }
    kindFacts = await rows<EvidenceKindFactRow>(evidenceKindFactsSql(DEFAULT_EVIDENCE));
    for (const n of NORM_LIST) lists.set(n, await rows<NormEvidenceRow>(normEvidenceListFactsSql(DEFAULT_EVIDENCE, n)));
  });

  it('the facts cover every state once, and the kinds facts hold one row per state, norm and kind', () => {
    expect(answers.get(null)!.map((r) => r.iso3)).toEqual(states.map((s) => s.iso3).sort());
    expect(ladder.get(null)).toHaveLength(states.length);
    const keys = kindFacts.map((r) => `${r.iso3}|${r.norm_id}|${r.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  const rand = mulberry32(16);
  const sample: StateFilter[] = [
    { ...DEFAULT_FILTER, groups: ['African'] },
    { ...DEFAULT_FILTER, observers: true, subregions: ['Western Asia'] },
    { ...DEFAULT_FILTER, orgs: ['NOPE'] },
    ...Array.from({ length: 57 }, () => randomFilter(rand)),
  ];
  for (let c = 0; c < sample.length; c += 20) {
    it(`filters ${c + 1}–${c + 20} of ${sample.length}: answers, ladder, kinds and evidence list are identical`, async () => {
      for (const [j, f] of sample.slice(c, c + 20).entries()) {
        const mask = facts.mask(f);
        const label = JSON.stringify(f);
        const org = ORGS[(c + j) % ORGS.length];
        expect(rowsInScope(answers.get(org)!, facts, mask), label).toEqual(
          await rows<NormStateRow>(normStatesSql(f, table, org)),
        );
        expect(rowsInScope(ladder.get(org)!, facts, mask), label).toEqual(
          await rows<EvidenceLadderRow>(evidenceLadderSql(f, DEFAULT_EVIDENCE, org)),
        );
        expect(kindsFromFacts(kindFacts, facts, mask), label).toEqual(
          await rows<EvidenceKindRow>(evidenceKindsSql(f, DEFAULT_EVIDENCE)),
        );
        const n = NORM_LIST[(c + j) % NORM_LIST.length];
        expect(rowsInScope(lists.get(n)!, facts, mask), label).toEqual(
          await rows<NormEvidenceRow>(normEvidenceListSql(f, DEFAULT_EVIDENCE, n)),
        );
      }
    });
  }

  it('the African Group by hand: 54 states in the ladder, kinds counted over them only', async () => {
    const mask = facts.mask({ ...DEFAULT_FILTER, groups: ['African'] });
    const african = new Set(
      states.filter((s) => s.un_regional_group === 'African' && s.un_member === 'true').map((s) => s.iso3),
    );
    expect(
      rowsInScope(ladder.get(null)!, facts, mask)
        .map((r) => r.iso3)
        .sort(),
    ).toEqual([...african].sort());
    for (const k of kindsFromFacts(kindFacts, facts, mask)) {
      const mine = kindFacts.filter((r) => r.norm_id === k.norm_id && r.kind === k.kind && african.has(r.iso3));
      expect(k.states).toBe(mine.length);
      expect(k.rung).toBe(Math.max(...mine.map((r) => r.rung)));
    }
  });
});

// The Law view (both question sets): actors, buckets and stance counts in scope, the question
// map and the by-organisation counts, from facts read once per set and question; compared with
// the scoped SQL on 60 filters from seed 17.
describe('Law: per-state facts reduced in JS agree with the SQL path', () => {
  let facts: StateFacts;
  const SETS: [string, QuestionSet][] = [
    ['law', LAW_SET],
    ['debates', debateSet()],
    ['debates+ai', debateSet({ includeAi: true, year: null })],
    ['debates 2020', debateSet({ includeAi: false, year: 2020 })],
  ];
  const QUESTIONS: Record<string, string[]> = {
    law: ['sovereignty_rule', 'new_binding_instrument', 'due_diligence_binding'],
    debates: [],
  };
  const actors = new Map<string, LawActorFactRow[]>();
  const positions = new Map<string, LawPositionRow[]>();
  const maps = new Map<string, LawQuestionMapRow[]>();
  const byOrg = new Map<string, LawByOrgFactRow[]>();
  beforeAll(async () => {
    facts = new StateFacts(await rows<StateFactRow>(stateFactsSql()));
    const dq = await rows<{ question_id: string }>('SELECT question_id FROM statement_questions ORDER BY sort_order');
    QUESTIONS.debates = dq.slice(0, 3).map((r) => r.question_id);
    for (const [name, set] of SETS) {
      actors.set(name, await rows<LawActorFactRow>(lawActorFactsSql(set)));
      positions.set(name, await rows<LawPositionRow>(lawPositionsSql(set)));
      for (const q of QUESTIONS[set.id]) {
        maps.set(`${name}|${q}`, await rows<LawQuestionMapRow>(lawQuestionMapFactsSql(q, set)));
        byOrg.set(`${name}|${q}`, await rows<LawByOrgFactRow>(lawByOrgFactsSql(q, set)));
      }
    }
  });

  const rand = mulberry32(17);
  const sample: StateFilter[] = [
    { ...DEFAULT_FILTER, groups: ['WEOG'] },
    { ...DEFAULT_FILTER, observers: true, groups: ['Asia-Pacific'] },
    { ...DEFAULT_FILTER, orgs: ['NOPE'] },
    ...Array.from({ length: 57 }, () => randomFilter(rand)),
  ];
  let groupActorsSeen = 0;
  for (let c = 0; c < sample.length; c += 20) {
    it(`filters ${c + 1}–${c + 20} of ${sample.length}: scope rows, question map and by-organisation rows are identical`, async () => {
      for (const [j, f] of sample.slice(c, c + 20).entries()) {
        const mask = facts.mask(f);
        const [name, set] = SETS[(c + j) % SETS.length];
        const label = `${name} ${JSON.stringify(f)}`;
        const js = lawScopeFromFacts(actors.get(name)!, positions.get(name)!, facts, mask);
        expect(js, label).toEqual(await rows<LawScopeRow>(lawScopeSql(f, set)));
        groupActorsSeen += js.filter((r) => r.row === 'actor' && r.kind === 'group').length;
        const q = QUESTIONS[set.id][(c + j) % 3];
        expect(lawMapFromFacts(maps.get(`${name}|${q}`)!, facts, mask), label).toEqual(
          await rows<LawQuestionMapRow>(lawQuestionMapSql(f, q, set)),
        );
        expect(lawByOrgFromFacts(byOrg.get(`${name}|${q}`)!, facts, mask), label).toEqual(
          await rows<LawByOrgRow>(lawQuestionByOrgSql(f, q, set)),
        );
      }
    });
  }
  it('the sample reaches group actors (AU, EU, NATO) in scope', () => {
    expect(groupActorsSeen).toBeGreaterThan(20);
  });

  it('group against group: every pair of sides (UN groups, organisations with a group actor) gives the SQL rows', async () => {
    const orgs = (
      await rows<{ org_id: string }>(
        "SELECT DISTINCT org_id FROM actors WHERE kind = 'group' AND org_id IS NOT NULL ORDER BY 1",
      )
    ).map((r) => r.org_id);
    expect(orgs.length).toBeGreaterThan(1);
    const keys = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG', ...orgs];
    let collective = 0;
    for (const [name, set] of SETS) {
      const cf = await rows<GroupContrastFactRow>(groupContrastFactsSql(set));
      const qs = await rows<{ question_id: string; sort_order: number }>(
        `SELECT question_id, sort_order FROM ${set.questions}`,
      );
      for (let i = 0; i < keys.length; i++)
        for (let j = 0; j < keys.length; j++) {
          if (i === j || (j < i && (i + j) % 3 !== 0)) continue;
          const sides: [string, string] = [keys[i], keys[j]];
          const js = groupContrastFromFacts(sides, cf, positions.get(name)!, qs);
          expect(js, `${name} ${sides.join(' vs ')}`).toEqual(
            await rows<GroupContrastRow>(groupContrastSql(sides, set)),
          );
          collective += js.filter((r) => r.row === 'collective').length;
        }
    }
    expect(collective).toBeGreaterThan(0);
  });

  it('norm debates (Norms view, a norm open): the rows of the actors in scope equal normDebatesSql on every sampled filter', async () => {
    const all = await rows<NormDebateRow>(normDebateFactsSql());
    const sizes = new Set<number>();
    for (const f of sample) {
      const scoped = lawScopeFromFacts(actors.get('debates')!, positions.get('debates')!, facts, facts.mask(f));
      const js = normDebatesFromFacts(all, scoped);
      expect(js, JSON.stringify(f)).toEqual(await rows<NormDebateRow>(normDebatesSql(f)));
      sizes.add(js.length);
    }
    // Real reductions: some filters keep some rows, not all or none.
    expect([...sizes].some((n) => n > 0 && n < all.length)).toBe(true);
  });

  it('group against group by hand: the African Group side counts the states of states.csv in it', async () => {
    const cf = await rows<GroupContrastFactRow>(groupContrastFactsSql(LAW_SET));
    const qs = await rows<{ question_id: string; sort_order: number }>(
      'SELECT question_id, sort_order FROM il_questions',
    );
    const js = groupContrastFromFacts(['African', 'WEOG'], cf, positions.get('law')!, qs);
    const african = states.filter((r) => r.un_regional_group === 'African').length;
    const own = js.filter((r) => r.row === 'own' && r.side === 0);
    expect(own).toHaveLength(qs.length);
    expect(own.every((r) => r.n === african)).toBe(true);
    expect(african).toBe(54);
  });
});

describe('Capacity need vs offer: facts reduced in JS agree with needOfferSql', () => {
  let facts: StateFacts;
  beforeAll(async () => {
    facts = new StateFacts(await rows<StateFactRow>(stateFactsSql()));
  });
  const BY: CapacityGrouping[] = ['group', 'region', 'ldc', 'sids', 'income'];
  const rand = mulberry32(23);
  const sample: StateFilter[] = [
    { ...DEFAULT_FILTER },
    { ...DEFAULT_FILTER, illustrative: false, groups: ['African'] },
    ...Array.from({ length: 38 }, () => ({ ...randomFilter(rand), illustrative: rand() < 0.6 })),
  ];
  it(`every grouping on ${sample.length} sampled filters (illustrative rows shown and hidden)`, async () => {
    const cache = new Map<string, NeedOfferFactRow[]>();
    let partial = 0;
    for (const [j, f] of sample.entries()) {
      const by = BY[j % BY.length];
      const key = `${by}|${f.illustrative}`;
      if (!cache.has(key)) cache.set(key, await rows<NeedOfferFactRow>(needOfferFactsSql(by, f.illustrative)));
      const js = needOfferFromFacts(cache.get(key)!, facts, facts.mask(f));
      const sql = await rows<NeedOfferRow>(needOfferSql(f, by));
      expect(js, `${by} ${JSON.stringify(f)}`).toEqual(sql);
      if (js.length > 0 && js.reduce((n, r) => n + r.states, 0) < 150) partial++;
    }
    // Real reductions: several filters keep some answering states, not all of them.
    expect(partial).toBeGreaterThan(5);
  });
});
