import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashIs, openHarness, urlHas, viewReady, type Harness } from './harness';
import { readCsv } from '../sql/csv';

// Expected texts are computed here from the raw CSVs, independently of the app's code.
// The CSVs in data/ are verbatim copies of the researched reference data.
const S = 'data';
const members = readCsv(`${S}/states/states.csv`).filter((s) => s.un_member === 'true');
const gci = new Map(readCsv(`${S}/norms-capacity/capacity.csv`).map((r) => [r.iso3, r]));
const NAMES: Record<string, string> = {
  African: 'African Group states',
  'Asia-Pacific': 'Asia-Pacific Group states',
  'Eastern European': 'Eastern European Group states',
  GRULAC: 'GRULAC states',
  WEOG: 'WEOG states',
};

/** The top entry of the per-pillar list, as the issue phrases it, from the CSV. */
function topGap(pillar: string, label: string, threshold: number): string {
  const cells = Object.keys(NAMES).map((g) => {
    const isos = members.filter((s) => s.un_regional_group === g).map((s) => s.iso3);
    const scores = isos
      .map((i) => gci.get(i)?.[pillar] ?? '')
      .filter((v) => v !== '')
      .map(Number);
    const under = scores.filter((v) => v < threshold).length;
    return { g, n: scores.length, missing: isos.length - scores.length, under, share: under / scores.length };
  });
  cells.sort((a, b) => b.share - a.share || b.under - a.under);
  const c = cells[0];
  const miss = c.missing ? ` (${c.missing} ${c.missing === 1 ? 'has' : 'have'} no score)` : '';
  return `${label}: ${c.under} of the ${c.n} ${NAMES[c.g]} with a score ${c.under === 1 ? 'is' : 'are'} under ${threshold} of 20${miss}.`;
}

const ready = async () => {
  await viewReady(h.page, 'capacity');
};
const firstGap = () => h.page.locator('[data-testid="gap-list"] li .sentence').first().innerText();

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('capacity view', () => {
  it('shows the heat map with the median and the count behind each cell, and the licence', async () => {
    await h.page.goto(`${h.base}#/capacity`);
    await ready();
    const cell = h.page.locator('td[data-row="African"][data-col="technical"]');
    const african = members.filter((s) => s.un_regional_group === 'African').map((s) => s.iso3);
    const tech = african
      .map((i) => gci.get(i)?.technical ?? '')
      .filter((v) => v !== '')
      .map(Number)
      .sort((a, b) => a - b);
    const mid = (tech.length - 1) / 2;
    const median = (tech[Math.floor(mid)] + tech[Math.ceil(mid)]) / 2;
    expect(await cell.locator('.val').innerText()).toBe(String(Number(median.toFixed(2))));
    expect(await cell.locator('.sub').innerText()).toBe(`n ${tech.length} · ${african.length - tech.length} missing`);
    expect(await h.page.locator('table.heat tbody tr').count()).toBe(5);
    expect(await h.page.locator('[data-testid="cap-licence"]').innerText()).toMatch(/non-commercial/);
  });

  it('switches pillar, changes the threshold and sees the ranked list change', async () => {
    await h.page.selectOption('[data-testid="cap-pillar"]', 'technical');
    await ready();
    await h.page.click('[data-testid="gaps-pillar"]');
    await ready();
    await hashIs(h.page, '#/capacity?gaps=pillar&pillar=technical');
    const pillars = await h.page
      .locator('[data-testid="gap-list"] li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-pillar')));
    expect(new Set(pillars)).toEqual(new Set(['technical']));
    expect(await firstGap()).toBe(topGap('technical', 'Technical', 10));

    await h.page.selectOption('[data-testid="cap-pillar"]', 'legal');
    await h.page.waitForFunction(
      () => document.querySelector('[data-testid="gap-list"] li')?.getAttribute('data-pillar') === 'legal',
    );
    expect(await firstGap()).toBe(topGap('legal', 'Legal', 10));

    const before = await firstGap();
    await h.page.fill('[data-testid="cap-threshold"]', '5');
    await h.page.press('[data-testid="cap-threshold"]', 'Enter');
    await h.page.waitForFunction(
      (b) => document.querySelector('[data-testid="gap-list"] li .sentence')?.textContent !== b,
      before,
    );
    await ready();
    await urlHas(h.page, 'threshold=5');
    expect(await firstGap()).toBe(topGap('legal', 'Legal', 5));
    // dots under the new threshold are marked as such on the distribution
    const underDots = await h.page.locator('[data-testid="cap-distribution"] circle[data-under="true"]').count();
    const legalUnder5 = members.filter(
      (s) => (gci.get(s.iso3)?.legal ?? '') !== '' && Number(gci.get(s.iso3)!.legal) < 5,
    ).length;
    expect(underDots).toBe(legalUnder5);
  });

  it('names a state on hover and opens its profile from the map', async () => {
    await h.page.hover('[data-testid="cap-distribution"] circle[data-id="KEN"]');
    expect(await h.page.locator('[data-testid="cap-distribution"] [data-testid="map-tooltip"]').innerText()).toContain(
      'Kenya',
    );
    await h.page.click('[data-testid="cap-map"] [data-iso3="KEN"]');
    await h.page.waitForSelector('[data-testid="cap-profile"][data-iso3="KEN"]');
    await urlHas(h.page, 'state=KEN');
    const legal = await h.page
      .locator('[data-testid="cap-profile"] tbody tr', { hasText: 'Legal' })
      .locator('td')
      .first()
      .innerText();
    expect(legal).toBe(String(Number(Number(gci.get('KEN')!.legal).toFixed(2))));
  });

  // Issue 11: the generated survey is shown only on request (illus=1).
  it('groups by income and badges the illustrative survey data; hiding it says so', async () => {
    await h.page.goto(`${h.base}#/capacity?by=income&illus=1`);
    await ready();
    const rows = await h.page
      .locator('table.heat tbody th')
      .evaluateAll((els) => els.map((e) => e.firstChild?.textContent));
    expect(rows).toEqual(['Low income', 'Lower middle income', 'Upper middle income', 'High income', 'Not classified']);
    await h.page.waitForSelector('[data-testid="cap-need-offer"] .badge.illustrative');
    await h.page.click('[data-testid="f-illustrative"]');
    await h.page.waitForSelector('[data-testid="no-survey"]');
    await ready();
    expect(await h.page.locator('[data-testid="no-survey"]').innerText()).toMatch(
      /^No survey data for the states in scope with illustrative data hidden\./,
    );
  });

  it('says so when the filter leaves no state in scope', async () => {
    expect(members.filter((s) => s.un_regional_group === 'WEOG' && s.ldc === 'true')).toEqual([]);
    await h.page.goto(`${h.base}#/capacity?group=WEOG&ldc=1`);
    await ready();
    expect(await h.page.locator('[data-testid="cap-empty"]').innerText()).toMatch(/^No state is in scope/);
    expect(await h.page.locator('[data-testid="gap-list"]').count()).toBe(0);
  });

  it('has no serious accessibility violation (axe-core, WCAG 2 A/AA), with a profile open', async () => {
    const { seriousViolations } = await import('./a11y');
    await h.page.goto(`${h.base}#/capacity?pillar=technical&state=MOZ&gaps=pillar`);
    await ready();
    await h.page.waitForSelector('[data-testid="cap-profile"][data-iso3="MOZ"]');
    expect(await seriousViolations(h.page)).toEqual([]);
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
