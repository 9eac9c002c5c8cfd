import { describe, expect, it } from 'vitest';
import { interpolateViridis } from 'd3';
import { contrastRatio, luminance, textOn } from '../../../src/charts/contrast';

describe('contrast', () => {
  it('computes WCAG luminance and ratios', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    // #777777: channel 119/255 = 0.4667 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845; (1.05)/(0.2345) = 4.478
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.478, 2);
  });

  it('picks the text colour reaching AA (4.5:1) on every viridis colour', () => {
    expect(textOn('#21918c')).toBe('#000000'); // viridis teal: white would be ~3.9:1
    expect(textOn('#440154')).toBe('#ffffff');
    for (let i = 0; i <= 100; i++) {
      const fill = interpolateViridis(i / 100);
      expect(contrastRatio(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
