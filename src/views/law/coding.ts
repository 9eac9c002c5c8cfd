/**
 * Words for a missing stance. An actor that has published a position (a known document, or a
 * coded stance on another question) and has no stance on this question is "not coded yet": the
 * coding has not reached it. Only an actor with nothing published is "silent".
 */
export type MissingKind = 'not_coded' | 'silent' | 'no_statement';

/** Per actor: known position documents (M) and those its coded stances rest on (N). */
export interface DocumentCoverage {
  documents: number;
  used: number;
}

/** Whether a missing stance of an actor is "not coded yet" or "silent". */
export function missingKind(coverage: DocumentCoverage | undefined, positions: number): MissingKind {
  return (coverage?.documents ?? 0) > 0 || positions > 0 ? 'not_coded' : 'silent';
}

/**
 * Label of a missing stance. In the debates set a missing row only means that no statement of
 * the actor on the question was found and coded (statements DATA.md): neither kind above.
 */
export const MISSING_LABEL: Record<MissingKind, string> = {
  not_coded: 'not coded yet',
  silent: 'silent',
  no_statement: 'no statement coded',
};

/** "coded from 1 of 2 known documents", or null when no document is known. */
export function codedFrom(coverage: DocumentCoverage | undefined): string | null {
  if (!coverage || coverage.documents === 0) return null;
  return `coded from ${coverage.used} of ${coverage.documents} known document${coverage.documents === 1 ? '' : 's'}`;
}
