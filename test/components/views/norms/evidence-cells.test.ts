import { describe, expect, it } from 'vitest';
import { evidenceCells } from '../../../../src/views/norms/evidence-cells';
import { RUNG_COLORS, RUNG_TEXT } from '../../../../src/charts/rung-colors';

describe('Norms evidence matrix cells (DOM-built)', () => {
  it('one cell per norm: the rung as text, "*" for imported evidence, its words in the title, rung 0 hatched', () => {
    const s = {
      iso3: 'XYZ',
      name: 'Xanadu <i>',
      unGroup: null,
      region: 'Europe',
      inOrg: false,
      rungs: [0, 3, 4],
      imported: [false, true, false],
      measures: [false, true, false],
    };
    const tds = evidenceCells(s, ['a', 'b', 'c']);
    expect(tds.map((td) => td.textContent)).toEqual(['0', '3*', '4']);
    expect(tds.map((td) => td.title)).toEqual([
      'Xanadu <i>, norm a: no evidence',
      'Xanadu <i>, norm b: measure in place (includes evidence imported by you)',
      'Xanadu <i>, norm c: self-reported implementation',
    ]);
    expect(tds.map((td) => td.className)).toEqual(['none', '', '']);
    expect(tds.every((td) => td.getAttribute('role') === 'cell' && td.children.length === 0)).toBe(true);
    // the colours are the rung palette's, background and ink
    const probe = document.createElement('td');
    probe.style.background = RUNG_COLORS[3];
    probe.style.color = RUNG_TEXT[3];
    expect([tds[1].style.background, tds[1].style.color]).toEqual([probe.style.background, probe.style.color]);
  });
});
