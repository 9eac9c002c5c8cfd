/** One state as a map draws it. Views build these; charts only read them. */
export interface MapDatum {
  iso3: string;
  /** UN M49 code without leading zeros (as in states.csv); the geographic map joins on it. */
  m49: number;
  /** Display name: the UN name (states.name). */
  name: string;
  /** CSS colour for the state's value; `null` = no value (drawn with the hatched no-data pattern). */
  fill: string | null;
  /** The value as text, for the tooltip, accessible name and table (e.g. "0.82", "Supports", "No data"). */
  valueLabel: string;
  /** False when the global filter excludes the state: drawn faint but kept, so the map keeps its shape. */
  inScope: boolean;
}

/** What every map form (tile grid, world map) takes: the states, the selection and a name. */
export interface MapProps {
  /** One entry per state; `fill: null` = no value. */
  data: MapDatum[];
  /** iso3 of the selected state, outlined. */
  selected?: string | null;
  /** Called with the iso3 of a clicked state (or Enter / Space on a focused one). */
  onselect?: (iso3: string) => void;
  /** Accessible name of the map. */
  title: string;
}

/** One swatch of a categorical legend. */
export interface LegendEntry {
  label: string;
  color: string;
}

/** A legend for discrete values (stances, votes, clusters). */
export interface CategoricalLegend {
  kind: 'categorical';
  /** Optional heading shown before the swatches. */
  label?: string;
  entries: LegendEntry[];
  /** Label for the no-data swatch; omit to hide it. */
  missingLabel?: string;
}

/** A legend for a continuous value: a gradient over evenly spaced colour stops. */
export interface SequentialLegend {
  kind: 'sequential';
  label: string;
  domain: [min: number, max: number];
  /** A few colour stops, low to high (e.g. from `sequentialStops()`); evenly spaced over `domain`. */
  colors: string[];
  missingLabel: string;
  /**
   * How the min and max labels are written: 'number' (d3.format('~g'), the default), 'percent'
   * (0.25 → "25%"), or a function.
   */
  format?: 'number' | 'percent' | ((value: number) => string);
}

/** What a `Legend` draws. */
export type LegendSpec = CategoricalLegend | SequentialLegend;
