import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/** How much an archive may inflate to; what would pass a limit is not read (a zip bomb stays a warning). */
export interface ZipLimits {
  /** Largest size of one entry, in bytes after inflating. */
  readonly maxEntryBytes: number;
  /** Largest size of all entries read together. */
  readonly maxTotalBytes: number;
}

/** Limits that hold any real project text (a .qde of a large project is tens of megabytes). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 256 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };

/** The entries read from an archive and what could not be read. */
export interface ZipContents {
  /** Every entry name in the archive, in archive order. */
  readonly names: readonly string[];
  /** The wanted entries that were read whole. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Why a wanted entry was not read, by entry name. */
  readonly skipped: ReadonlyMap<string, string>;
  /** Why the archive could not be read to its end, or null. */
  readonly damage: string | null;
}

// Inflating one pushed chunk can grow it about a thousandfold: small chunks keep the overshoot small.
const CHUNK_BYTES = 16 * 1024;

/** Read the entries `wanted` selects, inflating chunk by chunk and stopping at the limits; a string when the bytes are not a zip. */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ZipContents | string {
  if (!hasZipSignature(bytes)) return 'not a zip archive (a .qdpx file is a zip holding project.qde)';
  const names: string[] = [];
  const files = new Map<string, Uint8Array>();
  const skipped = new Map<string, string>();
  let damage: string | null = null;
  let total = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    names.push(file.name);
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stopped = false;
    file.ondata = (error, chunk, final) => {
      if (stopped) return;
      if (error) {
        stopped = true;
        skipped.set(file.name, `cannot be inflated (${error.message})`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) {
        stopped = true;
        chunks.length = 0;
        file.terminate();
        const limit = size > limits.maxEntryBytes ? `${limits.maxEntryBytes} bytes for one file` : `${limits.maxTotalBytes} bytes in all`;
        skipped.set(file.name, `inflates to more than ${limit}; not read (a damaged or crafted archive?)`);
        return;
      }
      chunks.push(chunk);
      if (final) files.set(file.name, concatenate(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
      unzip.push(bytes.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= bytes.length);
    }
  } catch (error) {
    damage = `the archive is damaged (${error instanceof Error ? error.message : String(error)}); read what came before the damage`;
  }
  return { names, files, skipped, damage };
}

/** A local file header or an empty archive's end record at the start. */
function hasZipSignature(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6);
}

function concatenate(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const result = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
