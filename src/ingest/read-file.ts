import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model.js';
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

/** Decode file bytes as UTF-8 text, rejecting binary files and invalid UTF-8 with their place. */
export function decodeSource(file: TranscriptFile, bytes: Uint8Array): SourceText | Diagnostic {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
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
    const lines = before.split('\n');
    return {
      file: file.display,
      place: { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: before.length },
      severity: 'warning',
      reason: `invalid UTF-8 at byte ${at}; save the file as UTF-8`,
      ruleId: 'invalid-utf8',
    };
  }
  return { file, text, sha256 };
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
