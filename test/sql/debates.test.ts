import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows } from './db';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import { lawQuestionsSql, lawScopeSql, type LawQuestionRow, type LawScopeRow } from '../../src/queries/law';
import { lawPositionsSql, type LawPositionRow } from '../../src/queries/law-positions';
import { debateSet, type DebateOptions } from '../../src/queries/question-set';
import { debateHistorySql, type DebateHistoryRow } from '../../src/queries/statements';

// Expected values are computed here from the raw CSV with the tests' own parser.
const statements = readCsv('data/statements/statements.csv');
const questions = readCsv('data/statements/questions.csv');
const states = readCsv('data/states/states.csv');
const memberships = readCsv('data/states/memberships.csv');
const GROUPS = new Set(['EU', 'AU', 'ARAB', 'LMG', 'POA53']);
const f = (over: Partial<StateFilter>): StateFilter => ({ ...DEFAULT_FILTER, ...over });
type Counts = { supports: number; qualified: number; opposes: number };
const zero = (): Counts => ({ supports: 0, qualified: 0, opposes: 0 });

/** The stance each actor counts with: its latest row among those the options admit. */
function counted(o: DebateOptions, rs = statements): Record<string, string>[] {
  const best = new Map<string, Record<string, string>>();
  for (const r of rs) {
    if (!o.includeAi && r.source_type === 'ai_summary') continue;
    if (o.year !== null && Number(r.year) !== o.year) continue;
    const k = `${r.actor_id}|${r.question_id}`;
    const b = best.get(k);
    if (!b || Number(r.year) > Number(b.year)) best.set(k, r);
  }
  return [...best.values()];
}
function tally(rs: Record<string, string>[]): Counts {
  const c = zero();
  for (const r of rs) c[r.stance as keyof Counts] += 1;
  return c;
}
const perQuestion = (t: LawScopeRow[], qid: string): Counts =>
  t
    .filter((r) => r.row === 'count' && r.question_id === qid)
    .reduce(
      (a, r) => ({
        supports: a.supports + r.supports,
        qualified: a.qualified + r.qualified,
        opposes: a.opposes + r.opposes,
      }),
      zero(),
    );

describe('statements tables', () => {
  it('119 rows, 10 questions in file order, 40 actors of which 5 groups', async () => {
    expect(statements.length).toBe(119);
    const [n] = await rows<{ n: number; ai: number; latest: number }>(
      `SELECT count(*)::INTEGER AS n, count_if(ai_summary)::INTEGER AS ai, count_if(latest)::INTEGER AS latest FROM statements`,
    );
    expect(n.n).toBe(statements.length);
    expect(n.ai).toBe(statements.filter((r) => r.source_type === 'ai_summary').length);
    expect(n.latest).toBe(new Set(statements.map((r) => `${r.actor_id}|${r.question_id}`)).size);
    const q = await rows<LawQuestionRow>(lawQuestionsSql(debateSet()));
    expect(q.map((x) => x.question_id)).toEqual(questions.map((x) => x.question_id));
    const actors = await rows<{ actor_id: string; kind: string }>(`SELECT actor_id, kind FROM statement_actors`);
    expect(actors.length).toBe(new Set(statements.map((r) => r.actor_id)).size);
    expect(
      actors
        .filter((a) => a.kind === 'group')
        .map((a) => a.actor_id)
        .sort(),
    ).toEqual([...GROUPS].sort());
  });
});

describe('actor names', () => {
  it('state actors of both question sets carry their UN name (states.name); groups keep their own', async () => {
    const un = new Map(states.map((s) => [s.iso3, s.name]));
    for (const table of ['actors', 'statement_actors']) {
      const a = await rows<{ actor_id: string; actor_name: string; kind: string }>(
        `SELECT actor_id, actor_name, kind FROM ${table}`,
      );
      for (const x of a.filter((y) => y.kind === 'state'))
        expect(x.actor_name, `${table} ${x.actor_id}`).toBe(un.get(x.actor_id));
      expect(a.filter((y) => y.kind === 'group').every((y) => !un.has(y.actor_id))).toBe(true);
    }
    // By hand: the data says "Netherlands"; the UN name is "Netherlands (Kingdom of the)".
    expect(statements.find((r) => r.actor_id === 'NLD')?.actor_name).toBe('Netherlands');
    expect(un.get('NLD')).toBe('Netherlands (Kingdom of the)');
  });
});

