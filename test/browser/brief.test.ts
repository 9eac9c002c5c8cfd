import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { openHarness, viewReady, type Harness } from './harness';
import { readPdf } from './pdf-text';
import { readCsv } from '../sql/csv';

// Expected values come from the raw CSVs, never from the app.
const states = readCsv('data/states/states.csv');
const members = new Set(states.filter((s) => s.un_member === 'true').map((s) => s.iso3));
const unName = (iso3: string) => states.find((s) => s.iso3 === iso3)!.name;
const positions = readCsv('data/il-positions/positions.csv').filter((p) => p.question_id === 'sovereignty_rule');
const row = (actor: string) => positions.find((p) => p.actor_iso3 === actor)!;
const tmp = mkdtempSync(join(tmpdir(), 'cg-brief-'));
const SOV = '#/brief?focus=question:sovereignty_rule&audience=KEN';

/** "[1–3, 7]" → [1, 2, 3, 7] */
const numbers = (cite: string) =>
  cite
    .replace(/[[\]\s]/g, '')
    .split(',')
    .filter(Boolean)
    .flatMap((p) => {
      const [a, b] = p.split('–').map(Number);
      return b ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : [a];
    });

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await h.page.goto(`${h.base}${SOV}`);
  await viewReady(h.page, 'brief');
});
afterAll(async () => {
  await h?.close();
});

/** Footnote number → the URL it gives. */
async function footnoteUrls(): Promise<Map<number, string>> {
  const items = await h.page
    .locator('[data-testid="brief-footnotes"] li')
    .evaluateAll((lis) => lis.map((li) => [Number(li.getAttribute('value')), li.getAttribute('data-url') ?? '']));
  return new Map(items as [number, string][]);
}

describe('sovereignty brief: who said what, a citation per claim', () => {
  it("names the United Kingdom's, the United States' and the African Union's positions with their documents", async () => {
    const urls = await footnoteUrls();
    for (const [actor, name, testid] of [
      ['GBR', unName('GBR'), 'brief-positions-opposes'],
      ['USA', unName('USA'), 'brief-positions-qualified'],
      ['AU', row('AU').actor_name, 'brief-positions-groups'],
    ] as const) {
      const p = row(actor);
      const tr = h.page
        .locator(`[data-testid="${testid}"] tbody tr`)
        .filter({ has: h.page.locator('th', { hasText: name }) });
      expect(await tr.count()).toBe(1);
      expect(await tr.locator('td').nth(0).innerText()).toBe(
        { supports: 'support', qualified: 'qualified', opposes: 'oppose' }[p.stance],
      );
      expect(await tr.locator('td.doc').innerText()).toContain(p.source_title);
      const cites = numbers(await tr.locator('sup.cite').innerText());
      expect(cites.length).toBe(1); // one row, one document
      expect(urls.get(cites[0])).toBe(p.source_url);
    }
    // the AU is a row of its own and is not counted among the states
    const coded = new Set(positions.filter((p) => members.has(p.actor_iso3)).map((p) => p.actor_iso3));
    const summary = await h.page.locator('[data-testid="brief-positions"] ul.statements li').first().innerText();
    expect(summary).toContain(`Of the 193 states in scope, ${coded.size} have a coded stance on Sovereignty as a rule`);
  });

  it('no footnote cites more than the rows behind its sentence', async () => {
    const urls = await footnoteUrls();
    const cited = async (li: ReturnType<typeof h.page.locator>) =>
      numbers(await li.locator('sup.cite').innerText())
        .map((n) => urls.get(n))
        .sort();
    // The coverage sentence rests on the states' stance rows: exactly their documents.
    const stateRows = [
      ...new Map(positions.filter((p) => members.has(p.actor_iso3)).map((p) => [p.actor_iso3, p])).values(),
    ];
    const lis = h.page.locator('[data-testid="brief-positions"] ul.statements li');
    expect(await cited(lis.first())).toEqual([...new Set(stateRows.map((p) => p.source_url))].sort());
    // The group sentence rests on the AU's and the EU's rows only.
    const groups = [
      ...new Map(
        positions.filter((p) => ['AU', 'EU', 'NATO'].includes(p.actor_iso3)).map((p) => [p.actor_iso3, p]),
      ).values(),
    ];
    const groupLi = lis.filter({ hasText: 'Group positions' });
    expect(await cited(groupLi)).toEqual([...new Set(groups.map((p) => p.source_url))].sort());
    // Every row of the positions tables cites one document: its own.
    const rowsCites = await h.page.locator('[data-testid="brief-positions"] tbody sup.cite').allInnerTexts();
    expect(rowsCites.length).toBeGreaterThan(20);
    for (const c of rowsCites) expect(numbers(c).length).toBe(1);
  });

  it('footnote URLs are documents, not site roots', async () => {
    const urls = [...(await footnoteUrls()).values()].filter(Boolean);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(new URL(u).pathname.replace(/\/$/, '').length, u).toBeGreaterThan(0);
  });

  it('states its data basis on page 1 and uses diplomatic words', async () => {
    const basis = await h.page.locator('[data-testid="brief-basis"]').innerText();
    const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8'));
    expect(basis).toMatch(
      new RegExp(
        `^Based on \\d+ coded stances from \\d+ documents, \\d+ roll calls and 0 generated rows; data version ${manifest.version}\\.$`,
      ),
    );
    const text = (
      await h.page
        .locator('[data-testid="brief-document"]')
        .locator('ul.statements li, h1, h2, caption, thead th')
        .allInnerTexts()
    )
      .join(' ')
      .toLowerCase();
    expect(text).not.toMatch(/\ball(y|ies)\b|opponent/);
    expect(text).toContain('most aligned with kenya in unga votes');
    // UI instructions never print inside the document
    expect(text).not.toMatch(/choose an audience|click|select /);
  });
});

