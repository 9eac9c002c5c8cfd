import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../sql/csv';
import { openHarness, urlHas, viewReady, type Harness } from './harness';

// Expected values come from the shipped CSVs, read here with the tests' own parser.
const events = readCsv('data/process/process_events.csv');
const items = readCsv('data/process/process_events.csv');
const proposals = readCsv('data/process/norm_proposals.csv');
const links = readCsv('data/process/regional_norm_links.csv');
const states = readCsv('data/states/states.csv');
const evidence = readCsv('data/norm-evidence/norm_evidence.csv');
const dtg = events.find((e) => e.event_id === 'gm-2026-dtg')!;
const TODAY = '2026-12-04';
const days = (Date.parse(`${dtg.start_date}T00:00:00Z`) - Date.parse(`${TODAY}T00:00:00Z`)) / 86_400_000;

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Global Mechanism desk in the browser', () => {
  it('Meetings: the 7–11 December 2026 thematic groups are next, with days left; undated events say so', async () => {
    await h.page.goto(`${h.base}#/meetings?today=${TODAY}`);
    await viewReady(h.page, 'meetings');
    expect(dtg.start_date).toBe('2026-12-07');
    expect(dtg.end_date).toBe('2026-12-11');
    const next = h.page.locator('[data-testid="next-meeting"]');
    expect(await next.getAttribute('data-event')).toBe('gm-2026-dtg');
    expect(await next.locator('[data-testid="event-date"]').innerText()).toBe('7 Dec 2026 – 11 Dec 2026');
    expect(days).toBe(3);
    expect(await next.locator('[data-testid="days-left"]').innerText()).toBe(`in ${days} days`);
    expect(await h.page.locator('[data-testid="next-banner"]').innerText()).toContain(dtg.title);
    // A/RES/80/16: adoption date not confirmed in the data, so none is shown.
    expect(await h.page.locator('[data-event="ga-80-res-16"] [data-testid="event-date"]').innerText()).toBe(
      'date not confirmed',
    );
    // Every agenda item of the CSV is listed once.
    const expectedItems = items.reduce((n, e) => n + (e.agenda_items ? e.agenda_items.split('; ').length : 0), 0);
    expect(await h.page.locator('li[data-item]').count()).toBe(expectedItems);
  });

  it('an agenda item opens its brief for the chosen audience state', async () => {
    await h.page.selectOption('[data-testid="meetings-audience"]', 'KEN');
    await h.page.waitForURL(/audience=KEN/);
    await h.page.click('[data-event="gm-2026-dtg"] li[data-item="gm-2026-dtg.1"] [data-testid="item-brief"]');
    await viewReady(h.page, 'brief');
    await urlHas(h.page, 'focus=item:gm-2026-dtg.1');
    await urlHas(h.page, 'audience=KEN');
    const doc = await h.page.locator('[data-view="brief"]').textContent();
    expect(doc).toContain(dtg.agenda_items);
    expect(doc).toContain(`for the delegation of ${states.find((s) => s.iso3 === 'KEN')!.name_common}`);
    expect(doc).toContain('2026-12-07 to 2026-12-11');
  });

  it('the register lists the software-update and ransomware proposals with their backers; the filter narrows them', async () => {
    await h.page.goto(`${h.base}#/proposals`);
    await viewReady(h.page, 'proposals');
    const sw = proposals.find((p) => p.proposal_id === 'np-software-update')!;
    const swCard = h.page.locator('[data-proposal="np-software-update"]');
    expect(await swCard.locator('h3').innerText()).toBe(sw.title);
    expect(await swCard.locator('[data-testid="proposers"]').innerText()).toContain(sw.proposed_by);
    expect(await swCard.locator('[data-testid="proposers"]').innerText()).toContain('not a state');
    const ransom = proposals.find((p) => p.proposal_id === 'np-ransom-payments')!;
    const codes = ransom.supported_by.split(';').filter((c) => c !== 'INTERPOL');
    const card = h.page.locator('[data-proposal="np-ransom-payments"]');
    const hrefs = await card
      .locator('[data-testid="backers"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(codes.map((c) => `#/profile?state=${c}`));
    expect(await card.locator('[data-testid="backers"]').innerText()).toContain('INTERPOL');
    expect(await card.locator('[data-testid="backers-in-scope"]').innerText()).toBe(
      `${codes.length} of ${codes.length} named states in scope:`,
    );
    const african = new Set(states.filter((s) => s.un_regional_group === 'African').map((s) => s.iso3));
    await h.page.goto(`${h.base}#/proposals?group=African`);
    await viewReady(h.page, 'proposals');
    expect(await card.locator('[data-testid="backers-in-scope"]').innerText()).toBe(
      `${codes.filter((c) => african.has(c)).length} of ${codes.length} named states in scope:`,
    );
  });

  it('the crosswalk shows ASEAN linked to all 11 norms, each link with its basis', async () => {
    await h.page.goto(`${h.base}#/crosswalk`);
    await viewReady(h.page, 'crosswalk');
    const asean = links.filter((l) => l.framework === 'ASEAN');
    expect(new Set(asean.map((l) => l.norm_id)).size).toBe(11);
    const row = h.page.locator('[data-testid="crosswalk-matrix"] tr[data-framework="ASEAN"]');
    expect(await row.locator('[data-testid="norms-linked"]').innerText()).toBe('11');
    for (const n of 'abcdefghijk') {
      expect(await row.locator(`td[data-norm="${n}"]`).innerText(), n).toContain(
        String(asean.filter((l) => l.norm_id === n).length),
      );
    }
    expect(await h.page.locator('[data-testid="link-table"] tbody tr').count()).toBe(asean.length);
    expect(await h.page.locator('[data-testid="link-table"] tr[data-basis="title_only"]').count()).toBe(
      asean.filter((l) => l.basis_type === 'title_only').length,
    );
    const oas = new Set(links.filter((l) => l.framework === 'OAS').map((l) => l.norm_id)).size;
    expect(await h.page.locator('tr[data-framework="OAS"] [data-testid="norms-linked"]').innerText()).toBe(String(oas));
  });

  let draft = '';
  it('the survey draft for Australia pre-fills its self-reported norm rows with their source and leaves unknowns blank', async () => {
    await h.page.goto(`${h.base}#/survey-draft?state=AUS`);
    await viewReady(h.page, 'survey-draft');
    const self = evidence.filter((e) => e.iso3 === 'AUS' && e.coded_status === 'self_reported');
    const selfNorms = [...new Set(self.map((e) => e.norm_id))].sort();
    expect(selfNorms).toHaveLength(11);
    const pre = await h.page
      .locator('[data-testid="draft-norms"] tr[data-prefilled="true"]')
      .evaluateAll((trs) => trs.map((t) => t.getAttribute('data-item')));
    expect(pre).toEqual(selfNorms);
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.click('[data-testid="draft-csv"]')]);
    draft = readFileSync((await download.path())!, 'utf8');
    const lines = draft.trim().split(/\r\n/);
    expect(lines[0]).toBe('iso3,year,part,item,status,challenges,capacity_need,capacity_offer,evidence,origin,source');
    const url = self[0]!.source_url.split(' ; ')[0]!;
    for (const n of selfNorms) {
      const line = lines.find((l) => l.startsWith(`AUS,2026,norms,${n},`))!;
      expect(line, n).toMatch(/^AUS,2026,norms,[a-k],implemented,/);
      expect(line.endsWith(`,coded_from_document,${url}`), n).toBe(true);
    }
    const cbm = lines.filter((l) => l.includes(',cbms,'));
    expect(cbm).toHaveLength(16);
    for (const l of cbm) expect(l).toMatch(/^AUS,2026,cbms,\d+,,,,,"?To be completed by the State/);
  });

  it('re-importing the edited draft changes the State profile', async () => {
    const edited = draft.replace(/^AUS,2026,cbms,1,,/m, 'AUS,2026,cbms,1,implemented,');
    expect(edited).not.toBe(draft);
    await h.page.setInputFiles('[data-testid="import-file"]', {
      name: 'aus-draft.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(edited),
    });
    await h.page.waitForSelector('[data-testid="import-status"]');
    const answered = edited
      .trim()
      .split(/\r\n/)
      .slice(1)
      .filter((l) => l.split(',')[4] !== '').length;
    await h.page.goto(`${h.base}#/profile?state=AUS`);
    await viewReady(h.page, 'profile');
    await h.page.waitForSelector('[data-testid="profile-imported"]');
    expect(await h.page.locator('[data-testid="imported-summary"]').innerText()).toContain(
      `${answered} answered of 46 rows`,
    );
    expect(
      await h.page.locator('[data-testid="profile-imported"] tr[data-part="cbms"][data-item="1"]').innerText(),
    ).toContain('implemented');
    // The regional section lists the frameworks Australia currently belongs to (ARF: yes; ASEAN: no).
    expect(await h.page.locator('[data-testid="profile-regional"] tr[data-framework="ARF"]').count()).toBeGreaterThan(
      0,
    );
    expect(await h.page.locator('[data-testid="profile-regional"] tr[data-framework="ASEAN"]').count()).toBe(0);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
