import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import { randomFilter, states } from './random-filter';
import { mulberry32 } from '../../src/analysis/random';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import { StateFacts } from '../../src/queries/scope-facts';
import { stateFactsSql, type StateFactRow } from '../../src/queries/state-facts';
import {
  frameworkMemberFactsSql,
  frameworkMembersFromFacts,
  frameworkMembersSql,
  type FrameworkMemberFactRow,
  type FrameworkMembersRow,
} from '../../src/queries/crosswalk';

// The crosswalk's member counts: membership rows read once and counted under the scope mask in
// JS, compared with the scoped SQL they replace, by hand and on 60 seeded filters.
describe('Regional crosswalk: framework members counted in JS agree with the SQL path', () => {
  let facts: StateFacts;
  let memberFacts: FrameworkMemberFactRow[];
  beforeAll(async () => {
    facts = new StateFacts(await rows<StateFactRow>(stateFactsSql()));
    memberFacts = await rows<FrameworkMemberFactRow>(frameworkMemberFactsSql());
  });

  it('by hand from memberships.csv: AU members in total and within the African Group', () => {
    // current = not withdrawn or non-participating (the build's rule, DATA.md of states/)
    const inStates = new Set(states.map((s) => s.iso3));
    const current = readCsv('data/states/memberships.csv').filter(
      (m) =>
        m.org_id === 'AU' &&
        inStates.has(m.iso3) &&
        !['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status),
    );
    const african = new Set(
      states.filter((s) => s.un_regional_group === 'African' && s.un_member === 'true').map((s) => s.iso3),
    );
    const got = frameworkMembersFromFacts(memberFacts, facts, facts.mask({ ...DEFAULT_FILTER, groups: ['African'] }));
    const au = got.find((r) => r.framework === 'AU');
    expect(au?.members).toBe(current.length);
    expect(au?.in_scope).toBe(current.filter((m) => african.has(m.iso3)).length);
    // 55 AU rows in memberships.csv; ESH (Sahrawi Republic) is not in states.csv, so 54 count
    expect(au?.members).toBe(54);
    expect(au?.in_scope).toBe(54); // every AU state in states.csv is in the African Group
    expect(got.map((r) => r.framework)).toEqual(['ARF', 'ASEAN', 'AU', 'OAS', 'OSCE']);
  });

  const rand = mulberry32(33);
  const sample: StateFilter[] = [
    DEFAULT_FILTER,
    { ...DEFAULT_FILTER, observers: true },
    { ...DEFAULT_FILTER, orgs: ['NOPE'] },
    ...Array.from({ length: 60 }, () => randomFilter(rand)),
  ];
  it(`${sample.length} filters: identical rows`, async () => {
    for (const f of sample) {
      const sql = await rows<FrameworkMembersRow>(frameworkMembersSql(f));
      expect(frameworkMembersFromFacts(memberFacts, facts, facts.mask(f)), JSON.stringify(f)).toEqual(sql);
    }
  });
});
