import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows, shippedDb } from './db';
import { DEFAULT_FILTER, type StateFilter } from '../../src/queries/filter';
import {
  createNormAnswersSql,
  normAnswersTable,
  normCbmsSql,
  normDataSql,
  normDetailSql,
  normStatesSql,
  type NormCbmRow,
  type NormDataRow,
  type NormDetailRow,
  type NormStateRow,
} from '../../src/queries/norms';
import {
  createImportedSql,
  DROP_IMPORTED_SQL,
  IMPORTED_FILE,
  type SurveySelection,
} from '../../src/queries/survey-source';
import { decodeNormState } from '../../src/queries/norm-wire';
import { summariseNorms } from '../../src/views/norms/model';

// Expected values come from the raw CSVs with this file's own code: latest year with a status
// per state and norm, counted by status; nothing is taken from the queries under test.
const survey = readCsv('data/survey/survey_illustrative.csv').filter((r) => r.part === 'norms');
const states = readCsv('data/states/states.csv');
const members = states.filter((s) => s.un_member === 'true');
const NORMS = 'abcdefghijk'.split('');
const LEVELS = ['none', 'planned', 'partial', 'implemented'];

/** state → norm → the chosen CSV row (latest year with a status, or the given year). */
function chosen(year: number | null, rowsIn = survey) {
  const out = new Map<string, Record<string, string>>();
  for (const r of rowsIn) {
    if (r.status === '' || (year !== null && Number(r.year) !== year)) continue;
    const key = `${r.iso3}|${r.item}`;
    const prev = out.get(key);
    if (!prev || Number(prev.year) < Number(r.year)) out.set(key, r);
  }
  return out;
}
function expectedCounts(iso3s: string[], pick: Map<string, Record<string, string>>) {
  return NORMS.map((n) => LEVELS.map((l) => iso3s.filter((s) => pick.get(`${s}|${n}`)?.status === l).length));
}

const sel = (over: Partial<SurveySelection> = {}): SurveySelection => ({
  imported: false,
  illustrative: true,
  year: null,
  ...over,
});
async function statesFor(f: StateFilter, s: SurveySelection, org: string | null = null, version = 0) {
  const table = normAnswersTable(s, version);
  await (await shippedDb()).exec(createNormAnswersSql(s, table));
  return (await rows<NormStateRow>(normStatesSql(f, table, org))).map(decodeNormState);
}

