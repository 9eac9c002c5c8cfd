import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, shownText, viewReady, type Harness } from './harness';
import { expectedCounts, members, sample } from '../sql/evidence-expected';
import { readCsv } from '../sql/csv';

// Issue 11: real, cited evidence by default; generated data only on request, stamped everywhere.
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

const STAMP = 'ILLUSTRATIVE — NOT STATE DATA';
const SURVEY_HEADER = 'iso3,year,part,item,status,challenges,capacity_need,capacity_offer,evidence,origin,source';
const SURVEY = [
  SURVEY_HEADER,
  'KEN,2025,norms,g,implemented,funding,no,yes,National CI protection act,submitted,https://example.org/ken',
  'BRA,2025,norms,j,partial,,yes,no,,coded_from_document,https://example.org/bra',
  'FRA,2025,norms,a,planned,,,,,submitted,https://example.org/fra',
].join('\n');
const go = (hash: string) =>
  h.page.evaluate((x) => {
    location.hash = x;
  }, hash);

describe('norms on evidence (issue 11)', () => {
  it('a fresh load has the illustrative switch off and the Norms view shows no generated figure', async () => {
    await h.page.goto(`${h.base}#/norms`);
    await viewReady(h.page, 'norms');
    expect(await h.page.locator('[data-testid="f-illustrative"]').isChecked()).toBe(false);
    expect(h.page.url()).not.toContain('illus');
    expect(await h.page.locator('[data-testid="illustrative-banner"]').count()).toBe(0);
    const text = await h.page.locator('[data-view="norms"]').innerText();
    expect(text).not.toContain(STAMP);
    // No survey figure at all: the survey tables are not drawn, the page says why.
    for (const id of ['norms-table', 'norm-heat', 'state-matrix'])
      expect(await h.page.locator(`[data-testid="${id}"]`).count()).toBe(0);
    expect(await h.page.locator('[data-testid="survey-none"]').count()).toBe(1);
    // Evidence per norm, verdict in words, coverage first, counts from the CSVs.
    expect(await h.page.locator('[data-testid="evidence-table"] tbody tr').count()).toBe(11);
    for (const norm of ['d', 'g', 'k']) {
      const { counts, measure } = expectedCounts(norm, members);
      const row = h.page.locator(`[data-testid="evidence-table"] tr[data-norm="${norm}"]`);
      expect(await row.locator('[data-testid="coverage"]').innerText()).toBe(`${193 - counts[0]} of 193`);
      expect(await row.locator('[data-testid="verdict"]').innerText()).toContain(
        `Evidence for ${193 - counts[0]} of 193 states in scope; ${measure} with a measure in place; ${counts[4]} self-reported`,
      );
    }
    expect(
      await h.page.locator('[data-testid="evidence-table"] tr[data-norm="k"] [data-testid="verdict"]').innerText(),
    ).toContain('only self-reports');
    expect(await h.page.locator('[data-testid="evidence-matrix"] tbody tr:not([hidden])').count()).toBe(193);
  });

  it('a filter hides the evidence rows of states out of scope and shows exactly the rest (rows stay in the DOM)', async () => {
    const shown = async () =>
      new Set(
        await h.page
          .locator('[data-testid="evidence-list"] tr[data-iso3]:not([hidden])')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso3')!)),
      );
    await go('#/norms?norm=g');
    await h.page.waitForSelector('[data-testid="evidence-detail"][data-norm="g"]');
    await viewReady(h.page, 'norms');
    const all = await shown();
    const total = await h.page.locator('[data-testid="evidence-list"] tr[data-iso3]').count();
    await go('#/norms?norm=g&group=WEOG');
    await viewReady(h.page, 'norms');
    const weog = new Set(
      readCsv('data/states/states.csv')
        .filter((s) => s.un_regional_group === 'WEOG')
        .map((s) => s.iso3),
    );
    const expected = [...all].filter((c) => weog.has(c)).sort();
    // Australia and the United Kingdom (WEOG) self-report on norm g (the test below).
    expect(expected).toEqual(expect.arrayContaining(['AUS', 'GBR']));
    expect([...(await shown())].sort()).toEqual(expected);
    // The other rows are still there, hidden, and all of them are outside WEOG.
    expect(await h.page.locator('[data-testid="evidence-list"] tr[data-iso3]').count()).toBe(total);
    const hidden = await h.page
      .locator('[data-testid="evidence-list"] tr[data-iso3][hidden]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso3')!));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((c) => !weog.has(c))).toBe(true);
  });

  it("norm (g) detail lists Australia's and the United Kingdom's self-reports with document links", async () => {
    await go('#/norms?norm=g');
    await h.page.waitForSelector('[data-testid="evidence-detail"][data-norm="g"]');
    await viewReady(h.page, 'norms');
    for (const iso3 of ['AUS', 'GBR']) {
      const csv = sample.find(
        (r) => r.iso3 === iso3 && r.coded_status === 'self_reported' && (r.norm_id === 'g' || r.norm_id === 'a-k'),
      )!;
      const row = h.page.locator(`[data-testid="evidence-list"] tr[data-iso3="${iso3}"][data-kind="self_reported"]`);
      expect(await row.count()).toBe(1);
      expect(await row.locator('a[data-testid="evidence-doc"]').getAttribute('href')).toBe(
        csv.source_url.split(' ; ')[0],
      );
      expect(await row.innerText()).toContain(String(csv.year));
    }
    const { counts } = expectedCounts('g', members);
    expect(await h.page.locator('[data-testid="no-evidence"]').innerText()).toContain('·');
    expect(await h.page.locator('[data-testid="rung-distribution"] tr[data-rung="0"] td').innerText()).toBe(
      String(counts[0]),
    );
    expect(await h.page.locator('[data-testid="consensus-note"]').innerText()).toContain('A/RES/70/237');
  });

  it('illus=1 stamps every section that uses generated data, and only those', async () => {
    await go('#/norms?illus=1&norm=g');
    await h.page.waitForSelector('[data-testid="illustrative-banner"]');
    await h.page.waitForSelector('[data-testid="norms-table"]');
    await viewReady(h.page, 'norms');
    expect(await h.page.locator('[data-testid="illustrative-banner"]').innerText()).toContain(STAMP);
    // The survey sections (heading of the table, heat map, matrix, norm detail, notice) each carry the stamp.
    const stamps = await h.page.locator('[data-view="norms"] [data-testid="illustrative-stamp"]').allInnerTexts();
    expect(stamps.length).toBeGreaterThanOrEqual(5);
    for (const s of stamps) expect(s).toContain(STAMP);
    expect(await h.page.locator('[data-testid="norm-detail"] [data-testid="illustrative-stamp"]').count()).toBe(1);
    // The evidence sections never use generated rows, so they carry no stamp.
    expect(await h.page.locator('[data-testid="evidence-table"] [data-testid="illustrative-stamp"]').count()).toBe(0);
    // A state profile built from generated answers is stamped too.
    await go('#/profile?state=FRA&illus=1');
    await viewReady(h.page, 'profile');
    expect(
      await h.page.locator('[data-testid="profile-survey"] [data-testid="illustrative-stamp"]').count(),
    ).toBeGreaterThanOrEqual(1);
  });

  it('the brief for norm g and Kenya contains no generated figure and cites A/70/174', async () => {
    await go('#/brief?focus=norm:g&audience=KEN');
    await h.page.waitForSelector('[data-testid="brief-document"]');
    await viewReady(h.page, 'brief');
    const doc = await h.page.locator('[data-testid="brief-document"]').innerText();
    expect(doc).not.toContain('ILLUSTRATIVE');
    expect(doc).not.toMatch(/illustrative/i);
    expect(await h.page.locator('[data-testid="brief-figures"]').innerText()).not.toMatch(/survey/i);
    expect(doc).toContain('A/70/174 para 13(g)');
    const notes = await h.page.locator('[data-testid="brief-footnotes"]').innerText();
    // the norm's document as the merged data gives it (h/positions: undocs.org/A/70/174; h/evidence: undocs.org/en/A/70/174)
    expect(notes).toMatch(/https:\/\/undocs\.org\/(en\/)?A\/70\/174/);
  });

  it('an imported 3-row survey appears in Norms, the State profile and the Brief', async () => {
    await go('#/norms');
    await viewReady(h.page, 'norms');
    await h.page.click('[data-testid="survey-import"] summary');
    await h.page.setInputFiles('[data-testid="import-file"]', {
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(SURVEY),
    });
    await h.page.waitForSelector('[data-testid="import-status"]');
    await viewReady(h.page, 'norms');
    expect(await h.page.locator('[data-testid="import-status"]').innerText()).toContain('3 of 3 rows loaded');
    // Norms: the survey analysis appears (3 answers), and on the ladder Kenya's answer is a self-report imported by you.
    expect(await h.page.locator('[data-testid="state-matrix"] td.c.imp').count()).toBe(3);
    const { counts } = expectedCounts('g', members);
    const ken = h.page.locator('[data-testid="evidence-matrix"] tr', { hasText: 'Kenya' }).locator('td').nth(6);
    expect(await shownText(ken)).toBe('4*');
    expect(
      await h.page.locator('[data-testid="evidence-table"] tr[data-norm="g"] [data-testid="verdict"]').innerText(),
    ).toContain(`${counts[4] + 1} self-reported`);
    // State profile: Kenya's imported answer on norm g.
    await go('#/profile?state=KEN');
    await viewReady(h.page, 'profile');
    const g = h.page.locator('[data-testid="profile-survey"] tr[data-norm="g"]');
    expect(await g.innerText()).toContain('implemented');
    expect(await g.innerText()).toContain('imported by you');
    // Brief on norm g: the imported answer is analysed (coverage 1 of 193 on the survey).
    await go('#/brief?focus=norm:g&audience=KEN');
    await h.page.waitForSelector('[data-testid="brief-document"]');
    await viewReady(h.page, 'brief');
    await h.page.waitForFunction(() =>
      document.querySelector('[data-testid="brief-figures"]')?.textContent?.includes('1 of 193'),
    );
    expect(await h.page.locator('[data-testid="brief-document"]').innerText()).not.toContain('ILLUSTRATIVE');
  });

  it('imports your own coded evidence: row errors name file, row and rule; rows join the ladder as imported; Remove restores', async () => {
    await go('#/norms?norm=k');
    await viewReady(h.page, 'norms');
    const before = await h.page
      .locator('[data-testid="evidence-table"] tr[data-norm="k"] [data-testid="verdict"]')
      .innerText();
    const header =
      'evidence_id,source_id,iso3,norm_id,indicator,value,coded_status,strength,year,evidence_note,source_url,source_quality,notes';
    const csv = [
      header,
      'my1,mine,KEN,k,national report,Report 2025,self_reported,direct,2025,Kenya reports it never targets CERTs.,https://example.org/ken-report,state_text,',
      'my2,mine,KEN,k,national report,Report 2025,implemented_fully,direct,2025,Bad status.,https://example.org/x,state_text,',
      'my3,mine,XYZ,k,national report,Report 2025,self_reported,direct,2025,Unknown state.,https://example.org/y,state_text,',
    ].join('\n');
    await h.page.click('[data-testid="evidence-import"] summary');
    await h.page.setInputFiles('[data-testid="evidence-file"]', {
      name: 'coded.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await h.page.waitForSelector('[data-testid="evidence-status"]');
    await viewReady(h.page, 'norms');
    expect(await h.page.locator('[data-testid="evidence-status"]').innerText()).toContain('1 of 3 rows loaded');
    const errors = h.page.locator('[data-testid="evidence-errors"] li');
    expect(
      await errors.evaluateAll((els) => els.map((e) => [e.getAttribute('data-row'), e.getAttribute('data-rule')])),
    ).toEqual([
      ['2', 'enum'],
      ['3', 'foreign-key'],
    ]);
    expect(await errors.nth(0).innerText()).toContain('coded.csv row 2');
    const row = h.page.locator('[data-testid="evidence-list"] tr[data-iso3="KEN"][data-kind="self_reported"]');
    expect(await row.innerText()).toContain('imported by you');
    const { counts } = expectedCounts('k', members);
    expect(
      await h.page.locator('[data-testid="evidence-table"] tr[data-norm="k"] [data-testid="verdict"]').innerText(),
    ).toContain(`${counts[4] + 1} self-reported`);
    await h.page.click('[data-testid="remove-evidence"]');
    await h.page.waitForSelector('[data-testid="evidence-status"]', { state: 'detached' });
    await viewReady(h.page, 'norms');
    expect(
      await h.page.locator('[data-testid="evidence-table"] tr[data-norm="k"] [data-testid="verdict"]').innerText(),
    ).toBe(before);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
