import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** The default most bytes of a transcript: 50 MB (`--max-file-size`). */
export const DEFAULT_MAX_FILE_SIZE = 50_000_000;
/** The most bytes of a codebook: no real codebook comes near it. */
export const MAX_CODEBOOK_SIZE = 10_000_000;

/** Why a file is not read: not a regular file, or larger than allowed (`size` in bytes, at least). */
export interface FileRefusal {
  readonly reason: string;
  readonly ruleId: 'not-a-file' | 'file-too-large';
  readonly size: number;
}

/** readRegularFileSync, as a promise (for callers that read among other asynchronous work). */
export async function readRegularFile(absolute: string, maxBytes: number): Promise<Buffer | FileRefusal> {
  return readRegularFileSync(absolute, maxBytes);
}

/**
 * Read a regular file of at most `maxBytes` bytes. Anything else is refused before a byte is
 * read: the file is opened without blocking (a FIFO with no writer would wait forever) and
 * checked by its handle; a file whose size is unknown (0, as in /proc) is read only up to the
 * limit. File system errors (no such file, permission denied) are thrown as they come. Read in
 * one go, without the round trips of asynchronous reads: transcripts are read on worker threads.
 */
export function readRegularFileSync(absolute: string, maxBytes: number): Buffer | FileRefusal {
  const fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    const refusal = refuseStats(info, maxBytes);
    if (refusal) return refusal;
    return info.size > 0 ? readKnownSize(fd, info.size) : readUntilEnd(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** Read the `size` bytes that fstat promised (as readFile does; the size is within the limit). */
function readKnownSize(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, buffer, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

/** Read a file whose size fstat does not know (such as /proc files), stopping past the limit. */
function readUntilEnd(fd: number, maxBytes: number): Buffer | FileRefusal {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(1 << 16, maxBytes + 1 - total));
    const read = readSync(fd, buffer, 0, buffer.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(buffer.subarray(0, read));
    total += read;
    if (total > maxBytes)
      return { reason: `too large: more than the limit of ${formatSize(maxBytes)}`, ruleId: 'file-too-large', size: total };
  }
}

/** Why a file with these stats is not read, or null when it can be. */
export function refuseStats(info: Stats, maxBytes: number): FileRefusal | null {
  if (!info.isFile()) return { reason: `${describeKind(info)}, not a regular file`, ruleId: 'not-a-file', size: 0 };
  if (info.size > maxBytes)
    return {
      reason: `too large: ${formatSize(info.size)}, more than the limit of ${formatSize(maxBytes)}`,
      ruleId: 'file-too-large',
      size: info.size,
    };
  return null;
}

/** What a file that is not a regular file is, in words. */
export function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device (such as /dev/zero)';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

/** A size in bytes as people write it: 50 MB, 1.5 GB, 800 kB (powers of 1000). */
export function formatSize(bytes: number): string {
  for (const [unit, factor] of [
    ['GB', 1e9],
    ['MB', 1e6],
    ['kB', 1e3],
  ] as const) {
    if (bytes >= factor) return `${Number((bytes / factor).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** The smallest round size at least `bytes`, as a --max-file-size value: 3kB, 211MB. */
export function roundSizeUp(bytes: number): string {
  for (const [unit, factor] of [
    ['GB', 1e9],
    ['MB', 1e6],
    ['kB', 1e3],
  ] as const) {
    if (bytes >= factor) return `${Math.ceil(bytes / factor)}${unit}`;
  }
  return String(bytes);
}

/** Parse a size such as `50MB`, `200 kB`, `1.5GB` or `1000000` (bytes) into bytes; null when it is none of these. */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(text);
  if (!match) return null;
  const factor = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 }[(match[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  const bytes = Math.floor(Number(match[1]) * factor);
  return bytes > 0 ? bytes : null;
}
