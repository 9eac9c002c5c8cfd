import { NON_STATE_ACTOR_CODES } from './specs/process';

/** One actor named in a proposed_by / supported_by cell of norm_proposals.csv. */
export interface Backer {
  /** ISO3 code, organisation code, or the cell's words when it names no codes. */
  actor: string;
  /** True for an ISO3 code (checked against states.csv by the dataset rule). */
  isCode: boolean;
  /** Parenthetical after the code list, e.g. "co-chairs of the CRI Policy Pillar". */
  note: string;
}

// A code list: upper-case tokens joined by ';', optionally followed by one parenthetical.
const CODE_LIST = /^([A-Z]+(?:;[A-Z]+)*)(?: \((.*)\))?$/;

/**
 * Splits a backer cell as process/DATA.md describes it: ISO3 codes joined by ';' where the actors
 * are states, otherwise words. The build's SQL (scripts/build-data/tables/process.ts) uses the same
 * pattern, and the SQL test compares the two.
 */
export function parseBackers(cell: string): Backer[] {
  const text = cell.trim();
  if (text === '') return [];
  const m = CODE_LIST.exec(text);
  if (!m) return [{ actor: text, isCode: false, note: '' }];
  return m[1]!.split(';').map((actor) => ({ actor, isCode: true, note: m[2] ?? '' }));
}

/** True when an upper-case token names a state rather than a listed organisation. */
export function isStateToken(token: string): boolean {
  return !NON_STATE_ACTOR_CODES.has(token);
}
