/** Words and number formats shared by the Alignment view's parts. */

/** Roll-call tracks in words (a dashboard grouping, not a UN category: see DATA.md). */
export const TRACK_LABELS: Record<string, string> = {
  oewg: 'OEWG track (Russian-led)',
  gge: 'GGE track (US-led)',
  poa: 'Programme of Action (France-led)',
  joint: 'Joint (Russia and US)',
  global_mechanism: 'Global Mechanism (OEWG final report)',
  cybercrime: 'Cybercrime (related)',
};

/** Short track names for tight spaces. */
export const TRACK_SHORT: Record<string, string> = {
  oewg: 'OEWG',
  gge: 'GGE',
  poa: 'PoA',
  joint: 'joint',
  global_mechanism: 'GM',
  cybercrime: 'cybercrime',
};

/** Vote letters in words. */
export const VOTE_WORDS: Record<string, string> = { Y: 'Yes', N: 'No', A: 'Abstain', X: 'absent' };

/** 0.834 → "83%"; a number with fixed decimals (the app's shared formats). */
export { pct, num } from '../../vocab/format';

/** p-values as readers expect them: "< 0.001" below a thousandth. */
export function pValue(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}
