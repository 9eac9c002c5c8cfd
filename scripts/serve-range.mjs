/**
 * The Range header as RFC 9110 §14 defines it, for one byte range. Returns the inclusive byte
 * span to send, 'unsatisfiable' (→ 416), or null to ignore the header and send the whole file
 * (no header, another unit, a syntax error, or several ranges — a server may always answer those
 * with 200).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | null}
 */
export function parseRange(header, size) {
  if (!header) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    // suffix-range: the last N bytes (all of them when N ≥ size); N = 0 cannot be satisfied
    const n = Number(m[2]);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  if (m[2] !== '' && Number(m[2]) < start) return null; // invalid range-spec: ignored
  if (start >= size) return 'unsatisfiable';
  const last = m[2] === '' ? size - 1 : Number(m[2]);
  return { start, end: Math.min(last, size - 1) };
}
