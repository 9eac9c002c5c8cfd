import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { rows, shippedDb } from './db';
import { DEFAULT_FILTER } from '../../src/queries/filter';
import {
  profileDocumentsSql,
  profileMembershipsSql,
  profilePositionsSql,
  regionCapacitySql,
  votesMatrixSql,
  type ProfileDocumentRow,
  type ProfileMembershipRow,
  type ProfilePositionRow,
  type RegionCapacityRow,
  type VoteMatrixRow,
} from '../../src/queries/profile';
import {
  comparePositionsSql,
  compareVotesSql,
  type ComparePositionRow,
  type CompareVoteRow,
} from '../../src/queries/compare';
import { surveyStatusSql, type SurveyStatusRow } from '../../src/queries/survey-status';
import { loadBriefRows } from '../../src/export/brief/load';
import { buildBrief } from '../../src/export/brief/build';
import { parseFocus } from '../../src/export/brief/focus';

// Expected values from the raw CSVs (data/, verbatim copies, and data/survey), with the tests' own code.
const S = 'data'; // verbatim copies of the researched reference data
const states = readCsv(`${S}/states/states.csv`);
const members = new Set(states.filter((s) => s.un_member === 'true').map((s) => s.iso3));
const african = new Set(states.filter((s) => s.un_regional_group === 'African').map((s) => s.iso3));
const positions = readCsv(`${S}/il-positions/positions.csv`);
const documents = readCsv(`${S}/il-positions/national_positions.csv`);
const votes = readCsv(`${S}/unga-votes/votes.csv`);
const memberships = readCsv(`${S}/states/memberships.csv`);

/** Tastle–Wierman consensus written out again here, independent of src/analysis. */
function tw(counts: number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const p = counts.map((c) => c / n);
  const mu = p.reduce((s, pi, i) => s + pi * i, 0);
  const d = counts.length - 1;
  return 1 + p.reduce((s, pi, i) => (pi ? s + pi * Math.log2(1 - Math.abs(i - mu) / d) : s), 0);
}

describe('state profile queries', () => {
  it('France: every question listed, its own stances as in positions.csv', async () => {
    const r = await rows<ProfilePositionRow>(profilePositionsSql('FRA'));
    expect(r.length).toBe(14);
    const csv = positions.filter((p) => p.actor_iso3 === 'FRA');
    expect(r.filter((x) => x.stance !== null).length).toBe(csv.length);
    for (const p of csv) expect(r.find((x) => x.question_id === p.question_id)?.stance).toBe(p.stance);
    // group positions shown apart: France is in the EU and NATO, both of which have stances
    expect(r.some((x) => /EU: /.test(x.group_stances ?? ''))).toBe(true);
  });

  it('documents and memberships match the CSVs', async () => {
    expect((await rows<ProfileDocumentRow>(profileDocumentsSql('KEN'))).length).toBe(
      documents.filter((d) => d.actor_iso3 === 'KEN').length,
    );
    expect((await rows<ProfileMembershipRow>(profileMembershipsSql('FRA'))).map((m) => m.org_id).sort()).toEqual(
      memberships
        .filter((m) => m.iso3 === 'FRA')
        .map((m) => m.org_id)
        .sort(),
    );
  });

  it('vote matrix: the African Group plus France, France flagged outside scope', async () => {
    const r = await rows<VoteMatrixRow>(votesMatrixSql({ ...DEFAULT_FILTER, groups: ['African'] }, ['FRA']));
    expect(r.length).toBe(votes.filter((v) => african.has(v.iso3) || v.iso3 === 'FRA').length);
    expect(r.filter((x) => x.iso3 === 'FRA').every((x) => !x.in_scope)).toBe(true);
  });

  it('region capacity: Europe’s UN members with their pillar scores', async () => {
    const r = await rows<RegionCapacityRow>(regionCapacitySql('FRA'));
    const europe = new Set(
      states.filter((s) => s.m49_region === 'Europe' && s.un_member === 'true').map((s) => s.iso3),
    );
    const cap = readCsv(`${S}/norms-capacity/capacity.csv`).filter((c) => europe.has(c.iso3));
    expect(r.length).toBe(cap.length * 6);
  });

  it('survey status: all 11 norms per state, latest year only', async () => {
    const r = await rows<SurveyStatusRow>(surveyStatusSql(['KEN']));
    expect(r.length).toBe(11);
    const survey = readCsv('data/survey/survey_illustrative.csv').filter((x) => x.iso3 === 'KEN' && x.part === 'norms');
    for (const n of r) {
      const years = survey.filter((x) => x.item === n.norm_id && x.status !== '').map((x) => Number(x.year));
      if (!years.length) continue;
      const latest = survey.find((x) => x.item === n.norm_id && Number(x.year) === Math.max(...years))!;
      expect([n.norm_id, n.year, n.status, n.origin]).toEqual([
        n.norm_id,
        Number(latest.year),
        latest.status,
        'illustrative',
      ]);
    }
  });
});

