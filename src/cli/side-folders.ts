import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../text/fs-error.js';
import { UserError } from '../model/diagnostic.js';

/**
 * A run keeps two kinds of folder beside its output folder: `partial` while it writes, `old` for
 * the previous output during the swap. Their names carry the process id, so that a later run can
 * tell the folders of a killed run (out of memory, kill -9) from those of a run still going.
 */
export type SideKind = 'partial' | 'old';

const SIDE_NAME = /^(partial|old)-(\d+)-[0-9a-f]{8}$/;

/** A new side folder path for `target`: `.<name>.<kind>-<pid>-<random>` in the same parent. */
export function sideFolder(target: string, kind: SideKind): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Whether the process with this id still runs on this machine (never true for our own id: we have made nothing yet). */
export function processRuns(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clear the side folders of killed runs beside `target`: a run killed between its two renames
 * left the previous output as `old` and no target, so that folder is put back; every other
 * stale side folder is removed. Folders of runs still going are left alone. Returns what it did.
 */
export async function clearStaleSideFolders(
  target: string,
  shown: string,
  runs: (pid: number) => boolean = processRuns,
): Promise<string[]> {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const names = await readdir(parent).catch(() => [] as string[]);
  const stale = names
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ name, match: SIDE_NAME.exec(name.slice(prefix.length)) }))
    .filter((entry) => entry.match !== null && !runs(Number(entry.match[2])))
    // `old` first: it may have to become the target again.
    .sort((a, b) => (a.match![1] === b.match![1] ? (a.name < b.name ? -1 : 1) : a.match![1] === 'old' ? -1 : 1));
  const notes: string[] = [];
  for (const { name, match } of stale) {
    const folder = path.join(parent, name);
    try {
      if (match![1] === 'old' && !(await exists(target))) {
        await rename(folder, target);
        notes.push(`restored ${shown}: an earlier run was killed while replacing it`);
      } else {
        await rm(folder, { recursive: true, force: true });
        notes.push(`removed ${name} beside ${shown}: left behind by an earlier run that was killed`);
      }
    } catch {
      // Housekeeping only: a folder we cannot clear stays, and this run goes on.
    }
  }
  return notes;
}

/**
 * Put the complete new folder `staging` in the place of `target`: one rename when there is no
 * target, else the old folder is renamed aside, the new one into place, and the old one removed.
 * A failed second rename puts the old folder back; a crash between the two is repaired by the
 * next run (clearStaleSideFolders).
 */
export async function swapIn(staging: string, target: string, replace: boolean, shown: string): Promise<void> {
  if (!replace) return move(staging, target, shown);
  // The new folder takes the old one's permissions (a folder shared with a group stays shared).
  const { mode } = await stat(target);
  await chmod(staging, mode & 0o7777).catch(() => undefined);
  const aside = sideFolder(target, 'old');
  await move(target, aside, shown);
  try {
    await move(staging, target, shown);
  } catch (error) {
    await rename(aside, target).catch(() => undefined);
    throw error;
  }
  // Should this fail, the next run removes the folder (its process is gone by then).
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Replace the files of `target` by those of `staging` one by one, for the folder the user works
 * in (renaming it would leave their shell in a removed folder): the old files named `replaced`
 * are moved aside first, then the new files `written` into place; a failure moves the old files
 * back. Not all or nothing against a crash in between, unlike swapIn.
 */
export async function replaceInPlace(
  staging: string,
  target: string,
  replaced: readonly string[],
  written: readonly string[],
  shown: string,
): Promise<void> {
  const aside = sideFolder(target, 'old');
  await mkdir(aside);
  const movedAside: string[] = [];
  const movedIn: string[] = [];
  try {
    for (const name of replaced) {
      await move(path.join(target, name), path.join(aside, name), shown);
      movedAside.push(name);
    }
    for (const name of written) {
      await move(path.join(staging, name), path.join(target, name), shown);
      movedIn.push(name);
    }
  } catch (error) {
    for (const name of movedIn) await rm(path.join(target, name), { force: true }).catch(() => undefined);
    for (const name of movedAside) await rename(path.join(aside, name), path.join(target, name)).catch(() => undefined);
    throw error;
  }
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  await rm(staging, { recursive: true, force: true }).catch(() => undefined);
}

async function move(from: string, to: string, shown: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    throw new UserError(`${shown}: cannot replace the output folder: ${describeFsError(error)}${openFileHint(error)}`);
  }
}

/** Windows refuses to rename a folder while a file in it is open (in Excel, say). */
function openFileHint(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const open = code === 'EBUSY' || (process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES'));
  return open ? ' (is a file in it open in another program? Close it and run again)' : '';
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}
