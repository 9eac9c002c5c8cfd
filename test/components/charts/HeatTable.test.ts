import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import HeatTable from '../../../src/charts/HeatTable.svelte';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

describe('HeatTable', () => {
  it('is a real table with one cell per row × column, hatched when empty, and reports clicks', () => {
    const picked: string[] = [];
    app = mount(HeatTable, {
      target: document.body,
      props: {
        caption: 'Medians',
        corner: 'Group',
        rows: [
          { id: 'A', label: 'Group A' },
          { id: 'B', label: 'Group B' },
        ],
        columns: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y', sub: '0–20' },
        ],
        cells: {
          'A|x': { fill: '#440154', text: '1.5', sub: 'n 3', title: 'A x' },
          'A|y': { fill: null, text: '—', sub: 'n 0', title: 'A y none' },
          'B|x': { fill: '#fde725', text: '19', title: 'B x' },
        },
        selectedColumn: 'y',
        onselect: (col: string, row: string | null) => picked.push(`${col}/${row}`),
      },
    });
    flushSync();
    expect(document.querySelector('caption')!.textContent).toBe('Medians');
    expect([...document.querySelectorAll('tbody th')].map((t) => t.textContent)).toEqual(['Group A', 'Group B']);
    const ax = document.querySelector<HTMLElement>('td[data-row="A"][data-col="x"]')!;
    expect(ax.querySelector('.val')!.textContent).toBe('1.5');
    expect(ax.style.color).toMatch(/^(#ffffff|rgb\(255, 255, 255\))$/); // white on dark purple
    expect(document.querySelector<HTMLElement>('td[data-row="A"][data-col="y"]')!.style.background).toMatch(
      /repeating-linear-gradient/,
    );
    expect(document.querySelector('td[data-row="B"][data-col="y"] button')).toBeNull();
    expect(document.querySelector('thead button[data-col="y"]')!.getAttribute('aria-pressed')).toBe('true');
    ax.querySelector('button')!.click();
    document.querySelector<HTMLButtonElement>('thead button[data-col="y"]')!.click();
    expect(picked).toEqual(['x/A', 'y/null']);
  });
});
