/** Dates of the UN process as the data writes them: never completed, "not confirmed" when absent. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-12-07` → `7 Dec 2026`; `2020-10` → `Oct 2020` (month only); `2022` stays. */
export function showDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y!;
  const mon = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${mon} ${y}` : `${mon} ${y} (month only)`;
}

/** An event's dates in words: a range, one day, a month, or "date not confirmed". */
export function showRange(start: string | null, end: string | null): string {
  if (!start && !end) return 'date not confirmed';
  if (!start) return `${showDate(end!)} (start date not confirmed)`;
  if (!end || end === start) return showDate(start);
  return `${showDate(start)} – ${showDate(end)}`;
}

/** Today as YYYY-MM-DD (UTC), or the `today` URL parameter when it is a valid date (reproducible links). */
export function todayOf(param: string | undefined): string {
  if (param && /^\d{4}-\d{2}-\d{2}$/.test(param) && !Number.isNaN(Date.parse(`${param}T00:00:00Z`))) return param;
  return new Date().toISOString().slice(0, 10);
}
