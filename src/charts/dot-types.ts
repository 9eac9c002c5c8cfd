/** One dot of a `DotDistribution`. Views build these; the chart only reads them. */
export interface Dot {
  id: string;
  label: string;
  value: number;
}

/** One group row of a `DotDistribution`, with its quartiles (null when it has no dot). */
export interface DotRow {
  id: string;
  label: string;
  /** second line under the label, e.g. "n = 53 · 1 missing" */
  sub?: string;
  dots: Dot[];
  q1: number | null;
  median: number | null;
  q3: number | null;
}
