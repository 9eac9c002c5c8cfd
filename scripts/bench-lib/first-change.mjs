/**
 * "Filters interactive", timed inside the page. An init script watches the DOM from the first
 * byte; once the view is idle (aria-busy=false), the filter's control exists, that frame is
 * painted and a human reaction time has passed (REACTION_MS, the fast end of visual reaction
 * times), it clicks the control in a task of its own, as a user who clicks as soon as they can. It records
 * navigation → click and click → the paint that shows the new scope (the same test as
 * `timeFilter`: status changed, every view idle, time taken in a task queued from that frame).
 *
 * Why in the page: driving it from the bench (waitForSelector, then evaluate) adds the
 * harness's own round trips, 150–300 ms while DuckDB's wasm compiles on both cores, to a figure
 * that is about the app.
 */

/** ms from the paint to the click: the fast end of human visual reaction times. */
export const REACTION_MS = 150;

/** Arm the page before `page.goto`; `view` is the route's view name, `control` a CSS selector. */
export async function armFirstChange(page, view, control) {
  await page.addInitScript(
    ([view, control, REACTION_MS]) => {
      const out = (window.__cgFirstChange = { clickAt: null, paintedAt: null, duckdb: null });
      let armed = true;
      const status = () => document.querySelector('[data-testid="scope-status"]');
      const idle = () =>
        [...document.querySelectorAll('[data-view]')].every((v) => v.getAttribute('aria-busy') === 'false');
      const ready = () =>
        document.querySelector(`[data-view="${view}"][aria-busy="false"]`) &&
        document.querySelector(control) &&
        status();
      const fire = () => {
        const before = status().textContent;
        const frame = () => {
          if (status().textContent !== before && idle())
            setTimeout(() => {
              out.paintedAt = performance.now();
              out.duckdb = performance.getEntriesByName('cg:duckdb-ready').length > 0;
            }, 0);
          else requestAnimationFrame(frame);
        };
        out.clickAt = performance.now();
        document.querySelector(control).click();
        requestAnimationFrame(frame);
      };
      const mo = new MutationObserver(() => {
        if (armed && ready()) {
          armed = false;
          mo.disconnect();
          // After the frame that paints the idle view and a human reaction time: a user cannot
          // click what is not on screen, and reacts to what is no sooner than ~150 ms.
          requestAnimationFrame(() => setTimeout(fire, REACTION_MS));
        }
      });
      mo.observe(document, { subtree: true, childList: true, attributes: true });
    },
    [view, control, REACTION_MS],
  );
}

/** Wait for the armed change and return { interactive, change, beforeDuckdb } in ms. */
export async function firstChangeResult(page) {
  await page.waitForFunction(() => window.__cgFirstChange?.paintedAt != null, null, { timeout: 60_000 });
  const r = await page.evaluate(() => window.__cgFirstChange);
  return { interactive: r.paintedAt, change: r.paintedAt - r.clickAt, beforeDuckdb: !r.duckdb };
}
