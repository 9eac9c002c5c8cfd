/**
 * Text colour for a coloured background by WCAG 2 contrast ratio (relative luminance), not by
 * perceived lightness: mid-tone fills such as viridis teal need black text to reach 4.5:1.
 */
import { rgb } from 'd3';

// Pure black: with any lighter "near-black" some mid-tones reach 4.5:1 with neither colour.
const DARK = '#000000';
const LIGHT = '#ffffff';

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a CSS colour (0 black … 1 white). */
export function luminance(color: string): number {
  const c = rgb(color);
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio of two CSS colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Near-black or white, whichever contrasts more with `fill`. */
export function textOn(fill: string): string {
  return contrastRatio(fill, DARK) >= contrastRatio(fill, LIGHT) ? DARK : LIGHT;
}
