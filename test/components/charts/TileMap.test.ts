import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import TileMap from '../../../src/charts/TileMap.svelte';
import { statesData } from './map-fixtures';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

function render(props: Partial<Parameters<typeof TileMap>[1]> = {}) {
  const onselect = vi.fn();
  app = mount(TileMap, {
    target: document.body,
    props: { data: statesData(), title: 'Test tiles', onselect, ...props },
  });
  flushSync();
  return { onselect, tile: (iso3: string) => document.querySelector(`rect[data-iso3="${iso3}"]`)! };
}

describe('TileMap', () => {
  it('draws one tile per state and marks the in-scope ones', () => {
    const data = statesData();
    render({ data });
    expect(document.querySelectorAll('rect[data-iso3]')).toHaveLength(195);
    const inScope = data.filter((d) => d.inScope).length;
    expect(inScope).toBeLessThan(195);
    expect(document.querySelectorAll('[data-in-scope="true"]')).toHaveLength(inScope);
    expect(document.querySelectorAll('[data-in-scope="false"]')).toHaveLength(195 - inScope);
    expect(document.querySelector('svg')!.getAttribute('aria-label')).toBe('Test tiles');
  });

  it('fills no-value states with the hatch pattern and labels tiles with iso3', () => {
    const { tile } = render();
    const afg = tile('AFG'); // first row of states.csv: no value in the fixture
    expect(afg.getAttribute('fill')).toMatch(/^url\(#.+-nodata\)$/);
    expect(tile('AGO').getAttribute('fill')).toBe('#3b528b');
    expect(afg.parentElement!.querySelector('text')!.textContent).toBe('AFG');
  });

  it('calls onselect with the iso3 on click and on Enter', () => {
    const { onselect, tile } = render();
    tile('FJI').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onselect).toHaveBeenCalledWith('FJI');
    tile('KEN').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onselect).toHaveBeenLastCalledWith('KEN');
  });

  it('shows the tooltip with name and value on mouseenter, and hides it on mouseleave', () => {
    const { tile } = render();
    tile('TUV').dispatchEvent(new MouseEvent('mouseenter', { clientX: 10, clientY: 10 }));
    flushSync();
    const tip = document.querySelector('[data-testid="map-tooltip"]');
    expect(tip?.textContent).toContain('Tuvalu');
    expect(tip?.textContent).toMatch(/value \d+|No data/);
    tile('TUV').dispatchEvent(new MouseEvent('mouseleave'));
    flushSync();
    expect(document.querySelector('[data-testid="map-tooltip"]')).toBeNull();
  });

  it('outlines the selected state and has exactly one tab stop, on the selection', () => {
    const { tile } = render({ selected: 'BRA' });
    expect(document.querySelector('.selected-ring')).not.toBeNull();
    expect(tile('BRA').getAttribute('aria-pressed')).toBe('true');
    const stops = [...document.querySelectorAll('rect[data-iso3]')].filter((r) => r.getAttribute('tabindex') === '0');
    expect(stops.map((r) => r.getAttribute('data-iso3'))).toEqual(['BRA']);
  });

  it('moves focus with the arrow keys', () => {
    const { tile } = render();
    (tile('DEU') as SVGElement).focus();
    tile('DEU').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    flushSync();
    expect(document.activeElement?.getAttribute('data-iso3')).toBe('CZE');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
  });
});