describe('debate stances per question (all UN members)', () => {
  it('default: latest stance per actor, AI-summary rows left out', async () => {
    const t = await rows<LawScopeRow>(lawScopeSql(DEFAULT_FILTER, debateSet()));
    const expected = counted({ includeAi: false, year: null });
    for (const q of questions)
      expect(perQuestion(t, q.question_id), q.question_id).toEqual(
        tally(expected.filter((r) => r.question_id === q.question_id)),
      );
    // By hand from the CSV: binding_instrument has 11 actors; the like-minded group's only row (2024) is an
    // AI summary, so 10 count: CHN, CUB, IRN, PAK, RUS support (latest rows); COL, CZE, DEU, JPN, USA oppose.
    expect(statements.filter((r) => r.source_type === 'ai_summary').length).toBe(9);
    expect(perQuestion(t, 'binding_instrument')).toEqual({ supports: 5, qualified: 0, opposes: 5 });
  });

  it('with AI summaries included, every question counts its AI-only actors too', async () => {
    const t = await rows<LawScopeRow>(lawScopeSql(DEFAULT_FILTER, debateSet({ includeAi: true, year: null })));
    const expected = counted({ includeAi: true, year: null });
    for (const q of questions)
      expect(perQuestion(t, q.question_id), q.question_id).toEqual(
        tally(expected.filter((r) => r.question_id === q.question_id)),
      );
    const all = questions.reduce(
      (n, q) => n + Object.values(perQuestion(t, q.question_id)).reduce((a, b) => a + b, 0),
      0,
    );
    expect(all).toBe(new Set(statements.map((r) => `${r.actor_id}|${r.question_id}`)).size);
  });

  it("a picked year counts only that year's statements", async () => {
    const t = await rows<LawScopeRow>(lawScopeSql(DEFAULT_FILTER, debateSet({ includeAi: false, year: 2020 })));
    const expected = counted({ includeAi: false, year: 2020 });
    for (const q of questions)
      expect(perQuestion(t, q.question_id), q.question_id).toEqual(
        tally(expected.filter((r) => r.question_id === q.question_id)),
      );
  });

  it("group actors are never counted as their members: state buckets hold only the states' own rows", async () => {
    for (const flt of [DEFAULT_FILTER, f({ groups: ['WEOG'] }), f({ groups: ['African'] }), f({ orgs: ['EU'] })]) {
      const t = await rows<LawScopeRow>(lawScopeSql(flt, debateSet()));
      const inScope = new Set(t.filter((r) => r.row === 'actor').map((r) => r.actor_id!));
      const own = counted({ includeAi: false, year: null }).filter((r) => inScope.has(r.actor_id));
      const stateRows = t.filter((r) => r.row === 'count' && r.kind === 'state');
      expect(stateRows.reduce((n, r) => n + r.supports + r.qualified + r.opposes, 0)).toBe(
        own.filter((r) => !GROUPS.has(r.actor_id)).length,
      );
      const groupRows = t.filter((r) => r.row === 'count' && r.kind === 'group');
      expect(groupRows.reduce((n, r) => n + r.supports + r.qualified + r.opposes, 0)).toBe(
        own.filter((r) => GROUPS.has(r.actor_id)).length,
      );
      expect(groupRows.every((r) => GROUPS.has(r.bucket))).toBe(true);
    }
  });

  it('African Group: the AU is in scope as its own actor; groups without a member list stay under every filter', async () => {
    const t = await rows<LawScopeRow>(lawScopeSql(f({ groups: ['African'] }), debateSet()));
    const groupOf = new Map(states.map((s) => [s.iso3, s.un_regional_group]));
    const african = [
      ...new Set(statements.filter((r) => groupOf.get(r.actor_id) === 'African').map((r) => r.actor_id)),
    ].sort();
    expect(
      t
        .filter((r) => r.row === 'actor' && r.kind === 'state')
        .map((r) => r.actor_id)
        .sort(),
    ).toEqual(african);
    const euInAfrica = memberships.some((m) => m.org_id === 'EU' && groupOf.get(m.iso3) === 'African');
    expect(euInAfrica).toBe(false);
    expect(
      t
        .filter((r) => r.row === 'actor' && r.kind === 'group')
        .map((r) => r.actor_id)
        .sort(),
    ).toEqual(['ARAB', 'AU', 'LMG', 'POA53']);
    expect(t.find((r) => r.row === 'actor' && r.actor_id === 'ARAB')?.n).toBeNull();
  });

  it('positions carry the source tier and AI flag; the history keeps every row', async () => {
    const p = await rows<LawPositionRow>(lawPositionsSql(debateSet({ includeAi: true, year: null })));
    expect(p.filter((r) => r.ai_summary).length).toBe(
      counted({ includeAi: true, year: null }).filter((r) => r.source_type === 'ai_summary').length,
    );
    const h = await rows<DebateHistoryRow>(debateHistorySql());
    expect(h.length).toBe(statements.length);
    expect(h.filter((r) => r.ai_summary).every((r) => r.source_type === 'ai_summary' && r.weak_source)).toBe(true);
  });
});

