import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import DotDistribution from '../../../src/charts/DotDistribution.svelte';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

describe('DotDistribution', () => {
  it('draws every dot, marks those under the threshold, names them and reports a click', () => {
    const picked: string[] = [];
    app = mount(DotDistribution, {
      target: document.body,
      props: {
        rows: [
          {
            id: 'A',
            label: 'Group A',
            dots: [
              { id: 'AAA', label: 'Aland', value: 4 },
              { id: 'BBB', label: 'Bland', value: 4 },
              { id: 'CCC', label: 'Cland', value: 15 },
            ],
            q1: 4,
            median: 4,
            q3: 9.5,
          },
          { id: 'B', label: 'Group B', dots: [], q1: null, median: null, q3: null },
        ],
        max: 20,
        threshold: 10,
        benchmark: 20,
        title: 'Legal by group',
        selected: 'CCC',
        onselect: (id: string) => picked.push(id),
      },
    });
    flushSync();
    const dots = [...document.querySelectorAll('circle[data-id]')];
    expect(dots.map((d) => d.getAttribute('data-id'))).toEqual(['AAA', 'BBB', 'CCC']);
    expect(dots.map((d) => d.getAttribute('data-under'))).toEqual(['true', 'true', null]);
    expect(dots.map((d) => d.getAttribute('aria-label'))).toEqual([
      'Aland: 4 of 20',
      'Bland: 4 of 20',
      'Cland: 15 of 20',
    ]);
    // equal scores are stacked, not hidden behind each other
    expect(dots[0].getAttribute('cy')).not.toBe(dots[1].getAttribute('cy'));
    expect(dots[2].getAttribute('aria-pressed')).toBe('true');
    // one tab stop: the selected dot
    expect(dots.map((d) => d.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    expect(document.querySelectorAll('rect.iqr').length).toBe(1); // the empty group has no box
    (dots[1] as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(picked).toEqual(['BBB']);
  });
});
