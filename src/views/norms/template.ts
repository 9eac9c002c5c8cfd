import { SURVEY_COLUMNS } from '../../validate/specs/survey';

/**
 * The CSV template a delegation or analyst fills in (documented in data/survey/DATA.md). Its two
 * example rows are marked illustrative, so a template imported unchanged is hidden by the
 * "illustrative data" switch and can never pass for a State's answer.
 */
export function templateCsv(): string {
  const example = (item: string, status: string, challenges: string) =>
    ['FRA', '2025', 'norms', item, status, challenges, 'no', 'yes', 'EXAMPLE ROW: replace with your own answers, then delete this row', 'illustrative', 'https://example.org/your-source'].join(',');
  return [SURVEY_COLUMNS.join(','), example('g', 'implemented', ''), example('j', 'partial', 'technical_expertise;funding')].join('\r\n') + '\r\n';
}

/** Offer text as a file download (a blob URL: no request leaves the browser). */
export function downloadText(filename: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
