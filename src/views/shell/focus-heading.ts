/**
 * After an in-app navigation, move keyboard and screen-reader focus to the new view's heading
 * (WCAG 2.4.3): otherwise focus stays on the nav link and the new page is never announced.
 * Views load lazily and render their heading a moment later, so wait (up to `timeoutMs`) for it.
 */
export function focusViewHeading(view: string, timeoutMs = 3000): () => void {
  let stopped = false;
  const started = performance.now();
  const tick = () => {
    if (stopped) return;
    const root = document.querySelector<HTMLElement>(`[data-view="${CSS.escape(view)}"]`);
    const heading = root?.querySelector<HTMLElement>('h1') ?? null;
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
      return;
    }
    if (performance.now() - started < timeoutMs) requestAnimationFrame(tick);
    else document.getElementById('main')?.focus();
  };
  requestAnimationFrame(tick);
  return () => {
    stopped = true;
  };
}

/** The document title for a view: "<view label> — Common Ground". */
export function viewTitle(label: string, detail?: string | null): string {
  return `${detail ? `${detail} · ` : ''}${label} — Common Ground`;
}

/**
 * Escape closes the open disclosure or popup (`<details>`) that holds keyboard focus and puts
 * focus back on its summary (WCAG 2.1.2): one handler for every dropdown in the app.
 */
export function closeDetailsOnEscape(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  const active = document.activeElement;
  const details = active instanceof Element ? active.closest('details[open]') : null;
  if (!(details instanceof HTMLDetailsElement)) return;
  e.preventDefault();
  details.open = false;
  details.querySelector('summary')?.focus();
}
