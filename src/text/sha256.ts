import { createHash } from 'node:crypto';

/** The sha256 of a text (as UTF-8) or of bytes, in hex: how files, codebooks and cache entries are identified. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
