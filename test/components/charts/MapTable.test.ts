import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import MapTable from '../../../src/charts/MapTable.svelte';
import { statesData } from './map-fixtures';

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

describe('MapTable', () => {
  it('lists in-scope states sorted by name in a collapsed details element', () => {
    const data = statesData();
    app = mount(MapTable, { target: document.body, props: { data, caption: 'Support', valueHeader: 'Share' } });
    flushSync();
    const details = document.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Show as table');
    expect(document.querySelectorAll('tbody th')).toHaveLength(0); // not built while closed
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
    const names = [...document.querySelectorAll('tbody th')].map((th) => th.textContent!);
    const inScope = data.filter((d) => d.inScope);
    expect(names).toHaveLength(inScope.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(document.querySelector('caption')!.textContent).toBe(`Support (${inScope.length} states in scope)`);
    expect(document.querySelector('thead')!.textContent).toContain('Share');
  });
});