describe('every focus the app offers', () => {
  it('a question debated in the UN: latest stance per actor by name, machine summaries left out', async () => {
    const st = readCsv('data/statements/statements.csv').filter(
      (r) => r.question_id === 'poa_support' && r.source_type !== 'ai_summary',
    );
    const latest = new Map<string, Record<string, string>>();
    for (const r of [...st].sort((a, b) => Number(a.year) - Number(b.year))) latest.set(r.actor_id, r);
    const rus = latest.get('RUS')!;
    await h.page.goto(`${h.base}#/brief?focus=debate:poa_support&audience=KEN`);
    await viewReady(h.page, 'brief');
    const stanceTable = {
      supports: 'brief-positions-supports',
      qualified: 'brief-positions-qualified',
      opposes: 'brief-positions-opposes',
    }[rus.stance]!;
    const tr = h.page
      .locator(`[data-testid="${stanceTable}"] tbody tr`)
      .filter({ has: h.page.locator('th', { hasText: unName('RUS') }) });
    expect(await tr.locator('td.doc').innerText()).toContain(rus.source_title);
    expect(await tr.locator('td.num').innerText()).toBe(rus.year);
    const states = [...latest.values()].filter((r) => members.has(r.actor_id)).length;
    expect(await h.page.locator('[data-testid="brief-positions"] ul.statements li').first().innerText()).toContain(
      `Of the 193 states in scope, ${states} have a coded stance on Programme of Action`,
    );
  });

  for (const focus of [
    'state:FRA',
    'group:African',
    'region:Africa',
    'org:AU',
    'states:FRA,DEU,KEN',
    'norm:c',
    'question:due_diligence_binding',
  ]) {
    it(`${focus}: a brief with its data basis, no empty section and no UI instruction`, async () => {
      await h.page.goto(`${h.base}#/brief?focus=${focus}&audience=KEN`);
      await viewReady(h.page, 'brief');
      expect(await h.page.locator('[data-testid="brief-basis"]').innerText()).toMatch(
        /^Based on \d+ coded stances? from \d+ documents?, /,
      );
      const empty = await h.page
        .locator('[data-testid="brief-document"] section')
        .evaluateAll(
          (ss) =>
            ss.filter((s) => (s.textContent ?? '').trim() === (s.querySelector('h2')?.textContent ?? '').trim()).length,
        );
      expect(empty).toBe(0);
      // the brief's own words (sentences, headings, captions), not the titles of the documents it cites
      const text = (
        await h.page
          .locator('[data-testid="brief-document"]')
          .locator('ul.statements li, h1, h2, caption, thead th')
          .allInnerTexts()
      )
        .join(' ')
        .toLowerCase();
      expect(text).not.toMatch(/\ball(y|ies)\b|opponent|choose an audience/);
    });
  }
});

