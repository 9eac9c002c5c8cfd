/**
 * Turn a user's file bytes into text, naming the encoding, or refuse with a rule. Detected:
 * UTF-8 (with or without byte-order mark), UTF-16 LE/BE (byte-order mark, or the zero-byte
 * pattern of mostly-ASCII text), and Windows-1252 / Latin-1 for bytes that are not UTF-8.
 * Pure (TextDecoder only), so the import worker and the tests run the same code.
 */

/** Encodings the import reads. */
export type TextEncodingName =
  'UTF-8' | 'UTF-8 with byte-order mark' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252 (Latin-1)';

/** Outcome of {@link decodeBytes}. */
export type Decoded =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; rule: 'encoding' | 'binary'; detail: string };

// Bytes Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252 text.
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function decode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Which byte positions hold the zeros of UTF-16 text without a byte-order mark (null: not UTF-16-like). */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Decode file bytes; refuses binary files and bytes no supported encoding can read. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let result: { text: string | null; encoding: TextEncodingName };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result = { text: decode('utf-8', bytes.subarray(3)), encoding: 'UTF-8 with byte-order mark' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = { text: decode('utf-16le', bytes.subarray(2)), encoding: 'UTF-16LE' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = { text: decode('utf-16be', bytes.subarray(2)), encoding: 'UTF-16BE' };
  } else if (bytes.includes(0)) {
    const guess = utf16Guess(bytes);
    if (!guess) return { ok: false, rule: 'binary', detail: 'contains zero bytes: it is not a text (CSV) file' };
    result = { text: decode(guess, bytes), encoding: guess === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
  } else {
    const utf8 = decode('utf-8', bytes);
    if (utf8 !== null) {
      result = { text: utf8, encoding: 'UTF-8' };
    } else {
      const at = bytes.findIndex((b) => UNDEFINED_1252.has(b));
      if (at >= 0)
        return {
          ok: false,
          rule: 'encoding',
          detail: `is neither UTF-8 nor Windows-1252 (Latin-1) text: byte 0x${bytes[at].toString(16)} at offset ${at}. Save it as UTF-8 CSV`,
        };
      result = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252 (Latin-1)' };
    }
  }
  if (result.text === null)
    return {
      ok: false,
      rule: 'encoding',
      detail: `starts like ${result.encoding} but is not valid ${result.encoding} text. Save it as UTF-8 CSV`,
    };
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(result.text);
  if (control) {
    const line = countLines(result.text, control.index);
    return {
      ok: false,
      rule: 'binary',
      detail: `contains control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} on line ${line}: it is not a text (CSV) file`,
    };
  }
  return { ok: true, text: result.text, encoding: result.encoding };
}

/** 1-based physical line of a character offset (CRLF, LF and lone CR each end a line). */
export function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
