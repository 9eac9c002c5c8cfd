/** Colours and words for answer levels in the brief's charts (stances, survey statuses, votes). */
export const LEVEL_COLORS: Record<string, string> = {
  supports: '#1b7837',
  qualified: '#dfc27d',
  opposes: '#762a83',
  implemented: '#1b7837',
  partial: '#7fbf7b',
  planned: '#c2a5cf',
  none: '#762a83',
  Y: '#1b7837',
  A: '#c2a5cf',
  N: '#762a83',
};

export const LEVEL_LABELS: Record<string, string> = {
  supports: 'supports',
  qualified: 'qualified',
  opposes: 'opposes',
  implemented: 'implemented',
  partial: 'partial',
  planned: 'planned',
  none: 'none',
  Y: 'yes',
  A: 'abstain',
  N: 'no',
};
