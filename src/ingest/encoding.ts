import type { Diagnostic } from '../model/diagnostic.js';
import { createLocator } from '../text/locate.js';
import type { TextEncoding } from '../model/transcript.js';

/** The values `--encoding` accepts, in the order help lists them. */
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'windows-1252'];

/** Names people type for the encodings (`cp1252`, `latin1`, `ansi`): the TextDecoder labels and Windows' own. */
const ENCODING_NAMES: Readonly<Record<string, TextEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  ansi: 'windows-1252',
  // WHATWG decodes latin1 and iso-8859-1 as windows-1252, as browsers do: the two differ only in C1 controls.
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/** Read the value of `--encoding`; null when it names no supported encoding. */
export function parseEncoding(value: string): TextEncoding | null {
  return ENCODING_NAMES[value.trim().toLowerCase()] ?? null;
}

/** Decoded text, without a byte-order mark. */
export interface DecodedText {
  readonly text: string;
  /** What the bytes were read as. */
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Decode a transcript's bytes. A byte-order mark decides first (UTF-8, UTF-16 LE or BE, as Notepad
 * and Word write "Unicode" text); without one the bytes are `encoding`. UTF-8 is strict: invalid
 * bytes give a warning with their place that says to save as UTF-8, never a silent replacement
 * character (the messages are decodeSource's in read-file.ts; once `--encoding` is wired, the
 * UTF-8 one can name it). Windows-1252 maps every byte, so it is only used when asked for.
 */
export function decodeTranscriptBytes(bytes: Uint8Array, file: string, encoding: TextEncoding = 'utf-8'): DecodedText | Diagnostic {
  const unicode = detectUnicode(bytes);
  if (unicode === 'utf-32') return warning(file, 'UTF-32 text; save the file as UTF-8', 'unsupported-encoding');
  if (unicode === 'utf-16') return warning(file, 'UTF-16 text without a byte-order mark; save the file as UTF-8', 'unsupported-encoding');
  if (unicode === 'utf-16le' || unicode === 'utf-16be') {
    const name = unicode.toUpperCase();
    if ((bytes.length - 2) % 2 !== 0)
      return warning(
        file,
        `${name} text (by its byte-order mark) with an odd number of bytes: the file is cut short; save it again`,
        'invalid-utf16',
      );
    let text: string;
    try {
      text = new TextDecoder(unicode, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return warning(
        file,
        `${name} text (by its byte-order mark) holds an unpaired surrogate; save the file again as UTF-8`,
        'invalid-utf16',
      );
    }
    if (text.includes('\0')) return warning(file, 'binary file (a NUL character), not a text transcript', 'binary-file');
    return { text, encoding: unicode };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return warning(file, `binary file (a NUL byte at byte ${nul}), not a text transcript`, 'binary-file');
  if (encoding === 'windows-1252' && !hasUtf8Mark(bytes)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return invalidUtf8(bytes, file);
  }
}

/** Windows-1252 bytes 0x80-0x9f (the five it leaves undefined stay C1 controls, as in the WHATWG table). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decode Windows-1252. Node 20's TextDecoder('windows-1252') reads 0x80-0x9f as C1 controls
 * (ISO-8859-1), which would turn Word's curly quotes and dashes into invisible characters, so those
 * 32 bytes are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

function hasUtf8Mark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * UTF-16 (little or big endian) by its byte-order mark; `utf-16` for text that looks like UTF-16
 * without one (every other byte NUL in its first 4 KB, never two in a row); `utf-32` by its mark;
 * null otherwise.
 */
function detectUnicode(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-16' | 'utf-32' | null {
  const [first, second, third, fourth] = bytes;
  if (
    (first === 0xff && second === 0xfe && third === 0 && fourth === 0) ||
    (first === 0 && second === 0 && third === 0xfe && fourth === 0xff)
  )
    return 'utf-32';
  if (first === 0xff && second === 0xfe) return 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  const pairs = Math.min(bytes.length, 4096) >> 1;
  let even = 0;
  let odd = 0;
  for (let pair = 0; pair < pairs; pair++) {
    const zeroEven = bytes[2 * pair] === 0;
    const zeroOdd = bytes[2 * pair + 1] === 0;
    // Two NUL bytes in a row are U+0000, which no text holds: binary.
    if (zeroEven && zeroOdd) return null;
    if (zeroEven) even++;
    if (zeroOdd) odd++;
  }
  const most = Math.max(even, odd);
  return pairs >= 8 && most >= pairs * 0.3 && Math.min(even, odd) <= most * 0.05 ? 'utf-16' : null;
}

function invalidUtf8(bytes: Uint8Array, file: string): Diagnostic {
  const at = firstInvalidUtf8(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
  return {
    file,
    place: createLocator(before).point(before.length),
    severity: 'warning',
    reason: `invalid UTF-8 at byte ${at}; save the file as UTF-8, or read it with --encoding windows-1252 if it is Windows text`,
    ruleId: 'invalid-utf8',
  };
}

function warning(file: string, reason: string, ruleId: string): Diagnostic {
  return { file, severity: 'warning', reason, ruleId };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) {
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    }
    const second = bytes[index + 1] ?? 0;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return index;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return index;
    index += length;
  }
  return bytes.length;
}
