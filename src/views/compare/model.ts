/**
 * The comparison as data: for each item (a roll call, a legal question, a norm) the answer of
 * each compared state and whether those that answered agree. Pure, so the summary and its
 * tests do not need the DOM.
 */

import { compareUrl } from './params';

/** Which table an item belongs to. */
export type CompareSection = 'votes' | 'law' | 'norms';

/** One row of a comparison table. */
export interface CompareItem {
  section: CompareSection;
  /** stable id, also the row's DOM id (letters, digits and dashes only) */
  rowId: string;
  /** key in the data (resolution_id, question_id, norm_id) */
  key: string;
  label: string;
  /** answer per compared state, in the order of the states; null = no answer */
  answers: (string | null)[];
  /** the row carries a caveat (inferred roll call, illustrative survey, inferred or weak stance) */
  flagged: boolean;
}

/** Agreement status of one item among the states that answered. */
export type ItemStatus = 'agree' | 'differ' | 'thin';

/** `agree` when at least two answered and all the same, `differ` when two answers differ, else `thin`. */
export function itemStatus(item: CompareItem): ItemStatus {
  const given = item.answers.filter((a): a is string => a !== null);
  if (given.length < 2) return 'thin';
  return given.every((a) => a === given[0]) ? 'agree' : 'differ';
}

/** True when every compared state answered the item. */
export function allAnswered(item: CompareItem): boolean {
  return item.answers.every((a) => a !== null);
}

/** A DOM-safe row id from a section and a data key. */
export function rowId(section: CompareSection, key: string): string {
  return `cmp-${section}-${key.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** Parse `states=FRA|DEU|USA` into distinct ISO3 codes, in the order given. */
export function parseStates(param: string | undefined): string[] {
  return compareUrl.read({ states: param }).states;
}
