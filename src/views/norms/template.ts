import { IMPORT_KINDS } from '../../validate/import-kinds';

/**
 * The CSV template a delegation or analyst fills in (documented in data/survey/DATA.md). Its two
 * example rows are marked illustrative, so a template imported unchanged is hidden by the
 * "illustrative data" switch and can never pass for a State's answer.
 */
export function templateCsv(): string {
  return IMPORT_KINDS.survey.template();
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
