import { constants, type Dirent, type Stats } from 'node:fs';
import { access, copyFile, link, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../text/fs-error.js';
import { UserError } from '../model/diagnostic.js';
import { outputOwner, type OutputOwner } from './known-outputs.js';
import { compareNames } from '../text/natural-compare.js';
import { shortList } from '../text/short-list.js';

/** An entry of an existing output folder and who wrote it. */
export interface PreviousEntry {
  readonly name: string;
  readonly owner: OutputOwner;
}

/** File names in messages: the first few, sorted, and how many more. */
export function nameList(names: readonly string[], shown = 6): string {
  return shortList([...names].sort(compareNames), shown);
}

/**
 * The real path of the output folder (the swap replaces the folder a symbolic link points to,
 * not the link), and whether it is the folder the user works in: that one is not swapped (their
 * shell would be left in a removed folder) but has its files replaced in place. A folder that
 * holds the working folder is refused.
 */
export async function checkTarget(
  target: string,
  options: { readonly shown: string; readonly cwd: string },
): Promise<{ real: string; inPlace: boolean }> {
  const real = await realpath(target).catch(() => target);
  const cwd = await realpath(options.cwd).catch(() => options.cwd);
  if (isInside(real, cwd)) {
    throw new UserError(
      `${options.shown}: the output folder holds the folder you are working in; rodedraad replaces its output folder as a whole, so run it from elsewhere or choose another --out`,
    );
  }
  return { real, inPlace: real === cwd };
}

/** Whether `file` lies somewhere below `folder`. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * The entries of the existing output folder, or null when there is none. Refuses a file, a
 * folder holding anything rodedraad did not write, and a folder it cannot replace.
 */
export async function readPrevious(target: string, shown: string): Promise<PreviousEntry[] | null> {
  if (!(await folderExists(target, shown, '--out'))) return null;
  let entries: Dirent[];
  try {
    entries = await readdir(target, { withFileTypes: true });
  } catch (error) {
    throw new UserError(`${shown}: cannot read the output folder: ${describeFsError(error)}`);
  }
  const owned = entries.map((entry) => ({ name: entry.name, owner: outputOwner(entry.name, entry.isFile()), folder: entry.isDirectory() }));
  const foreign = owned.filter((entry) => entry.owner === 'foreign').map((entry) => (entry.folder ? `${entry.name}/` : entry.name));
  if (foreign.length > 0)
    throw new UserError(`${shown}: --out holds files rodedraad did not write (${nameList(foreign)}); choose a new or empty folder`);
  await checkReplaceable(target, shown);
  return owned.map(({ name, owner }) => ({ name, owner }));
}

/** Whether the output folder exists; a file in its place, or one that cannot be looked at, is a user error (`flag` names the option). */
export async function folderExists(target: string, shown: string, flag: string): Promise<boolean> {
  let info: Stats;
  try {
    info = await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a file above it; creating the folder says so.
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw new UserError(`${shown}: cannot use the output folder: ${describeFsError(error)}`);
  }
  if (!info.isDirectory()) throw new UserError(`${shown}: ${flag} must be a folder, and this is a file`);
  return true;
}

/** The old folder is emptied after the swap: that needs write access to it. */
export async function checkReplaceable(target: string, shown: string): Promise<void> {
  try {
    await access(target, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new UserError(`${shown}: cannot replace the output folder: ${describeFsError(error)}`);
  }
}

/** Put a kept file into the new folder: a hard link where the file system allows one, else a copy. */
export async function carryOver(from: string, to: string, shown: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    try {
      await copyFile(from, to);
    } catch (error) {
      throw new UserError(
        `${path.join(shown, path.basename(from))}: cannot keep this file in the new output folder: ${describeFsError(error)}`,
      );
    }
  }
}
