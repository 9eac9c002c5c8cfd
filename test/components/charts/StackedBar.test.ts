import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import StackedBar from '../../../src/charts/StackedBar.svelte';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

function render(props: { parts: { label: string; value: number; color: string }[]; missing?: number; title: string }) {
  app = mount(StackedBar, { target: document.body, props });
  flushSync();
}

describe('StackedBar', () => {
  it('draws parts as shares of the total with the missing part hatched, and names every count', () => {
    render({
      parts: [
        { label: 'None', value: 2, color: '#a6611a' },
        { label: 'Planned', value: 0, color: '#dfc27d' },
        { label: 'Implemented', value: 5, color: '#018571' },
      ],
      missing: 3,
      title: 'Norm g',
    });
    const rects = [...document.querySelectorAll('svg.bar > rect')];
    // 2 / 10, 5 / 10, 3 / 10 of 100 units; the empty level draws nothing
    expect(rects.map((r) => [r.getAttribute('x'), r.getAttribute('width')])).toEqual([
      ['0', '20'],
      ['20', '50'],
      ['70', '30'],
    ]);
    expect(rects[0].getAttribute('fill')).toBe('#a6611a');
    expect(rects[2].getAttribute('fill')).toMatch(/^url\(#.+-nd\)$/);
    expect(document.querySelector('svg.bar')!.getAttribute('aria-label')).toBe(
      'Norm g: None 2, Planned 0, Implemented 5, no answer 3',
    );
  });

  it('with no answers at all draws one hatched bar, not an empty or zero one', () => {
    render({ parts: [{ label: 'None', value: 0, color: '#a6611a' }], title: 'Norm b' });
    const rects = [...document.querySelectorAll('svg.bar > rect')];
    expect(rects).toHaveLength(1);
    expect(rects[0].getAttribute('width')).toBe('100');
    expect(rects[0].getAttribute('fill')).toMatch(/^url\(#.+-nd\)$/);
  });
});
