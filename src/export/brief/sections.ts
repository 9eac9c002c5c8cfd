/** Words the page, the print header, the Markdown and the DOCX share, so they never drift apart. */
import type { Brief } from './types';

/** The running header of every printed page: focus, audience, date, data version. */
export function runningHeader(b: Brief): string {
  return `${b.title.replace(/^Brief: /, '')}${b.audience ? ` · for ${b.audience.name}` : ''} · ${b.date} · data ${b.dataVersion}${b.illustrative ? ' · ILLUSTRATIVE — NOT STATE DATA' : ''}`;
}

/** Heading of the audience's own record. */
export const recordTitle = (b: Brief): string => `${b.audience?.name ?? ''}'s own record`;
