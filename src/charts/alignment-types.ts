/** One state on the opinion map, as the view hands it to `OpinionScatter`. */
export interface ScatterPoint {
  iso3: string;
  name: string;
  /** first principal axis */
  x: number;
  /** second principal axis */
  y: number;
  /** CSS colour from the chosen overlay */
  color: string;
  /** tooltip lines, first in bold */
  lines: string[];
}
