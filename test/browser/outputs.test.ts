import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { tableFromIPC } from 'apache-arrow';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { openHarness, urlHas, viewReady, type Harness } from './harness';
import { readPdf } from './pdf-text';
import { readCsv } from '../sql/csv';

// Expected values are computed here from the raw CSVs, never read from the app.
const S = 'data'; // verbatim copies of the researched reference data
const states = readCsv(`${S}/states/states.csv`);
const weog = new Set(states.filter((s) => s.un_regional_group === 'WEOG' && s.un_member === 'true').map((s) => s.iso3));
const votes = readCsv(`${S}/unga-votes/votes.csv`);
const sources = readCsv('data/sources/sources.csv');
const tmp = mkdtempSync(join(tmpdir(), 'cg-outputs-'));

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Click and save the download it starts; resolves to the file path and suggested name. */
async function download(page: Page, selector: string): Promise<{ file: string; name: string }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click(selector)]);
  const name = d.suggestedFilename();
  const file = join(tmp, name);
  await d.saveAs(file);
  return { file, name };
}

describe('state profile', () => {
  it('shows everything about France, each section present', async () => {
    await h.page.goto(`${h.base}#/profile?state=FRA`);
    await viewReady(h.page, 'profile');
    expect(await h.page.locator('[data-view="profile"] h1').innerText()).toBe('State profile: France');
    for (const s of ['identity', 'survey', 'law', 'votes', 'capacity', 'documents'])
      expect(await h.page.locator(`[data-testid="profile-${s}"]`).count()).toBe(1);
    expect(await h.page.locator('[data-testid="profile-identity"]').innerText()).toContain('WEOG');
    expect(await h.page.locator('[data-testid="profile-survey"]').innerText()).toContain('illustrative');
    // France's stance on sovereignty as a rule in positions.csv
    const fraSov = readCsv(`${S}/il-positions/positions.csv`).find(
      (p) => p.actor_iso3 === 'FRA' && p.question_id === 'sovereignty_rule',
    )!;
    expect(
      await h.page.locator('[data-testid="profile-law"] tr[data-question="sovereignty_rule"]').innerText(),
    ).toContain(fraSov.stance);
    // "coded from N of M known documents": France's documents, used when a stance cites their URL or year.
    const fraDocs = readCsv(`${S}/il-positions/national_positions.csv`).filter((d) => d.actor_iso3 === 'FRA');
    const fraPos = readCsv(`${S}/il-positions/positions.csv`).filter((p) => p.actor_iso3 === 'FRA');
    const used = fraDocs.filter((d) =>
      fraPos.some((p) => p.source_url === d.source_url || (p.year !== '' && p.year === d.year)),
    ).length;
    expect(await h.page.locator('[data-testid="profile-law"] [data-testid="coded-from"]').innerText()).toBe(
      `coded from ${used} of ${fraDocs.length} known document${fraDocs.length === 1 ? '' : 's'}`,
    );
    // A question France has not addressed reads "not coded yet", not "silent": France has published a position.
    const uncoded = ['necessity', 'attribution_evidence', 'data_as_object'].find(
      (q) => !fraPos.some((p) => p.question_id === q),
    )!;
    expect(await h.page.locator(`[data-testid="profile-law"] tr[data-question="${uncoded}"]`).innerText()).toContain(
      'not coded yet',
    );
    expect(await h.page.locator('[data-testid="closest"] tbody tr').count()).toBe(5);
    expect(await h.page.locator('[data-testid="farthest"] tbody tr').count()).toBe(5);
  });

  it('says so when a state has no data instead of hiding the section', async () => {
    await h.page.goto(`${h.base}#/profile?state=VAT`); // Holy See: observer, no votes, no GCI record
    await viewReady(h.page, 'profile');
    expect(await h.page.locator('[data-testid="profile-votes"] [data-testid="empty"]').innerText()).toContain(
      'No roll-call votes',
    );
    expect(await h.page.locator('[data-testid="profile-capacity"] [data-testid="empty"]').innerText()).toContain(
      'no ITU GCI 2020 score',
    );
  });
});

