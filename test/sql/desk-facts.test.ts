import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import { randomFilter, states } from './random-filter';
import { mulberry32 } from '../../src/analysis/random';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import { StateFacts } from '../../src/queries/scope-facts';
import { stateFactsSql, type StateFactRow } from '../../src/queries/state-facts';
import { topicCoverageSql, type TopicCoverageRow } from '../../src/queries/meetings';
import {
  backerFactsSql,
  backersSql,
  newNormStanceFactsSql,
  newNormStancesSql,
  type BackerFactRow,
  type BackerRow,
  type NewNormStanceFactRow,
  type NewNormStanceRow,
} from '../../src/queries/proposals';
import { coverageFromFacts, flagInScope, topicFactsSql, type TopicFactRow } from '../../src/queries/desk-facts';

// Meetings' topic coverage and Proposed norms' backers and stances: read once per state and
// reduced in JS under the scope mask; compared with the scoped SQL (the path they replace) on
// hand-picked edges and 60 seeded filters, with the illustrative switch both ways.
describe('Meetings and Proposed norms: per-state facts reduced in JS agree with the SQL path', () => {
  let facts: StateFacts;
  let topic: { with: TopicFactRow[]; without: TopicFactRow[] };
  let backerFacts: BackerFactRow[];
  let stanceFacts: NewNormStanceFactRow[];
  beforeAll(async () => {
    facts = new StateFacts(await rows<StateFactRow>(stateFactsSql()));
    topic = {
      with: await rows<TopicFactRow>(topicFactsSql(true)),
      without: await rows<TopicFactRow>(topicFactsSql(false)),
    };
    backerFacts = await rows<BackerFactRow>(backerFactsSql());
    stanceFacts = await rows<NewNormStanceFactRow>(newNormStanceFactsSql());
  });

  it('by hand from memberships.csv: members with a current regional commitment under the default filter', () => {
    const members = new Set(states.filter((s) => s.un_member === 'true').map((s) => s.iso3));
    const orgs = new Set(['ASEAN', 'OAS', 'ARF', 'AU', 'OSCE']);
    const expected = new Set(
      readCsv('data/states/memberships.csv')
        // current = not withdrawn or non-participating (the build's rule, DATA.md of states/)
        .filter(
          (m) =>
            !['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status) &&
            orgs.has(m.org_id) &&
            members.has(m.iso3),
        )
        .map((m) => m.iso3),
    ).size;
    const got = coverageFromFacts(topic.with, facts, facts.mask(DEFAULT_FILTER), false, true);
    expect(got.in_scope).toBe(members.size);
    expect(got.regional).toBe(expected);
    expect(expected).toBeGreaterThan(100); // AU, OAS and OSCE alone hold well over 100 members
  });

  it('no survey table: the survey count is null, as in SQL', () => {
    const got = coverageFromFacts(topic.without, facts, facts.mask(DEFAULT_FILTER), true, false);
    expect(got.survey).toBeNull();
  });

  const rand = mulberry32(21);
  const edges: StateFilter[] = [
    DEFAULT_FILTER,
    { ...DEFAULT_FILTER, illustrative: true },
    { ...DEFAULT_FILTER, groups: ['African'], illustrative: true },
    { ...DEFAULT_FILTER, observers: true, orgs: ['EU'] },
    { ...DEFAULT_FILTER, orgs: ['NOPE'] },
  ];
  const sample = [
    ...edges,
    ...Array.from({ length: 60 }, () => ({ ...randomFilter(rand), illustrative: rand() < 0.5 })),
  ];
  for (let c = 0; c < sample.length; c += 20) {
    it(`filters ${c + 1}–${Math.min(c + 20, sample.length)} of ${sample.length}: coverage, backers and stances are identical`, async () => {
      for (const f of sample.slice(c, c + 20)) {
        const mask = facts.mask(f);
        const label = JSON.stringify(f);
        for (const hasSurvey of [true, false]) {
          const sql = (await rows<TopicCoverageRow>(topicCoverageSql(f, hasSurvey)))[0];
          expect(
            coverageFromFacts(hasSurvey ? topic.with : topic.without, facts, mask, f.illustrative, hasSurvey),
            label,
          ).toEqual(sql);
        }
        expect(
          flagInScope(backerFacts, (b) => b.iso3, facts, mask),
          label,
        ).toEqual(await rows<BackerRow>(backersSql(f)));
        expect(
          flagInScope(stanceFacts, (s) => s.actor_id, facts, mask),
          label,
        ).toEqual(await rows<NewNormStanceRow>(newNormStancesSql(f)));
      }
    });
  }
});
