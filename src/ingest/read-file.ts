import type { Diagnostic } from '../model/diagnostic.js';
import { decodeTranscriptBytes } from './encoding.js';
import type { TextEncoding } from '../model/transcript.js';
import { describeFsError } from '../text/fs-error.js';
import type { TranscriptFile } from '../model/transcript.js';
import { DEFAULT_MAX_FILE_SIZE, readRegularFileSync, roundSizeUp, type FileRefusal } from './read-bounded.js';
import type { SourceText } from '../model/transcript.js';
import { sha256 } from '../text/sha256.js';

/**
 * Read and decode one transcript; a file that cannot be used gives a diagnostic instead: one that
 * cannot be read, is not a regular file (a FIFO, a device) or is larger than `file.maxBytes`.
 */
export async function readSourceText(file: TranscriptFile, encoding: TextEncoding = 'utf-8'): Promise<SourceText | Diagnostic> {
  const bytes = await readTranscriptBytes(file);
  return Buffer.isBuffer(bytes) ? decodeSource(file, bytes, encoding) : bytes;
}

/** A transcript's bytes, within `file.maxBytes`; a file that cannot be read or is not a regular file gives a diagnostic. */
export async function readTranscriptBytes(file: TranscriptFile): Promise<Buffer | Diagnostic> {
  return readTranscriptBytesSync(file);
}

/** readTranscriptBytes, in one go on this thread (as worker threads read). */
export function readTranscriptBytesSync(file: TranscriptFile): Buffer | Diagnostic {
  let bytes: Buffer | FileRefusal;
  try {
    bytes = readRegularFileSync(file.absolute, file.maxBytes ?? DEFAULT_MAX_FILE_SIZE);
  } catch (error) {
    return problem(file, `cannot read file: ${describeFsError(error)}`, 'unreadable-file');
  }
  if (!Buffer.isBuffer(bytes)) {
    const hint = bytes.ruleId === 'file-too-large' ? ` (raise the limit with --max-file-size ${roundSizeUp(bytes.size)})` : '';
    return problem(file, `${bytes.reason}; skipped${hint}`, bytes.ruleId);
  }
  return bytes;
}

/**
 * Decode file bytes as text: UTF-8, or UTF-16 with a byte-order mark (offsets then count in the
 * decoded text, as for UTF-8), or Windows-1252 when `encoding` asks for it. Binary files, UTF-16
 * without a byte-order mark, UTF-32 and invalid UTF-8 are refused with what to do. `hash`: the
 * bytes' hash when the caller has it already.
 */
export function decodeSource(
  file: TranscriptFile,
  bytes: Uint8Array,
  encoding: TextEncoding = 'utf-8',
  hash = sha256(bytes),
): SourceText | Diagnostic {
  const decoded = decodeTranscriptBytes(bytes, file.display, encoding);
  if ('reason' in decoded) return decoded;
  return { file, text: decoded.text, sha256: hash };
}

function problem(file: TranscriptFile, reason: string, ruleId: string): Diagnostic {
  return { file: file.display, severity: 'warning', reason, ruleId };
}