describe('compare', () => {
  it('puts three states side by side with a summary linked to its rows, and takes a fourth', async () => {
    await h.page.goto(`${h.base}#/compare?states=FRA|DEU|USA`);
    await viewReady(h.page, 'compare');
    const rollCalls = new Set(votes.map((v) => v.resolution_id)).size;
    expect(await h.page.locator('[data-testid="compare-votes"] tbody tr').count()).toBe(rollCalls);
    expect(await h.page.locator('[data-testid="compare-votes"] thead th').count()).toBe(1 + 3 + 1);
    const sentences = h.page.locator('[data-testid="compare-summary"] li');
    expect(await sentences.count()).toBeGreaterThanOrEqual(3);
    // the "differ" sentence on votes points at the rows where the three voted differently
    const differ = sentences.filter({ hasText: 'They differ on' }).first();
    const button = differ.locator('button');
    const n = Number((await button.innerText()).match(/\d+/)![0]);
    await button.click();
    expect(await h.page.locator('tr.hl').count()).toBe(n);
    expect(await h.page.locator('tr.hl[data-status="differ"]').count()).toBe(n);
    await h.page.selectOption('[data-testid="compare-add"]', 'KEN');
    await h.page.waitForFunction(
      () => document.querySelectorAll('[data-testid="compare-votes"] thead th').length === 6,
    );
    await viewReady(h.page, 'compare');
    await urlHas(h.page, 'states=FRA|DEU|USA|KEN');
  });
});

