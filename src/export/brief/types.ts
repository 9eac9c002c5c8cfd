/** The brief as data: built once by build.ts, rendered by the view and by markdown.ts. */
import type { AlignmentBlock } from './alignment';
import type { DocRef } from './doc';
import type { EvidenceBlock } from './evidence';
import type { Focus } from './focus';
import type { PositionsBlock } from './positions';

/** A numbered footnote: one document. */
export interface Footnote extends DocRef {
  n: number;
  /** how many rows behind the brief's statements cite it */
  rows: number;
}

/** One generated statement with its footnote numbers. */
export interface Statement {
  text: string;
  cites: number[];
  /** identities of the rows behind it (what its footnotes stand for) */
  rows?: string[];
}

/** A key figure (coverage comes first). */
export interface KeyFigure {
  label: string;
  value: string;
  note: string;
}

/** One group's split on an item (defined with the measures, analysis/answer-measures.ts). */
import type { GroupBar } from '../../analysis/answer-measures';
export type { GroupBar };

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
  /** what the brief rests on, for page 1 */
  dataBasis: string;
  /** generated (illustrative) rows are used: every page is stamped */
  illustrative: boolean;
  keyFigures: KeyFigure[];
  /** the audience's own record (empty without an audience) */
  record: Statement[];
  /** who said what on the focus question */
  positions: PositionsBlock | null;
  /** cited evidence on the focus norm */
  evidence: EvidenceBlock | null;
  consensus: Statement[];
  alignment: AlignmentBlock | null;
  capacity: Statement[];
  /** stacked answers per UN regional group for a one-item focus */
  groupChart: { item: string; levels: string[]; bars: GroupBar[] } | null;
  /** consensus per item for a many-item focus */
  itemChart: ItemBar[] | null;
  caveats: string[];
  method: string[];
  footnotes: Footnote[];
}
