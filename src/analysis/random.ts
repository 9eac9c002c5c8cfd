/**
 * Seeded pseudo-random numbers. Every random choice in analysis/ (k-means seeding, power
 * iteration start vectors) draws from here so the same input and seed always give the same
 * picture: a shared link must show the same clusters to everyone who opens it.
 */

/**
 * mulberry32: a 32-bit-state generator, fast and statistically adequate for seeding
 * clustering; not for anything security-related.
 * @param seed any number; only its low 32 bits are used
 * @returns a function returning floats in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
