import { randomBytes } from 'node:crypto';
import { chmod, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../text/fs-error.js';
import { InterruptedError, UserError } from '../model/diagnostic.js';
import type { InputFile } from './clash.js';
import { throwIfInterrupted } from './io.js';

/** How one output file is written. */
export interface OutputFileOptions {
  /** The file as the user named it, for messages. */
  readonly shown: string;
  /** The files the command read: the output may not be one of them. */
  readonly inputs: readonly InputFile[];
  /** False: refuse to replace a file that exists (a codebook may hold work that would be lost). */
  readonly replace: boolean;
  /** Checked right before the rename: an interrupted run leaves the old file as it was. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Write one output file (a .qdpx, a .qdc, a codebook) all or nothing: into a hidden file beside
 * it, then renamed over it, so that a reader sees the old file or the new one, never half of one.
 * A symbolic link keeps pointing to the new file; a replaced file keeps its permissions. A folder
 * in the way, or an input at that path (also through a link), is refused before anything is written.
 */
export async function writeOutputFile(target: string, content: Uint8Array | string, options: OutputFileOptions): Promise<void> {
  const real = await realpath(target).catch(() => target);
  const existing = await stat(real).catch(() => null);
  if (existing?.isDirectory()) throw new UserError(`${options.shown}: is a folder; name the file to write`);
  if (existing !== null && !options.replace)
    throw new UserError(`${options.shown}: exists; choose another name, or add --force to replace it`);
  for (const input of options.inputs) {
    const inputReal = await realpath(input.absolute).catch(() => path.resolve(input.absolute));
    if (inputReal === real)
      throw new UserError(`${options.shown}: is an input (${input.display}) and would be overwritten; choose another output file`);
  }
  try {
    await mkdir(path.dirname(real), { recursive: true });
  } catch (error) {
    throw new UserError(`${options.shown}: cannot create its folder: ${describeFsError(error)}`);
  }
  const partial = path.join(path.dirname(real), `.${path.basename(real)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(partial, content, { flag: 'wx' });
    if (existing !== null) await chmod(partial, existing.mode & 0o7777);
    throwIfInterrupted(options.signal);
    await rename(partial, real);
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof UserError || error instanceof InterruptedError) throw error;
    throw new UserError(`${options.shown}: cannot write: ${describeFsError(error)}`);
  }
}
