import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import NeedOffer from '../../../../src/views/capacity/NeedOffer.svelte';
import type { NeedOfferRow } from '../../../../src/queries/capacity-survey';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

function render(props: { rows: NeedOfferRow[]; available: boolean; hidingIllustrative: boolean }) {
  app = mount(NeedOffer, {
    target: document.body,
    props: { ...props, groups: ['African', 'WEOG'], by: 'group' as const },
  });
  flushSync();
}
const row = (grp: string, area: string, need: number, offer: number, illustrative: number): NeedOfferRow => ({
  grp,
  area,
  states: 10,
  need,
  need_answered: 9,
  offer,
  offer_answered: 8,
  illustrative,
  year_min: 2021,
  year_max: 2025,
});

describe('NeedOffer', () => {
  it('says plainly when the build has no survey table', () => {
    render({ rows: [], available: false, hidingIllustrative: false });
    expect(document.querySelector('[data-testid="no-survey"]')!.textContent).toMatch(/^No survey data in this build\./);
    expect(document.querySelector('table')).toBeNull();
  });

  it('says why when illustrative rows are hidden', () => {
    render({ rows: [], available: true, hidingIllustrative: true });
    expect(document.querySelector('[data-testid="no-survey"]')!.textContent).toMatch(
      /^No survey data for the states in scope with illustrative data hidden\./,
    );
  });

  it('shows both sides and badges illustrative answers', () => {
    render({
      rows: [row('African', 'technical', 7, 2, 10), row('WEOG', 'legal', 1, 6, 0)],
      available: true,
      hidingIllustrative: false,
    });
    const cell = document.querySelector('td[data-group="African"][data-area="technical"]')!;
    expect(cell.textContent).toMatch(/7 need.*2 offer.*gap \+5 · 10 resp\./s);
    expect(document.querySelector('td[data-group="WEOG"][data-area="legal"]')!.textContent).toMatch(/gap -5/);
    // 10 of the 20 answers counted are illustrative: the badge says so, and the list item badges it
    // (issue 11: every illustrative badge carries the stamp ILLUSTRATIVE — NOT STATE DATA).
    expect(document.querySelector('.note .badge.illustrative')!.textContent).toBe(
      'ILLUSTRATIVE — NOT STATE DATA · 10 of 20 answers illustrative',
    );
    const items = [...document.querySelectorAll('[data-testid="need-offer-list"] li')];
    expect(items[0].textContent).toMatch(
      /^Technical: 7 of the 10 responding African Group states report a need; 2 offer support \(gap \+5\)\.\s*ILLUSTRATIVE — NOT STATE DATA$/,
    );
    expect(items[1].querySelector('.badge')).toBeNull();
  });
});
