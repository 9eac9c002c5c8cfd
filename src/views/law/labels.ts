import type { Stance } from '../../analysis/ordinal';
import type { LawQuestionRow } from '../../queries/law';

/** Stances in display order (strongest agreement first). */
export const STANCES: Stance[] = ['supports', 'qualified', 'opposes'];

/** Stance names as the coding uses them. */
export const STANCE_LABEL: Record<Stance, string> = {
  supports: 'Supports',
  qualified: 'Qualified',
  opposes: 'Opposes',
};

/** What a stance means on this question (from il_questions). */
export function stanceMeaning(q: LawQuestionRow, s: Stance): string {
  return s === 'supports' ? q.supports_means : s === 'qualified' ? q.qualified_means : q.opposes_means;
}

/** How strong a source is, in words, with the badge kind used to flag it. */
export interface StrengthInfo {
  label: string;
  description: string;
  /** weak sources (news, machine-made copies) carry a warning badge */
  kind: 'info' | 'warn';
}

const STRENGTH: Record<string, StrengthInfo> = {
  state_text: {
    label: "State's own text",
    description: 'The actor’s own document or statement (or an official copy).',
    kind: 'info',
  },
  official: { label: 'Official record', description: 'An official UN or government record.', kind: 'info' },
  toolkit: {
    label: 'CCDCOE toolkit',
    description: 'The NATO CCDCOE International cyber law toolkit’s reading of the position.',
    kind: 'info',
  },
  analysis: {
    label: 'Expert analysis',
    description: 'An expert analysis or commentary (Tier 2 in DATA.md).',
    kind: 'info',
  },
  secondary: {
    label: 'News or secondary report',
    description: 'A news item, law-firm note or abstract: treat as secondary.',
    kind: 'warn',
  },
  derivative: {
    label: 'Derivative or machine-made copy',
    description: 'A mirror, machine translation or AI-made summary (Tier 3): re-check against the primary text.',
    kind: 'warn',
  },
};

/** Words for a `source_strength` value; unknown values are shown as they are, flagged. */
export function strengthInfo(strength: string | null): StrengthInfo {
  if (strength === null)
    return { label: 'Unknown source strength', description: 'No strength recorded.', kind: 'warn' };
  return STRENGTH[strength] ?? { label: strength, description: 'Source strength as recorded.', kind: 'warn' };
}

export { safeHref } from '../../ui/safe-href';

/** Host name of a link for a compact label; the link itself when it does not parse. */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return href;
  }
}
