/**
 * Colours of the four measure statuses, lowest first: ColorBrewer BrBG (colour-blind safe,
 * readable in greyscale), so "none" and "implemented" sit at opposite ends and "no answer" keeps
 * the maps' hatched grey.
 */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  none: '#a6611a',
  planned: '#dfc27d',
  partial: '#80cdc1',
  implemented: '#018571',
};

/** Status names as shown to people. */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  none: 'None',
  planned: 'Planned',
  partial: 'Partial',
  implemented: 'Implemented',
};
