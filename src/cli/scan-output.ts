import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TranscriptFile } from '../model/transcript.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';
import { UserError } from '../model/diagnostic.js';
import { outputOwner } from './known-outputs.js';
import { checkReplaceable, folderExists, nameList, type PreviousEntry } from './output-check.js';

/** The file in a folder of pseudonymised copies that lists what scan wrote there (no personal data). */
export const COPIES_MARKER = '.rodedraad-pseudonymised.json';
const MARKER_FORMAT = 'rodedraad-pseudonymised';

/** The marker's text: the copies written, sorted, so that the next run knows it may replace them. */
export function copiesMarker(files: readonly string[]): string {
  return `${JSON.stringify({ format: MARKER_FORMAT, version: 1, files: [...files].sort() }, null, 2)}\n`;
}

/**
 * The entries of an existing folder of copies, for OutputFolder: a folder scan wrote (every file in
 * it is listed in its marker, or a file manager's) is replaced as a whole; a new or empty folder is
 * fine; anything else is refused, so that the swap never removes a file rodedraad did not write.
 */
export async function readPreviousCopies(target: string, shown: string): Promise<PreviousEntry[] | null> {
  if (!(await folderExists(target, shown, '-o'))) return null;
  const listed = await readMarker(path.join(target, COPIES_MARKER));
  const found = await listFiles(target, '', shown);
  const foreign = found.filter(
    (name) => name !== COPIES_MARKER && !listed.has(name) && outputOwner(path.posix.basename(name), true) !== 'system',
  );
  if (foreign.length > 0) {
    throw new UserError(
      `${shown}: -o holds files rodedraad scan did not write (${nameList(foreign)}); choose a new or empty folder for the pseudonymised copies`,
    );
  }
  await checkReplaceable(target, shown);
  const entries = await readdir(target);
  return entries.map((name) => ({ name, owner: outputOwner(name, true) === 'system' ? 'system' : 'scan' }));
}

/** The files a marker lists; none when there is no marker or it is not one. */
async function readMarker(file: string): Promise<Set<string>> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return new Set();
  try {
    const value = JSON.parse(text) as { format?: unknown; files?: unknown };
    if (value.format !== MARKER_FORMAT || !Array.isArray(value.files)) return new Set();
    return new Set(value.files.filter((name): name is string => typeof name === 'string'));
  } catch {
    return new Set();
  }
}

/** Every file below `folder`, as `/`-separated paths relative to it. */
async function listFiles(folder: string, prefix: string, shown: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(folder, prefix), { withFileTypes: true });
  } catch (error) {
    throw new UserError(`${shown}: cannot read the output folder: ${describeFsError(error)}`);
  }
  const names: string[] = [];
  for (const entry of entries) {
    const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) names.push(...(await listFiles(folder, name, shown)));
    else names.push(name);
  }
  return names;
}

/** Refuses the working folder as the folder of copies, before the transcripts are listed (the listing leaves out -o). */
export async function checkCopiesFolder(out: string, cwd: string): Promise<void> {
  const realOut = await realpath(out).catch(() => out);
  if (realOut === (await realpath(cwd).catch(() => cwd))) {
    throw new UserError(`${displayPath(out, cwd)}: -o is the folder you are working in; name a new folder for the pseudonymised copies`);
  }
}

/** The folder the copies' paths are relative to: the deepest folder that holds every input. */
export async function commonFolder(inputs: readonly string[], cwd: string): Promise<string> {
  const folders: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const info = await stat(absolute).catch(() => null);
    folders.push(info?.isDirectory() ? absolute : path.dirname(absolute));
  }
  return folders.reduce((common, folder) => {
    let shared = common;
    while (shared !== folder && !folder.startsWith(shared.endsWith(path.sep) ? shared : shared + path.sep)) shared = path.dirname(shared);
    return shared;
  });
}

/**
 * Where each copy goes in the output folder: the transcript's path below `base`, `/`-separated; a
 * .docx becomes a .txt of its text (`r07.docx` → `r07.txt`, or `r07.docx.txt` when `r07.txt` is
 * taken), since its text is what rodedraad reads and can write back faithfully.
 */
export function copyPaths(files: readonly TranscriptFile[], base: string): string[] {
  const relative = files.map((file) => path.relative(base, file.absolute).split(path.sep).join('/'));
  const taken = new Set(relative.filter((_, index) => files[index]!.format !== 'docx'));
  return relative.map((name, index) => {
    if (files[index]!.format !== 'docx') return name;
    const text = name.replace(/\.docx$/i, '.txt');
    const chosen = taken.has(text) ? `${name}.txt` : text;
    taken.add(chosen);
    return chosen;
  });
}