describe('the printed brief and the Word file', () => {
  let pdfText = '';

  for (const [paper, w, hgt] of [
    ['A4', 595, 842],
    ['Letter', 612, 792],
  ] as const) {
    it(`prints on ${paper} as the user does, with a running header and "n / N" page numbers on every page`, async () => {
      await h.page.goto(`${h.base}${SOV}${paper === 'Letter' ? '&paper=Letter' : ''}`);
      await viewReady(h.page, 'brief');
      await h.page.emulateMedia({ media: 'print' });
      // The browser's own print: page size, margins, header and numbers all come from the page's CSS.
      const pdf = await h.page.pdf({ preferCSSPageSize: true, printBackground: true });
      await h.page.emulateMedia({ media: 'screen' });
      const file = join(tmp, `brief-${paper}.pdf`);
      writeFileSync(file, pdf);
      const r = await readPdf(file);
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
      const [, , pw, ph] = (await doc.getPage(1)).view;
      await doc.destroy();
      expect([Math.round(pw), Math.round(ph)]).toEqual([w, hgt]);
      expect(r.pages).toBeGreaterThan(1);
      const version = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')).version;
      r.pageTexts.forEach((t, i) => {
        const flat = t.replace(/\s+/g, ' ');
        expect(flat).toContain(`${i + 1} / ${r.pages}`);
        expect(flat).toContain(`Sovereignty as a rule · for Kenya ·`);
        expect(flat).toContain(`data ${version}`);
      });
      // Caveats, method and sources come last; the footnotes run to the last page.
      pdfText = r.text.replace(/\s+/g, ' ');
      const at = (s: string) => pdfText.lastIndexOf(s);
      expect(at('Alignment with Kenya in UNGA votes')).toBeLessThan(at('Data caveats'));
      expect(at('Data caveats')).toBeLessThan(at(' Method '));
      expect(at(' Method ')).toBeLessThan(at(' Sources '));
      expect(r.pageTexts.at(-1)).toMatch(/https?:\/\//);
    });
  }

  it('prints tables without clipping at the paper width', async () => {
    await h.page.setViewportSize({ width: 690, height: 1000 }); // A4 minus the 14 mm side margins, at 96 dpi
    await h.page.emulateMedia({ media: 'print' });
    const clipped = await h.page
      .locator('[data-testid="brief-document"] table')
      .evaluateAll((ts) => ts.filter((t) => t.scrollWidth > t.parentElement!.clientWidth + 1).length);
    const overflow = await h.page.evaluate(() => document.documentElement.scrollWidth);
    await h.page.emulateMedia({ media: 'screen' });
    await h.page.setViewportSize({ width: 1400, height: 1000 });
    expect(clipped).toBe(0);
    expect(overflow).toBeLessThanOrEqual(690);
  });

  it('downloads a valid Word file with headings, tables, real footnotes and the same key figures as the PDF', async () => {
    const [d] = await Promise.all([
      h.page.waitForEvent('download', { timeout: 30_000 }),
      h.page.click('[data-testid="brief-docx"]'),
    ]);
    expect(d.suggestedFilename()).toBe('common-ground-brief-question-sovereignty-rule-for-ken.docx');
    const file = join(tmp, 'brief.docx');
    await d.saveAs(file);
    const parts = unzipSync(readFileSync(file));
    for (const p of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/footnotes.xml',
      'word/_rels/document.xml.rels',
    ])
      expect(Object.keys(parts)).toContain(p);
    const types = strFromU8(parts['[Content_Types].xml']);
    const override = (part: string) =>
      types.match(new RegExp(`<Override [^>]*PartName="${part.replace(/[/.]/g, '\\$&')}"[^>]*/>`))?.[0] ?? '';
    expect(override('/word/document.xml')).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"',
    );
    expect(override('/word/footnotes.xml')).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"',
    );
    const xml = strFromU8(parts['word/document.xml']);
    // well-formed XML, read by the browser's own XML parser
    const wellFormed = await h.page.evaluate(
      (x) => new DOMParser().parseFromString(x, 'application/xml').getElementsByTagName('parsererror').length === 0,
      xml,
    );
    expect(wellFormed).toBe(true);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(xml).toMatch(/<w:footnoteReference w:id="\d+"\/>/);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"');
    // key figures: the same strings the PDF has
    const coded = new Set(positions.filter((p) => members.has(p.actor_iso3)).map((p) => p.actor_iso3)).size;
    const coverage = `${coded} of 193 (${Math.round((100 * coded) / 193)}%)`;
    const basis = pdfText.match(
      /Based on \d+ coded stances from \d+ documents, \d+ roll calls and \d+ generated rows/,
    )![0];
    for (const k of [coverage, basis, unName('GBR'), row('AU').actor_name]) {
      expect(pdfText).toContain(k);
      expect(text).toContain(k);
    }
    const notes = strFromU8(parts['word/footnotes.xml']);
    expect(notes).toContain(row('GBR').source_url.replace(/&/g, '&amp;'));
    const headers = Object.keys(parts)
      .filter((p) => /^word\/(header|footer)\d*\.xml$/.test(p))
      .map((p) => strFromU8(parts[p]))
      .join('');
    expect(headers).toContain('Sovereignty as a rule · for Kenya');
    expect(headers).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('with generated data turned on (illus=1), stamps every printed page', async () => {
    await h.page.goto(`${h.base}#/brief?focus=norm:g&audience=KEN&illus=1`);
    await viewReady(h.page, 'brief');
    expect(await h.page.locator('[data-testid="brief-illustrative"]').count()).toBe(1);
    await h.page.emulateMedia({ media: 'print' });
    const pdf = await h.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await h.page.emulateMedia({ media: 'screen' });
    const file = join(tmp, 'brief-illus.pdf');
    writeFileSync(file, pdf);
    const r = await readPdf(file);
    for (const t of r.pageTexts) expect(t.replace(/\s+/g, ' ')).toContain('ILLUSTRATIVE — NOT STATE DATA');
    // the generated rows are counted in the data basis
    const generated = Number(r.text.replace(/\s+/g, ' ').match(/and (\d+) generated rows/)![1]);
    expect(generated).toBeGreaterThan(0);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