describe('brief', () => {
  it('prints a brief on norm (g) for Kenya to an A4 PDF: cited evidence, the norm cited to A/70/174, no generated figure', async () => {
    await h.page.goto(`${h.base}#/brief?focus=norm:g&audience=KEN`);
    await viewReady(h.page, 'brief');
    // Evidence ladder from the norm-evidence CSV: UN members with a measure in place or a self-report on norm g.
    const ev = readCsv('data/norm-evidence/norm_evidence.csv').filter(
      (r) => r.norm_id === 'g' && states.find((s) => s.iso3 === r.iso3)?.un_member === 'true',
    );
    const measure = new Set(
      ev.filter((r) => r.coded_status === 'measure_in_place' || r.coded_status === 'self_reported').map((r) => r.iso3),
    ).size;
    const selfReported = new Set(ev.filter((r) => r.coded_status === 'self_reported').map((r) => r.iso3)).size;
    const figures = await h.page.locator('[data-testid="brief-figures"]').innerText();
    expect(figures).toContain(`Measure in place or higher\n${measure} of 193`);
    expect(figures).toContain(`Self-reported\n${selfReported} of 193`);
    await h.page.emulateMedia({ media: 'print' });
    const pdf = await h.page.pdf({ format: 'A4', printBackground: true });
    await h.page.emulateMedia({ media: 'screen' });
    const file = join(tmp, 'brief.pdf');
    writeFileSync(file, pdf);
    const pdfText = await readPdf(file);
    const text = pdfText.text.replace(/\s+/g, ' ');
    expect(pdfText.pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Protect own critical infrastructure');
    expect(text).toContain(`${measure} of 193`);
    expect(text).toContain("Kenya's own record");
    // Kenya's own measure, by its document (norm_evidence.csv)
    const ken = ev.find((r) => r.iso3 === 'KEN' && r.coded_status === 'measure_in_place')!;
    expect(text).toContain(ken.value.slice(0, 50));
    // the norm's wording is cited to the 2015 GGE report itself
    const gge = sources.find((s) => s.source_id === 'un-a-70-174')!;
    expect(gge.url).toMatch(/A\/70\/174$/);
    expect(text.replace(/\s/g, '')).toContain(gge.url); // a long URL may wrap in the PDF's text
    expect(text).toContain('A/70/174');
    // no generated figure by default
    expect(text).toMatch(/and 0 generated rows/);
    expect(text.toLowerCase()).not.toContain('illustrative');
    // printed without navigation, filter bar or controls
    for (const chrome of ['Reset filter', 'Download Markdown', 'Print / save as PDF', 'observer states'])
      expect(text).not.toContain(chrome);
  });

  it('downloads the brief as Markdown', async () => {
    const { file, name } = await download(h.page, '[data-testid="brief-markdown"]');
    expect(name).toBe('common-ground-brief-norm-g-for-ken.md');
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# Brief: norm \(g\)/);
    expect(md).toContain('## Sources');
  });
});

describe('downloads for a filtered view (WEOG)', () => {
  const expected = votes.filter((v) => weog.has(v.iso3));
  const fra = expected.find((v) => v.iso3 === 'FRA' && v.resolution_id === 'A/RES/77/37')!;

  it('CSV, Parquet, Arrow and JSON each read back with the same rows', async () => {
    await h.page.goto(`${h.base}#/overview?group=WEOG`);
    await viewReady(h.page, 'overview');
    await h.page.click('[data-testid="download-menu"] summary');
    const sel = (f: string) => `[data-testid="download-menu"] button[data-dataset="unga-votes"][data-format="${f}"]`;

    const csv = await download(h.page, sel('csv'));
    expect(csv.name).toBe('common-ground-unga-votes-weog.csv');
    const c = readCsv(csv.file);
    expect(c.length).toBe(expected.length);
    expect(c.find((r) => r.iso3 === 'FRA' && r.resolution_id === 'A/RES/77/37')!.vote).toBe(fra.vote);

    const pq = await download(h.page, sel('parquet'));
    const buf = readFileSync(pq.file);
    const p = (await parquetReadObjects({
      file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
    })) as Record<string, unknown>[];
    expect(p.length).toBe(expected.length);
    expect(p.find((r) => r.iso3 === 'FRA' && r.resolution_id === 'A/RES/77/37')!.vote).toBe(fra.vote);

    const ar = await download(h.page, sel('arrow'));
    const t = tableFromIPC(readFileSync(ar.file));
    expect(t.numRows).toBe(expected.length);
    expect(
      t
        .toArray()
        .map((r) => r.toJSON())
        .find((r) => r.iso3 === 'FRA' && r.resolution_id === 'A/RES/77/37')!.vote,
    ).toBe(fra.vote);

    const js = await download(h.page, sel('json'));
    const j = JSON.parse(readFileSync(js.file, 'utf8')) as Record<string, unknown>[];
    expect(j.length).toBe(expected.length);
    expect(j.filter((r) => r.identification !== 'confirmed').length).toBe(0); // every roll call confirmed (resolutions.csv per_state)
  });

  it('a zip with every ticked dataset, datapackage.json and CITATION; and the whole database', async () => {
    const z = await download(h.page, '[data-testid="download-zip"]');
    const files = unzipSync(readFileSync(z.file));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'datapackage.json',
        'CITATION.txt',
        'common-ground-unga-votes-weog.csv',
        'common-ground-states-weog.csv',
      ]),
    );
    const pkg = JSON.parse(strFromU8(files['datapackage.json']));
    expect(pkg.filter.description).toBe('UN regional group: WEOG');
    expect(pkg.resources.find((r: { path: string }) => r.path === 'common-ground-states-weog.csv').rows).toBe(
      weog.size,
    );
    expect(pkg.licenses.map((l: { name: string }) => l.name)).toContain('other-nc'); // GCI is in the zip
    const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8'));
    expect(pkg.dataVersion.version).toBe(manifest.version);
    expect(strFromU8(files['CITATION.txt'])).toContain(`Data version ${manifest.version}`);

    const db = await download(h.page, '[data-testid="download-db"]');
    expect(statSync(db.file).size).toBe(manifest.bytes);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
