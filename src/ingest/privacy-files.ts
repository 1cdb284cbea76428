import path from 'node:path';
import { UserError } from '../model/diagnostic.js';
import { readPrivacySettings, type PrivacySettings } from '../privacy/allow-list.js';
import { parsePseudonymKey, type PseudonymKey } from '../privacy/pseudonym-key.js';
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

/** A `.rodedraad-privacy.yaml` (`allow:` and `names:` lists), or null when the file does not exist. */
export async function readPrivacyFile(absolute: string, shown: string): Promise<PrivacySettings | null> {
  const text = await readText(absolute, shown, 'the privacy file', true);
  if (text === null) return null;
  const parsed = parseYaml(text);
  if (parsed.document === null) {
    const problem = parsed.problems[0]!;
    const { line, column } = createLocator(text).point(problem.offset);
    throw new UserError(`${shown}:${line}:${column}: ${problem.message}`);
  }
  const { settings, problems } = readPrivacySettings(yamlValue(parsed.document) ?? {});
  if (problems.length > 0) throw new UserError(`${shown}: ${problems.join('; ')}`);
  return settings;
}

/** A pseudonym key file, or null when it does not exist yet; a malformed one is a user error. */
export async function readKeyFile(absolute: string, shown: string): Promise<PseudonymKey | null> {
  const text = await readText(absolute, shown, 'the key file', true);
  return text === null ? null : parsePseudonymKey(text, shown);
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
