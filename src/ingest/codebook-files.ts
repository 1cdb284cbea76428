import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../model/diagnostic.js';
import type { CodebookSource } from '../model/codebook.js';
import { compareNatural } from '../text/natural-compare.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';
import { MAX_CODEBOOK_SIZE, readRegularFile, type FileRefusal } from './read-bounded.js';
import { sha256 } from '../text/sha256.js';

/** The folder of codebooks shipped in the package. */
export const SHIPPED_CODEBOOKS = fileURLToPath(new URL('../../codebooks/', import.meta.url));

/** The codebook used when no --codebook is given. */
export const DEFAULT_CODEBOOK = 'scp-gezien-gehoord-geholpen';

/** True when a --codebook value names a shipped codebook rather than a file. */
export function isCodebookName(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** Ids of the shipped codebooks, sorted. */
export async function listShippedCodebooks(): Promise<string[]> {
  const names = await readdir(SHIPPED_CODEBOOKS);
  return names
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort(compareNatural);
}

/** Read a codebook by path, or by name from the shipped codebooks. */
export async function readCodebookSource(value: string, cwd: string): Promise<CodebookSource> {
  if (isCodebookName(value)) {
    const shipped = await listShippedCodebooks();
    if (!shipped.includes(value)) {
      throw new UserError(`unknown codebook "${value}"; shipped codebooks: ${shipped.join(', ')} (or give a path to a .yaml file)`);
    }
    return readSource(path.join(SHIPPED_CODEBOOKS, `${value}.yaml`), `codebooks/${value}.yaml`);
  }
  const absolute = path.resolve(cwd, value);
  return readSource(absolute, displayPath(absolute, cwd));
}

async function readSource(absolute: string, file: string): Promise<CodebookSource> {
  let bytes: Buffer | FileRefusal;
  try {
    bytes = await readRegularFile(absolute, MAX_CODEBOOK_SIZE);
  } catch (error) {
    throw new UserError(`${file}: cannot read codebook: ${describeFsError(error)}`);
  }
  if (!Buffer.isBuffer(bytes)) throw new UserError(`${file}: cannot read codebook: ${bytes.reason}`);
  const hash = sha256(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${file}: codebook is not valid UTF-8 text`);
  }
  return { file, text, sha256: hash };
}