describe('latest stance per actor on a hand fixture', () => {
  // A: q1 supports 2020 (statement), opposes 2023 (statement), qualified 2024 (AI summary); q2 supports 2019.
  // B: q1 supports 2021 (AI summary only).
  const fixture = `WITH statements AS (SELECT * FROM (VALUES
    ('A', 'q1', 'supports', 2020, 'national_statement', false),
    ('A', 'q1', 'opposes', 2023, 'national_statement', false),
    ('A', 'q1', 'qualified', 2024, 'ai_summary', true),
    ('A', 'q2', 'supports', 2019, 'national_submission', false),
    ('B', 'q1', 'supports', 2021, 'ai_summary', true)
  ) t(actor_id, question_id, stance, year, source_type, ai_summary)
  CROSS JOIN (SELECT 1 AS strength_rank, 'state_text' AS source_strength, 't' AS source_title, 'https://x.org/a' AS source_url,
    'n' AS evidence_note, 'doc' AS source_id, false AS weak_source))`;
  const run = (o: DebateOptions) =>
    rows<{ actor_id: string; question_id: string; stance: string; year: number }>(
      `${fixture} SELECT actor_id, question_id, stance, year::INTEGER AS year FROM ${debateSet(o).positions} p ORDER BY actor_id, question_id`,
    );

  it('default: the latest non-AI row (an AI row never hides an older statement)', async () => {
    expect(await run({ includeAi: false, year: null })).toEqual([
      { actor_id: 'A', question_id: 'q1', stance: 'opposes', year: 2023 },
      { actor_id: 'A', question_id: 'q2', stance: 'supports', year: 2019 },
    ]);
  });

  it('with AI summaries: the 2024 AI row is latest for A, and B appears', async () => {
    expect(await run({ includeAi: true, year: null })).toEqual([
      { actor_id: 'A', question_id: 'q1', stance: 'qualified', year: 2024 },
      { actor_id: 'A', question_id: 'q2', stance: 'supports', year: 2019 },
      { actor_id: 'B', question_id: 'q1', stance: 'supports', year: 2021 },
    ]);
  });

  it('a picked year keeps only that year', async () => {
    expect(await run({ includeAi: false, year: 2020 })).toEqual([
      { actor_id: 'A', question_id: 'q1', stance: 'supports', year: 2020 },
    ]);
    expect(await run({ includeAi: false, year: 2024 })).toEqual([]);
  });
});
