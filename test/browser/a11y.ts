import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// axe-core is injected from node_modules as inline script text: no request leaves localhost.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Lay out every block the app skips while off screen (`content-visibility: auto`) before axe
 * measures geometry. Otherwise axe's target-size rule reads a skipped block's placeholder height
 * for its siblings but the real positions for the targets inside it (forced layout), and
 * reports targets overlapping content a user never sees overlap: scrolled to, the block lays
 * out at its real size. Set through the CSSOM (the app's CSP allows no injected style sheet).
 */
async function layOutEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll<HTMLElement>('body *'))
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** One accessibility violation, reduced to what a failing assertion should show. */
export interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core (WCAG 2 A/AA rules) on the current page and return the serious and critical
 * violations. CSP blocks inline scripts, so axe is evaluated through the DevTools protocol.
 */
export async function seriousViolations(page: Page): Promise<A11yViolation[]> {
  await layOutEverything(page);
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The WCAG 2.2 AA rule set: every A and AA rule of WCAG 2.0, 2.1 and 2.2. */
export const WCAG22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Run axe-core with the WCAG 2.2 AA tags on the current page and return every violation, of
 * any impact: the target is zero, so a minor one fails as well.
 */
export async function wcag22Violations(page: Page): Promise<A11yViolation[]> {
  await layOutEverything(page);
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, WCAG22_AA_TAGS);
}
