import path from 'node:path';
import { UserError } from '../model/diagnostic.js';
import { createLocator } from '../text/locate.js';
import { parseYaml, yamlValue } from '../text/yaml.js';
import { describeFsError } from '../text/fs-error.js';
import { type FileRefusal, readRegularFile } from './read-bounded.js';

/** The file beside a corpus that lists what is fine to quote and which names occur. */
export const PRIVACY_FILE = '.rodedraad-privacy.yaml';
/** The most bytes of a names list, privacy file or key file: far more than any real one. */
const MAX_PRIVACY_FILE = 20_000_000;

/**
 * The text of a small file the privacy scan reads, or null when there is none (only when `missing`
 * is allowed). Unreadable, too large or not UTF-8 is a user error naming the file.
 */
async function readText(absolute: string, shown: string, what: string, missingIsNull: boolean): Promise<string | null> {
  let bytes: Buffer | FileRefusal;
  try {
    bytes = await readRegularFile(absolute, MAX_PRIVACY_FILE);
  } catch (error) {
    if (missingIsNull && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UserError(`${shown}: cannot read ${what}: ${describeFsError(error)}`);
  }
  if (!Buffer.isBuffer(bytes)) throw new UserError(`${shown}: cannot read ${what}: ${bytes.reason}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UserError(`${shown}: ${what} is not UTF-8 text; save it as UTF-8`);
  }
}

/** A names file (`--names`): one name per line; blank lines and lines starting with `#` are skipped. */
export async function readNamesFile(absolute: string, shown: string): Promise<string[]> {
  const text = (await readText(absolute, shown, 'the names list', false))!;
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * The value of a `.rodedraad-privacy.yaml` as plain data (readPrivacySettings reads it), or undefined
 * when the file does not exist; YAML that cannot be read is a user error at its line and column.
 */
export async function readPrivacyFile(absolute: string, shown: string): Promise<unknown> {
  const text = await readText(absolute, shown, 'the privacy file', true);
  if (text === null) return undefined;
  const parsed = parseYaml(text);
  if (parsed.document === null) {
    const problem = parsed.problems[0]!;
    const { line, column } = createLocator(text).point(problem.offset);
    throw new UserError(`${shown}:${line}:${column}: ${problem.message}`);
  }
  return yamlValue(parsed.document) ?? {};
}

/** The text of a pseudonym key file (parsePseudonymKey reads it), or null when it does not exist yet. */
export async function readKeyFile(absolute: string, shown: string): Promise<string | null> {
  return readText(absolute, shown, 'the key file', true);
}

/**
 * The folders whose privacy file applies to a transcript in `folder`: that folder and each one above
 * it up to `root` (the folder given on the command line), nearest last. A folder outside `root`
 * has only itself.
 */
export function privacyFolders(folder: string, root: string): string[] {
  const relative = path.relative(root, folder);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [folder];
  const folders = [root];
  for (const part of relative === '' ? [] : relative.split(path.sep)) folders.push(path.join(folders.at(-1)!, part));
  return folders;
}