describe('norm answers on the shipped survey', () => {
  it('latest answers for all 193 members: counts, coverage, support share and consensus per norm', async () => {
    const got = await statesFor(DEFAULT_FILTER, sel());
    expect(got).toHaveLength(193);
    const iso = members.map((s) => s.iso3);
    const counts = expectedCounts(iso, chosen(null));
    const summaries = summariseNorms(got, NORMS, { kind: 'group', org: null });
    summaries.forEach((s, i) => {
      expect(s.counts, NORMS[i]).toEqual(counts[i]);
      const answered = counts[i].reduce((a, b) => a + b, 0);
      expect(s.coverage).toBeCloseTo(answered / 193, 12);
      expect(s.supportShare).toBeCloseTo((counts[i][2] * 0.5 + counts[i][3]) / answered, 12);
      const p = counts[i].map((c) => c / answered);
      const mu = p.reduce((a, pi, k) => a + pi * k, 0);
      const cns = 1 + p.reduce((a, pi, k) => (pi === 0 ? a : a + pi * Math.log2(1 - Math.abs(k - mu) / 3)), 0);
      expect(s.consensus).toBeCloseTo(cns, 10);
    });
  });

  it('follows the filter: the African Group only', async () => {
    const got = await statesFor({ ...DEFAULT_FILTER, groups: ['African'] }, sel());
    const iso = members.filter((s) => s.un_regional_group === 'African').map((s) => s.iso3);
    expect(got.map((s) => s.iso3)).toEqual([...iso].sort());
    const summaries = summariseNorms(got, NORMS, { kind: 'group', org: null });
    expect(summaries.map((s) => s.counts)).toEqual(expectedCounts(iso, chosen(null)));
  });

  it('one survey round only (2023)', async () => {
    const got = await statesFor(DEFAULT_FILTER, sel({ year: 2023 }));
    const summaries = summariseNorms(got, NORMS, { kind: 'group', org: null });
    expect(summaries.map((s) => s.counts)).toEqual(
      expectedCounts(
        members.map((s) => s.iso3),
        chosen(2023),
      ),
    );
    expect(got.every((s) => s.answers.every((a) => a.year === null || a.year === 2023))).toBe(true);
  });

  it('challenges, capacity need and year come from the chosen answer', async () => {
    const got = await statesFor(DEFAULT_FILTER, sel());
    const pick = chosen(null);
    const g = NORMS.indexOf('g');
    const funding = members.filter((s) =>
      (pick.get(`${s.iso3}|g`)?.challenges ?? '').split(';').includes('funding'),
    ).length;
    expect(got.filter((s) => s.answers[g].challenges & (1 << 2)).length, 'funding').toBe(funding); // bit 2 = funding
    const need = members.filter((s) => pick.get(`${s.iso3}|g`)?.capacity_need === 'yes').length;
    expect(got.filter((s) => s.answers[g].need === true).length, 'need').toBe(need);
    const fra = pick.get('FRA|g');
    expect(got.find((s) => s.iso3 === 'FRA')!.answers[g].year).toBe(fra ? Number(fra.year) : null);
    expect(got.every((s) => s.answers.every((a) => a.status === null || a.origin === 'illustrative'))).toBe(true);
  });

  it('organisation vs the rest flags current members', async () => {
    const got = await statesFor(DEFAULT_FILTER, sel(), 'EU');
    const eu = readCsv('data/states/memberships.csv').filter(
      (m) => m.org_id === 'EU' && !['withdrawn', 'withdrawn_contested', 'non_participating'].includes(m.status),
    );
    expect(
      got
        .filter((s) => s.inOrg)
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(
      eu
        .map((m) => m.iso3)
        .filter((c) => members.some((s) => s.iso3 === c))
        .sort(),
    );
  });

  it('with illustrative data hidden there is no answer at all (and no zero)', async () => {
    const got = await statesFor(DEFAULT_FILTER, sel({ illustrative: false }));
    expect(got).toHaveLength(193);
    expect(got.every((s) => s.answered === 0 && s.answers.every((a) => a.status === null))).toBe(true);
    expect(
      summariseNorms(got, NORMS, { kind: 'group', org: null }).every(
        (s) => s.supportShare === null && s.consensus === null,
      ),
    ).toBe(true);
  });

  it('rows per survey round, and one norm for every state with observers unanswered', async () => {
    const data = await rows<NormDataRow>(normDataSql({ imported: false, illustrative: true }));
    const byYear = new Map<number, number>();
    for (const r of survey) byYear.set(Number(r.year), (byYear.get(Number(r.year)) ?? 0) + 1);
    expect(data.map((d) => [d.year, d.rows, d.dataset, d.origin])).toEqual(
      [...byYear].sort((a, b) => b[0] - a[0]).map(([y, n]) => [y, n, 'shipped', 'illustrative']),
    );
    const detail = await rows<NormDetailRow>(normDetailSql(sel(), 'g'));
    expect(detail).toHaveLength(195);
    const pick = chosen(null);
    for (const d of detail) expect(d.status, d.iso3).toBe(pick.get(`${d.iso3}|g`)?.status ?? null);
    expect(detail.filter((d) => ['VAT', 'PSE'].includes(d.iso3)).map((d) => d.status)).toEqual([null, null]);
  });

  it('norm ↔ CBM crosswalk rows with their basis', async () => {
    const links = readCsv('data/crosswalk/norm_cbm_links.csv').filter((l) => l.norm_id === 'h');
    const got = await rows<NormCbmRow>(normCbmsSql('h'));
    expect(got.map((r) => [r.cbm_no, r.basis]).sort()).toEqual(links.map((l) => [Number(l.cbm_no), l.basis]).sort());
    expect(await rows<NormCbmRow>(normCbmsSql('e'))).toEqual([]);
  });
});

describe('imported survey rows', () => {
  const pick = chosen(null);
  // S1 answered g in 2025 (the import ties on year and must win); S2's latest g answer is 2025
  // and the import only brings 2021 (the shipped answer must stay); KEN gets a 2026 answer.
  const s1 = members.find(
    (s) => pick.get(`${s.iso3}|g`)?.year === '2025' && pick.get(`${s.iso3}|g`)?.status !== 'none',
  )!.iso3;
  const s2 = members.find((s) => s.iso3 !== s1 && pick.get(`${s.iso3}|g`)?.year === '2025')!.iso3;
  const csv = [
    'iso3,year,part,item,status,challenges,capacity_need,capacity_offer,evidence,origin,source',
    `${s1},2025,norms,g,none,,yes,no,test,submitted,https://example.org/a`,
    `${s2},2021,norms,g,none,,,,,submitted,https://example.org/b`,
    'KEN,2026,norms,a,implemented,funding,no,yes,,coded_from_document,https://example.org/c',
  ].join('\n');

  beforeAll(async () => {
    const db = await shippedDb();
    await db.registerFile(IMPORTED_FILE, new TextEncoder().encode(csv));
    await db.exec(
      createImportedSql([
        'iso3',
        'year',
        'part',
        'item',
        'status',
        'challenges',
        'capacity_need',
        'capacity_offer',
        'evidence',
        'origin',
        'source',
      ]),
    );
  });

  it('imported rows win ties and later years; older imported rows do not erase newer shipped ones', async () => {
    const got = await statesFor(DEFAULT_FILTER, sel({ imported: true }), null, 1);
    const g = NORMS.indexOf('g');
    const one = got.find((s) => s.iso3 === s1)!.answers[g];
    expect(one).toMatchObject({ status: 'none', year: 2025, origin: 'submitted', imported: true, need: true });
    const two = got.find((s) => s.iso3 === s2)!.answers[g];
    expect(two).toMatchObject({ status: pick.get(`${s2}|g`)!.status, year: 2025, imported: false });
    expect(got.find((s) => s.iso3 === 'KEN')!.answers[0]).toMatchObject({
      status: 'implemented',
      year: 2026,
      origin: 'coded_from_document',
      imported: true,
      challenges: 4,
    });
  });

  it('with illustrative hidden only the imported answers remain; the shipped table is unchanged', async () => {
    const got = await statesFor(DEFAULT_FILTER, sel({ imported: true, illustrative: false }), null, 1);
    expect(got.reduce((a, s) => a + s.answered, 0)).toBe(3);
    expect((await rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM survey_responses'))[0].n).toBe(
      readCsv('data/survey/survey_illustrative.csv').length,
    );
    const data = await rows<NormDataRow>(normDataSql({ imported: true, illustrative: false }));
    expect(data.map((d) => [d.year, d.dataset, d.rows])).toEqual([
      [2026, 'imported', 1],
      [2025, 'imported', 1],
      [2021, 'imported', 1],
    ]);
    await (await shippedDb()).exec(DROP_IMPORTED_SQL);
    expect(await rows(`SELECT table_name FROM duckdb_tables() WHERE table_name = 'imported_survey'`)).toEqual([]);
  });
});

describe('norm answers export', () => {
  it('one row per answered state × norm, every row flagged with its origin and dataset', async () => {
    const { normAnswersExportSql } = await import('../../src/queries/norms');
    const out = await rows<{
      iso3: string;
      norm_id: string;
      status: string;
      origin: string;
      dataset: string;
      source_id: string;
    }>(normAnswersExportSql({ ...DEFAULT_FILTER, groups: ['WEOG'] }, sel()));
    const weog = members.filter((s) => s.un_regional_group === 'WEOG').map((s) => s.iso3);
    const pick = chosen(null);
    const expected = weog.flatMap((s) =>
      NORMS.filter((n) => pick.has(`${s}|${n}`)).map((n) => `${s}|${n}|${pick.get(`${s}|${n}`)!.status}`),
    );
    expect(out.map((r) => `${r.iso3}|${r.norm_id}|${r.status}`).sort()).toEqual(expected.sort());
    expect(
      out.every(
        (r) => r.origin === 'illustrative' && r.dataset === 'shipped' && r.source_id === 'cg-illustrative-survey',
      ),
    ).toBe(true);
  });
});
