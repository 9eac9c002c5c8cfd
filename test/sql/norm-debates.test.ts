import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import { normDebatesSql, type NormDebateRow } from '../../src/queries/norm-debates';
import { summariseNormDebates } from '../../src/views/norms/debate-model';

// Expected values are computed here from the raw CSVs with the tests' own parser.
const statements = readCsv('data/statements/statements.csv');
const states = readCsv('data/states/states.csv');
const memberships = readCsv('data/states/memberships.csv');
const GROUPS = new Set(['EU', 'AU', 'ARAB', 'LMG', 'POA53']);
const NORM_QS = ['norms_sufficient', 'new_norms'];
const f = (over: Partial<StateFilter>): StateFilter => ({ ...DEFAULT_FILTER, ...over });

/** Latest non-AI row per actor × question (the debates view's default rule), norm questions only. */
function expectedRows(inScope: (iso3: string) => boolean, groupInScope: (id: string) => boolean) {
  const best = new Map<string, Record<string, string>>();
  for (const r of statements) {
    if (!NORM_QS.includes(r.question_id) || r.source_type === 'ai_summary') continue;
    if (GROUPS.has(r.actor_id) ? !groupInScope(r.actor_id) : !inScope(r.actor_id)) continue;
    const k = `${r.actor_id}|${r.question_id}`;
    const b = best.get(k);
    if (!b || Number(r.year) > Number(b.year)) best.set(k, r);
  }
  return [...best.values()];
}
const key = (r: Record<string, string | number | boolean>) => `${r.question_id}|${r.actor_id}|${r.stance}|${r.year}`;
const members = (org: string, keep: (iso3: string) => boolean) =>
  memberships.filter(
    (m) =>
      m.org_id === org && !['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status) && keep(m.iso3),
  ).length;

describe('positions in UN debates on the norms (Norms view, norm detail)', () => {
  it("all UN members: each actor's latest counted stance on the two norms questions, groups as their own rows", async () => {
    const un = new Set(states.filter((s) => s.un_member === 'true').map((s) => s.iso3));
    const got = await rows<NormDebateRow>(normDebatesSql(DEFAULT_FILTER));
    const exp = expectedRows(
      (iso3) => un.has(iso3),
      (id) => (id !== 'EU' && id !== 'AU' ? true : members(id, (i) => un.has(i)) > 0),
    );
    expect(got.map((r) => key({ ...r })).sort()).toEqual(exp.map(key).sort());
    expect(got.every((r) => r.counted && !r.ai_summary && /^https?:\/\//.test(r.source_url))).toBe(true);
    // By hand from the CSV: norms_sufficient has 8 actors (7 states + EU, all supports);
    // new_norms 4 (CHN, IRN latest 2021, RUS support; DEU qualified).
    const s = summariseNormDebates(got);
    const ns = s.find((q) => q.questionId === 'norms_sufficient')!;
    expect(ns.states).toEqual({ supports: 7, qualified: 0, opposes: 0 });
    expect(ns.groups.map((r) => r.actor_id)).toEqual(['EU']);
    const nn = s.find((q) => q.questionId === 'new_norms')!;
    expect(nn.states).toEqual({ supports: 3, qualified: 1, opposes: 0 });
    expect(got.find((r) => r.actor_id === 'IRN' && r.question_id === 'new_norms')?.year).toBe(2021);
    expect(got.find((r) => r.actor_id === 'EU')?.kind).toBe('group');
  });

  it('African Group: no state in scope has spoken; group actors stay their own rows, never counted as members', async () => {
    const af = new Set(
      states.filter((s) => s.un_member === 'true' && s.un_regional_group === 'African').map((s) => s.iso3),
    );
    expect(af.size).toBeGreaterThan(50);
    const got = await rows<NormDebateRow>(normDebatesSql(f({ groups: ['African'] })));
    const exp = expectedRows(
      (iso3) => af.has(iso3),
      (id) => (id !== 'EU' && id !== 'AU' ? true : members(id, (i) => af.has(i)) > 0),
    );
    expect(got.map((r) => key({ ...r })).sort()).toEqual(exp.map(key).sort());
    const s = summariseNormDebates(got);
    for (const q of s) expect(q.states, q.questionId).toEqual({ supports: 0, qualified: 0, opposes: 0 });
    expect(got.some((r) => r.actor_id === 'EU')).toBe(false); // no EU member in the African Group
  });

  it('Western European and others: counts match the CSV; EU counted once as a group, not as its members', async () => {
    const weog = new Set(
      states.filter((s) => s.un_member === 'true' && s.un_regional_group === 'WEOG').map((s) => s.iso3),
    );
    const got = await rows<NormDebateRow>(normDebatesSql(f({ groups: ['WEOG'] })));
    const exp = expectedRows(
      (iso3) => weog.has(iso3),
      (id) => (id !== 'EU' && id !== 'AU' ? true : members(id, (i) => weog.has(i)) > 0),
    );
    expect(got.map((r) => key({ ...r })).sort()).toEqual(exp.map(key).sort());
    const s = summariseNormDebates(got);
    const ns = s.find((q) => q.questionId === 'norms_sufficient')!;
    const states_ = exp.filter((r) => r.question_id === 'norms_sufficient' && !GROUPS.has(r.actor_id));
    expect(ns.states.supports).toBe(states_.filter((r) => r.stance === 'supports').length);
    expect(ns.spoken).toBe(states_.length);
    expect(ns.groups.map((r) => r.actor_id)).toEqual(['EU']);
  });
});
