/**
 * The register of proposed new or updated norms (norm_proposals, proposal_backers), with which
 * backers are states in scope, and — when the debate table exists — states' stances on new norms.
 */
import { withScope, type StateFilter } from './filter';

/** Every proposal with its related UN norm (only where the row names one) and its source's strength. */
export function proposalsSql(): string {
  return `SELECT p.proposal_id, p.title, p.summary_own_words, p.proposed_by, p.supported_by, p.forum, p.year, p.status,
  p.related_norm_id, n.short_title AS related_norm_title, p.source_url, p.source_id, s.strength AS source_strength
FROM norm_proposals p LEFT JOIN norms n ON n.norm_id = p.related_norm_id LEFT JOIN sources s ON s.source_id = p.source_id
ORDER BY p.year NULLS LAST, p.proposal_id`;
}

/** Row type of `proposalsSql`. */
export interface ProposalRow {
  proposal_id: string;
  title: string;
  summary_own_words: string;
  proposed_by: string;
  supported_by: string | null;
  forum: string;
  year: number | null;
  status: string;
  related_norm_id: string | null;
  related_norm_title: string | null;
  source_url: string;
  source_id: string;
  source_strength: string | null;
}

/** Every named backer, with the state's UN name and whether it is in the filter's scope. */
export function backersSql(f: StateFilter): string {
  return withScope(
    f,
    `SELECT b.proposal_id, b.role, b.position, b.actor, b.iso3, b.is_state, b.note, st.name AS state_name,
  coalesce(b.iso3 IN (SELECT iso3 FROM scope), false) AS in_scope
FROM proposal_backers b LEFT JOIN states st ON st.iso3 = b.iso3
ORDER BY b.proposal_id, b.role DESC, b.position`,
  );
}

/** Every named backer with the state's UN name, no scope: `backersSql`'s rows before `in_scope` (desk-facts.ts). */
export function backerFactsSql(): string {
  return `SELECT b.proposal_id, b.role, b.position, b.actor, b.iso3, b.is_state, b.note, st.name AS state_name
FROM proposal_backers b LEFT JOIN states st ON st.iso3 = b.iso3
ORDER BY b.proposal_id, b.role DESC, b.position`;
}

/** Row type of `backerFactsSql`. */
export type BackerFactRow = Omit<BackerRow, 'in_scope'>;

/** Row type of `backersSql`. */
export interface BackerRow {
  proposal_id: string;
  role: 'proposer' | 'supporter';
  position: number;
  actor: string;
  iso3: string | null;
  is_state: boolean;
  note: string | null;
  state_name: string | null;
  in_scope: boolean;
}

/** Debate questions about new norms in the `statements` table (from the positions work). */
export const NEW_NORM_QUESTIONS = ['new_norms', 'binding_instrument', 'norms_sufficient'] as const;

/**
 * Stances on developing new norms from the debate data, for states in scope. Only run when the
 * `statements` table exists (tableExistsSql); group actors are kept as they are.
 */
export function newNormStancesSql(f: StateFilter): string {
  return withScope(
    f,
    `SELECT t.actor_id, t.actor_name, t.question_id, t.stance, t.year, t.source_url, t.evidence_note,
  t.ai_summary, t.actor_id IN (SELECT iso3 FROM scope) AS in_scope
FROM statements t WHERE t.question_id IN ('new_norms', 'binding_instrument', 'norms_sufficient')
ORDER BY t.question_id, t.stance, t.actor_name`,
  );
}

/** Every stance on new norms, no scope: `newNormStancesSql`'s rows before `in_scope` (desk-facts.ts). */
export function newNormStanceFactsSql(): string {
  return `SELECT t.actor_id, t.actor_name, t.question_id, t.stance, t.year, t.source_url, t.evidence_note, t.ai_summary
FROM statements t WHERE t.question_id IN ('new_norms', 'binding_instrument', 'norms_sufficient')
ORDER BY t.question_id, t.stance, t.actor_name`;
}

/** Row type of `newNormStanceFactsSql`. */
export type NewNormStanceFactRow = Omit<NewNormStanceRow, 'in_scope'>;

/** Row type of `newNormStancesSql`. */
export interface NewNormStanceRow {
  actor_id: string;
  actor_name: string;
  question_id: string;
  stance: string;
  year: number | null;
  source_url: string;
  evidence_note: string | null;
  /** the statement is known only from an AI-generated session summary (derivative) */
  ai_summary: boolean;
  in_scope: boolean;
}
