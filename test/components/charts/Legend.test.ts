import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import Legend from '../../../src/charts/Legend.svelte';
import type { LegendSpec } from '../../../src/charts/map-types';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

function render(spec: LegendSpec) {
  app = mount(Legend, { target: document.body, props: { spec } });
  flushSync();
}

describe('Legend', () => {
  it('renders categorical entries with their colours and a no-data swatch', () => {
    render({
      kind: 'categorical',
      label: 'Stance',
      entries: [
        { label: 'Supports', color: '#5e3c99' },
        { label: 'Qualified', color: '#b2abd2' },
        { label: 'Opposes', color: '#e66101' },
      ],
      missingLabel: 'Silent',
    });
    const entries = [...document.querySelectorAll('[data-legend-entry]')].map((e) => e.textContent?.trim());
    expect(entries).toEqual(['Supports', 'Qualified', 'Opposes', 'Silent']);
    expect(document.querySelector('li rect')!.getAttribute('fill')).toBe('#5e3c99');
    expect(document.querySelector('.missing svg > rect')!.getAttribute('fill')).toMatch(/^url\(#.+-nodata\)$/);
  });

  it('renders a sequential gradient with min and max labels', () => {
    render({
      kind: 'sequential',
      label: 'Support share',
      domain: [0, 1],
      colors: ['#ffffcc', '#41b6c4', '#0c2c84'],
      missingLabel: 'No answer',
      format: 'percent',
    });
    expect(document.querySelectorAll('stop')).toHaveLength(3);
    expect(document.querySelector('stop:last-child')!.getAttribute('offset')).toBe('1');
    expect(document.querySelector('.ends')!.textContent).toBe('0%100%');
    expect(document.body.textContent).toContain('Support share');
    expect(document.body.textContent).toContain('No answer');
  });
});
