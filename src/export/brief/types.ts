/** The brief as data: built once by build.ts, rendered by the view and by markdown.ts. */
import type { Focus } from './focus';

/** A numbered footnote pointing at a source. */
export interface Footnote {
  n: number;
  sourceId: string;
  title: string;
  url: string | null;
  publisher: string | null;
  strength: string | null;
  /** the document is on a weak host (thread reader, aggregator, mirror, machine copy) or a site root */
  weak?: boolean;
  /** how many rows behind the brief's statements cite it */
  rows: number;
}

/** One generated statement with its footnote numbers. */
export interface Statement {
  text: string;
  cites: number[];
}

/** A key figure (coverage comes first). */
export interface KeyFigure {
  label: string;
  value: string;
  note: string;
}

/** Answer distribution of one group on one item, for the group chart and its table. */
export interface GroupBar {
  group: string;
  /** counts per level, lowest level first */
  counts: number[];
  silent: number;
  supportShare: number | null;
}

/** One item's consensus figures, for the item chart and its table. */
export interface ItemBar {
  key: string;
  label: string;
  answered: number;
  inScope: number;
  consensus: number | null;
  supportShare: number | null;
  /** the caveat the item's rows carry: illustrative, roll call inferred, inferred, weak source */
  flag: string | null;
}

/** A ranked counterpart for the allies and opponents tables. */
export interface Counterpart {
  iso3: string;
  name: string;
  agreement: number;
  joint: number;
  /** the counterpart's answer on the focus item, when there is one */
  onFocus: string | null;
}

/** The finished brief. */
export interface Brief {
  focus: Focus;
  title: string;
  /** the question in plain words */
  question: string;
  scopeText: string;
  /** ISO3 of the states in scope (for the download of the rows behind the brief) */
  scopeIso3: string[];
  audience: { iso3: string; name: string; group: string | null } | null;
  date: string;
  dataVersion: string;
  builtAt: string;
  keyFigures: KeyFigure[];
  consensus: Statement[];
  audienceSection: Statement[];
  allies: { basis: string; allies: Counterpart[]; opponents: Counterpart[] }[];
  alliesNote: Statement[];
  capacity: Statement[];
  /** stacked answers per UN regional group for a one-item focus */
  groupChart: { item: string; levels: string[]; bars: GroupBar[] } | null;
  /** consensus per item for a many-item focus */
  itemChart: ItemBar[] | null;
  caveats: string[];
  method: string[];
  footnotes: Footnote[];
}
