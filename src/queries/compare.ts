/**
 * Side-by-side rows for any number of states: every legal question and roll call is listed for
 * every compared state (NULL where it has no answer), so the view can tell silence from
 * disagreement.
 */
import { litList } from './sql';
import type { GciScoreRow } from './capacity';

const listed = (iso3s: readonly string[]) => (iso3s.length ? litList(iso3s) : "('')");

/** Names and groups of the compared states. */
export function compareStatesSql(iso3s: readonly string[]): string {
  return `SELECT iso3, name, un_regional_group AS un_group, m49_region AS region, un_member
FROM states WHERE iso3 IN ${listed(iso3s)}`;
}

/** Row type of `compareStatesSql`. */
export interface CompareStateRow {
  iso3: string;
  name: string;
  un_group: string | null;
  region: string;
  un_member: boolean;
}

/** Each compared state's stance on each legal question (question × state, stance NULL = silent). */
export function comparePositionsSql(iso3s: readonly string[]): string {
  return `SELECT q.question_id, q.short_title, q.sort_order, s.iso3, p.stance, p.inferred, p.source_strength, p.source_id, p.source_url
FROM il_questions q CROSS JOIN (SELECT iso3 FROM states WHERE iso3 IN ${listed(iso3s)}) s
LEFT JOIN actors a ON a.iso3 = s.iso3
LEFT JOIN il_positions p ON p.actor_id = a.actor_id AND p.question_id = q.question_id
ORDER BY q.sort_order, s.iso3`;
}

/** Row type of `comparePositionsSql`. */
export interface ComparePositionRow {
  question_id: string;
  short_title: string;
  sort_order: number;
  iso3: string;
  stance: 'supports' | 'qualified' | 'opposes' | null;
  inferred: boolean | null;
  source_strength: string | null;
  source_id: string | null;
  source_url: string | null;
}

/** Each compared state's vote on each roll call, roll calls in date order. */
export function compareVotesSql(iso3s: readonly string[]): string {
  return `SELECT v.resolution_id, r.short_label, strftime(r.date, '%Y-%m-%d') AS date, v.iso3, v.vote, v.identification, v.source_id
FROM votes v JOIN resolutions r USING (resolution_id)
WHERE v.iso3 IN ${listed(iso3s)}
ORDER BY r.date, v.resolution_id, v.iso3`;
}

/** Row type of `compareVotesSql`. */
export interface CompareVoteRow {
  resolution_id: string;
  short_label: string;
  date: string;
  iso3: string;
  vote: 'Y' | 'N' | 'A' | 'X';
  identification: 'confirmed' | 'inferred';
  source_id: string;
}

/** GCI 2020 scores of the compared states (long format; missing stays NULL). */
export function compareCapacitySql(iso3s: readonly string[]): string {
  return `SELECT iso3, pillar, score, max_score, withheld, source_id FROM capacity_scores
WHERE edition = 2020 AND iso3 IN ${listed(iso3s)} ORDER BY pillar, iso3`;
}

/** Row type of `compareCapacitySql`. */
export type CompareCapacityRow = GciScoreRow;
