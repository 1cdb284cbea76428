import { stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../text/paths.js';
import { PRIVACY_FILE, privacyFolders, readPrivacyFile } from '../ingest/privacy-files.js';
import { attributeValue, type Attributes } from '../model/transcript.js';
import { type Diagnostic, UserError } from '../model/diagnostic.js';
import { mergePrivacySettings, readNamesEntry, readPrivacySettings, type PrivacySettings } from '../privacy/allow-list.js';

/** What the scan of one transcript is told: the names known to occur and the values that are fine. */
export interface DocumentPrivacy {
  readonly names: readonly string[];
  /** Allowed values as written (the scanner builds its allow-list from them, on its own thread). */
  readonly allowed: readonly string[];
  /** Front matter `names:` or `privacy:` entries that could not be read (warnings). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Finds the privacy settings of each transcript; make one per run (it caches the files it reads). */
export type PrivacyResolver = (absolute: string, display: string, attributes: Attributes) => Promise<DocumentPrivacy>;

/**
 * The privacy settings of transcripts found under `inputs` (as given on the command line): the
 * front matter `names:` and `privacy:` entries, every `.rodedraad-privacy.yaml` from the transcript's
 * folder up to the input folder it was found in, and `extra` (a `--names` file). A broken privacy
 * file is a user error; a broken front matter entry a warning.
 */
export async function createPrivacyResolver(
  inputs: readonly string[],
  cwd: string,
  extra: PrivacySettings = { allow: [], names: [] },
): Promise<PrivacyResolver> {
  const roots: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) roots.push(absolute);
  }
  const files = new Map<string, Promise<PrivacySettings | null>>();
  const readFolder = (folder: string) => {
    const known = files.get(folder);
    if (known) return known;
    const file = path.join(folder, PRIVACY_FILE);
    const shown = displayPath(file, cwd);
    const settings = readPrivacyFile(file, shown).then((value) => {
      if (value === undefined) return null;
      const read = readPrivacySettings(value);
      if (read.problems.length > 0) throw new UserError(`${shown}: ${read.problems.join('; ')}`);
      return read.settings;
    });
    files.set(folder, settings);
    return settings;
  };
  return async (absolute, display, attributes) => {
    const folder = path.dirname(absolute);
    // The nearest input folder that holds the transcript; a transcript named itself has its own folder.
    const root =
      roots.filter((candidate) => folder === candidate || folder.startsWith(candidate + path.sep)).sort((a, b) => b.length - a.length)[0] ??
      folder;
    const found: PrivacySettings[] = [];
    for (const each of privacyFolders(folder, root)) {
      const settings = await readFolder(each);
      if (settings) found.push(settings);
    }
    const { settings: own, diagnostics } = frontMatterPrivacy(attributes, display);
    const merged = mergePrivacySettings([extra, ...found, own]);
    return { names: merged.names, allowed: merged.allow, diagnostics };
  };
}

/** The privacy settings a transcript's front matter gives: `names:` and `privacy: {allow, names}`. */
export function frontMatterPrivacy(attributes: Attributes, file: string): { settings: PrivacySettings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn = (reason: string) => diagnostics.push({ file, severity: 'warning', reason, ruleId: 'privacy-settings' });
  const names = readNamesEntry(attributeValue(attributes, 'names'));
  for (const problem of names.problems) warn(`front matter names: ${problem}; that entry is not used as a name`);
  const section = readPrivacySettings(attributeValue(attributes, 'privacy'));
  for (const problem of section.problems) warn(`front matter privacy: ${problem}`);
  return { settings: { allow: section.settings.allow, names: [...names.names, ...section.settings.names] }, diagnostics };
}
