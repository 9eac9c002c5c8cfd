import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import type { Topology } from 'topojson-specification';
import WorldMap from '../../../src/charts/WorldMap.svelte';
import { joinWorld, m49Id, worldGeometry } from '../../../src/charts/world-geometry';
import { statesData, worldTopology } from './map-fixtures';

let topology: Topology;
let app: ReturnType<typeof mount> | null = null;
beforeAll(() => {
  topology = worldTopology();
});
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

function render(props: Partial<Parameters<typeof WorldMap>[1]> = {}) {
  const onselect = vi.fn();
  app = mount(WorldMap, {
    target: document.body,
    props: { data: statesData(), topology, title: 'Test world', onselect, ...props },
  });
  flushSync();
  return { onselect, shape: (iso3: string) => document.querySelector(`path[data-iso3="${iso3}"]`)! };
}

describe('WorldMap', () => {
  it('draws a path for every state joined on M49 and none for the rest', () => {
    const data = statesData();
    const ids = new Set((topology.objects.countries as { geometries: { id?: string }[] }).geometries.map((g) => g.id));
    const joinable = data.filter((d) => ids.has(m49Id(d.m49)));
    expect(joinable.length).toBe(194); // Tuvalu has no outline in countries-50m
    render({ data });
    const paths = document.querySelectorAll('path[data-iso3]');
    expect(paths).toHaveLength(joinable.length);
    expect(document.querySelector('path[data-iso3="TUV"]')).toBeNull();
    expect(document.querySelectorAll('path[data-in-scope="true"]')).toHaveLength(
      joinable.filter((d) => d.inScope).length,
    );
    expect(document.querySelector('path[data-iso3="FRA"]')!.getAttribute('d')).toMatch(/^M[\d.-]/);
  });

  it('reports how many in-scope states are too small to draw', () => {
    const data = statesData().map((d) => ({ ...d, inScope: true }));
    const expected = joinWorld(worldGeometry(topology), data).tooSmall;
    expect(expected.map((d) => d.iso3)).toEqual(expect.arrayContaining(['TUV', 'NRU', 'VAT', 'MCO']));
    expect(expected.map((d) => d.iso3)).not.toContain('FRA');
    render({ data });
    const note = document.querySelector('[data-not-drawn]')!;
    expect(Number(note.getAttribute('data-not-drawn'))).toBe(expected.length);
    expect(note.textContent).toContain(`${expected.length} states too small to draw: see tile grid`);
  });

  it('selects on click and shows the tooltip on hover', () => {
    const { onselect, shape } = render({ selected: 'BRA' });
    shape('IND').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onselect).toHaveBeenCalledWith('IND');
    shape('IND').dispatchEvent(new MouseEvent('mouseenter', { clientX: 5, clientY: 5 }));
    flushSync();
    expect(document.querySelector('[data-testid="map-tooltip"]')?.textContent).toContain('India');
    expect(shape('BRA').getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelectorAll('.selected path')).toHaveLength(2);
  });

  it('leaves non-state land as plain background', () => {
    render();
    expect(document.querySelectorAll('.other-land path').length).toBeGreaterThan(0);
    expect(document.querySelector('.other-land [data-iso3]')).toBeNull();
  });
});
