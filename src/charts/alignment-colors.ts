/**
 * Colours of the Alignment view's charts. Clusters use ColorBrewer Dark2 so they never read as
 * the Okabe–Ito UN-group colours; agreement uses viridis (0–1, like every sequential scale in
 * the app) and κ a diverging purple–orange scale centred on 0 (chance agreement).
 */
import { color, interpolatePuOr, interpolateViridis, schemeDark2 } from 'd3';

/** One colour per data-driven cluster (k ≤ 5). */
export const CLUSTER_COLORS: readonly string[] = schemeDark2.slice(0, 5);

/** Colour of organisation members / non-members on the opinion map. */
export const MEMBER_COLORS = { member: '#0072B2', other: '#d0d0d0' } as const;

/** Lookup table of 256 RGB triplets over a domain, so 37,000 cells cost 37,000 array reads. */
export interface ColorRamp {
  domain: [number, number];
  /** 256 × 3 bytes */
  rgb: Uint8ClampedArray;
  /** the same colours as CSS, for legends */
  css: (v: number) => string;
}

/**
 * The agreement or κ ramp.
 * @param domain [0, 1] for agreement, [−1, 1] for κ (diverging)
 */
export function agreementRamp(domain: [number, number]): ColorRamp {
  const diverging = domain[0] < 0;
  // PuOr runs orange → purple; reversed so high agreement is purple-dark like viridis' far end.
  const interp = diverging ? (t: number) => interpolatePuOr(1 - t) : interpolateViridis;
  const rgb = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const c = color(interp(i / 255))?.rgb();
    rgb[i * 3] = c?.r ?? 0;
    rgb[i * 3 + 1] = c?.g ?? 0;
    rgb[i * 3 + 2] = c?.b ?? 0;
  }
  const t = (v: number) => Math.min(1, Math.max(0, (v - domain[0]) / (domain[1] - domain[0])));
  return { domain, rgb, css: (v: number) => interp(t(v)) };
}

/**
 * Index into a ramp's table for value v (clamped to the domain).
 * @param ramp the ramp
 * @param v the value
 */
export function rampIndex(ramp: ColorRamp, v: number): number {
  const [lo, hi] = ramp.domain;
  return Math.round(Math.min(1, Math.max(0, (v - lo) / (hi - lo))) * 255);
}