describe('compare queries', () => {
  it('questions × states and roll calls × states, silence as NULL', async () => {
    const p = await rows<ComparePositionRow>(comparePositionsSql(['FRA', 'DEU', 'KEN']));
    expect(p.length).toBe(14 * 3);
    const csv = positions.filter((x) => ['FRA', 'DEU', 'KEN'].includes(x.actor_iso3));
    expect(p.filter((x) => x.stance !== null).length).toBe(csv.length);
    const v = await rows<CompareVoteRow>(compareVotesSql(['FRA', 'DEU', 'KEN']));
    expect(v.length).toBe(votes.filter((x) => ['FRA', 'DEU', 'KEN'].includes(x.iso3)).length);
  });
});

describe('brief on the shipped data', () => {
  const build = async (focus: string, audience: string | null) => {
    const r = await loadBriefRows(await shippedDb(), parseFocus(focus)!, audience, DEFAULT_FILTER);
    return buildBrief({
      ...r,
      filterText: 'All 193 UN member states',
      date: '2026-01-01',
      version: 'v',
      builtAt: '2026-01-01',
    });
  };

  it('sovereignty as a rule: coverage, split, support share and consensus from positions.csv', async () => {
    const b = await build('question:sovereignty_rule', 'KEN');
    const rowsQ = positions.filter((p) => p.question_id === 'sovereignty_rule' && members.has(p.actor_iso3));
    const c = { opposes: 0, qualified: 0, supports: 0 } as Record<string, number>;
    for (const p of rowsQ) c[p.stance] += 1;
    const n = rowsQ.length;
    expect(b.keyFigures[0]).toMatchObject({
      label: 'Coverage',
      value: `${n} of 193 (${Math.round((100 * n) / 193)}%)`,
    });
    expect(b.keyFigures[1].value).toBe(`${Math.round((100 * (c.supports + 0.5 * c.qualified)) / n)}%`);
    expect(b.keyFigures[2].value).toBe(tw([c.opposes, c.qualified, c.supports]).toFixed(2));
    expect(b.consensus[1].text).toContain(`${c.supports} support`);
    // Kenya has no stance on it (positions.csv) but published a paper (national_positions.csv):
    // "not coded", never "silent"; the footnotes name the toolkit's Sovereignty page, not the site
    expect(positions.some((p) => p.actor_iso3 === 'KEN' && p.question_id === 'sovereignty_rule')).toBe(false);
    const kenPaper = documents.filter((d) => d.actor_iso3 === 'KEN').sort((x, y) => Number(y.year) - Number(x.year))[0];
    expect(b.record[0].text).toBe(
      `Kenya published a position on international law in cyberspace (${kenPaper.title}, ${kenPaper.year}), but it is not coded on Sovereignty as a rule in this data.`,
    );
    // the African Group's stances on it (positions.csv): none, so the brief says so in one line
    const africanRows = rowsQ.filter((p) => african.has(p.actor_iso3));
    expect(b.record[1].text).toEqual(
      africanRows.length
        ? expect.stringContaining('In the African Group')
        : 'No state of the African Group has a recorded answer on Sovereignty as a rule.',
    );
    const toolkit = positions.find(
      (p) => p.question_id === 'sovereignty_rule' && p.source_url === 'https://cyberlaw.ccdcoe.org/wiki/Sovereignty',
    )!;
    expect(b.footnotes.some((f) => f.title === toolkit.source_title && f.url === toolkit.source_url)).toBe(true);
  });

  it('African Group: the 74/29 vote of its 54 members from the votes CSV', async () => {
    const b = await build('group:African', null);
    const v = votes.filter((x) => x.resolution_id === 'A/RES/74/29' && african.has(x.iso3) && x.vote !== 'X');
    const item = b.itemChart!.find((i) => i.key === 'v:A/RES/74/29')!;
    expect([item.answered, item.inScope]).toEqual([v.length, 54]);
    const counts = ['N', 'A', 'Y'].map((l) => v.filter((x) => x.vote === l).length);
    expect(item.consensus).toBeCloseTo(tw(counts), 10);
    expect(b.alignment).toBeNull(); // no audience, no focus state: nobody to rank against
  });
});
