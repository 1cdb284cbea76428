import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model.js';
import { createLocator } from '../text/locate.js';
import { describeFsError, type TranscriptFile } from './list-files.js';
import { DEFAULT_MAX_FILE_SIZE, readRegularFile, roundSizeUp, type FileRefusal } from './read-bounded.js';

/** A transcript's text as read from disk. */
export interface SourceText {
  readonly file: TranscriptFile;
  /** Decoded UTF-8, without a byte-order mark; line endings as in the file. */
  readonly text: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
}

/**
 * Read and decode one transcript; a file that cannot be used gives a diagnostic instead: one that
 * cannot be read, is not a regular file (a FIFO, a device) or is larger than `file.maxBytes`.
 */
export async function readSourceText(file: TranscriptFile): Promise<SourceText | Diagnostic> {
  let bytes: Buffer | FileRefusal;
  try {
    bytes = await readRegularFile(file.absolute, file.maxBytes ?? DEFAULT_MAX_FILE_SIZE);
  } catch (error) {
    return problem(file, `cannot read file: ${describeFsError(error)}`, 'unreadable-file');
  }
  if (!Buffer.isBuffer(bytes)) {
    const hint = bytes.ruleId === 'file-too-large' ? ` (raise the limit with --max-file-size ${roundSizeUp(bytes.size)})` : '';
    return problem(file, `${bytes.reason}; skipped${hint}`, bytes.ruleId);
  }
  return decodeSource(file, bytes);
}

/**
 * Decode file bytes as text: UTF-8, or UTF-16 with a byte-order mark (offsets then count in the
 * decoded text, as for UTF-8). Binary files, UTF-16 without a byte-order mark, UTF-32 and invalid
 * UTF-8 are refused with what to do.
 */
export function decodeSource(file: TranscriptFile, bytes: Uint8Array): SourceText | Diagnostic {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const unicode = detectUtf16(bytes);
  if (unicode === 'utf-32') return problem(file, 'UTF-32 text; save the file as UTF-8', 'unsupported-encoding');
  if (unicode === 'utf-16') return problem(file, 'UTF-16 text without a byte-order mark; save the file as UTF-8', 'unsupported-encoding');
  if (unicode !== null) {
    let text: string;
    try {
      text = new TextDecoder(unicode, { fatal: true }).decode(bytes);
    } catch {
      return problem(file, `invalid ${unicode.toUpperCase()} (an unpaired surrogate or an odd number of bytes); save the file as UTF-8`, 'invalid-utf16');
    }
    if (text.includes('\0')) return problem(file, 'binary file (a NUL character), not a text transcript', 'binary-file');
    return { file, text, sha256 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return problem(file, `binary file (a NUL byte at byte ${nul}), not a text transcript`, 'binary-file');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    return {
      file: file.display,
      place: createLocator(before).point(before.length),
      severity: 'warning',
      reason: `invalid UTF-8 at byte ${at}; save the file as UTF-8`,
      ruleId: 'invalid-utf8',
    };
  }
  return { file, text, sha256 };
}

/**
 * UTF-16 (little or big endian) by its byte-order mark; `utf-16` for text that looks like UTF-16
 * without one (every other byte NUL in its first 4 KB, never two in a row); `utf-32` by its mark;
 * null otherwise.
 */
function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-16' | 'utf-32' | null {
  const [first, second, third, fourth] = bytes;
  if ((first === 0xff && second === 0xfe && third === 0 && fourth === 0) || (first === 0 && second === 0 && third === 0xfe && fourth === 0xff)) return 'utf-32';
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

function problem(file: TranscriptFile, reason: string, ruleId: string): Diagnostic {
  return { file: file.display, severity: 'warning', reason, ruleId };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
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
