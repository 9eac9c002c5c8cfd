import { describe, expect, it } from 'vitest';
import { rowCells } from '../../../src/ui/row-cells';

const tds = (...texts: string[]) =>
  texts.map((t) => {
    const td = document.createElement('td');
    td.textContent = t;
    return td;
  });

describe('rowCells', () => {
  it('appends the built cells after the row head, keeps them while the key holds, replaces them when it changes', () => {
    const tr = document.createElement('tr');
    tr.append(document.createElement('th'));
    const cells = rowCells();
    let builds = 0;
    const run = (key: string, ...texts: string[]) =>
      cells(
        () => key,
        () => {
          builds++;
          return tds(...texts);
        },
      )(tr);
    run('k1', 'a', 'b');
    const first = [...tr.children];
    expect(first.map((c) => c.textContent)).toEqual(['', 'a', 'b']);
    run('k1', 'x', 'y'); // same key: nothing is built, the nodes stay
    expect(builds).toBe(1);
    expect([...tr.children]).toEqual(first);
    run('k2', 'c', 'd', 'e');
    expect(builds).toBe(2);
    expect([...tr.children].map((c) => c.textContent)).toEqual(['', 'c', 'd', 'e']);
    expect(tr.children[0]).toBe(first[0]); // the row head is not touched
  });
});
