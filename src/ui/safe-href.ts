/**
 * The first http(s) address in a source cell, or null. Source fields may list several
 * addresses with notes; only an address found this way is ever rendered as an href, so a
 * `javascript:` or other scheme from data can never become a link.
 */
export function safeHref(text: string | null | undefined): string | null {
  return text?.match(/https?:\/\/[^\s;]+/i)?.[0] ?? null;
}
