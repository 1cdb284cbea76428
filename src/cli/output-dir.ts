import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { UserError } from '../model/diagnostic.js';
import { describeFsError } from '../text/fs-error.js';
import { throwIfInterrupted } from './io.js';
import type { OutputOwner } from './known-outputs.js';
import { carryOver, checkTarget, readPrevious, type PreviousEntry } from './output-check.js';
import { clearStaleSideFolders, replaceInPlace, sideFolder, swapIn } from './side-folders.js';

/** Bytes a staged file may buffer before coding waits for the disk: large, so that writing overlaps coding. */
const WRITE_BUFFER = 8 * 1024 * 1024;

/** A file being written into the staging folder. */
export interface StagedFile {
  write(text: string | Uint8Array): Promise<void>;
}

/** How an output folder is prepared and replaced. */
export interface OutputFolderOptions {
  /** The folder as the user named it, for messages. */
  readonly shown: string;
  readonly cwd: string;
  /** Files of the previous output kept when this run does not write them (`report` keeps `code`'s). */
  readonly keep: readonly OutputOwner[];
  /** Checked right before the swap: an interrupted run never replaces the folder. */
  readonly signal?: AbortSignal | undefined;
  /** Reads the entries of the existing folder and refuses one it may not replace (default: readPrevious, for code, report and agree). */
  readonly previous?: (target: string, shown: string) => Promise<PreviousEntry[] | null>;
}

/** The --out value as an absolute path; an empty value is a usage error, not the current folder. */
export function resolveOut(value: string, cwd: string): string {
  if (value.trim() === '') throw new UserError('--out is empty; name a folder (such as --out rodedraad-out)');
  return path.resolve(cwd, value);
}

/**
 * Outputs are written into a complete new folder beside the output folder (`.<name>.partial-…`),
 * then swapped in whole: the old folder is renamed aside, the new one renamed into place, the old
 * one removed. Readers see the old outputs or the new ones, never a mix; a run that fails or is
 * interrupted leaves the old folder as it was. Only folders that hold rodedraad's own files are
 * replaced (checked before any work), so the swap never removes anything else.
 */
export class OutputFolder {
  private readonly streams = new Map<string, WriteStream>();

  private constructor(
    /** The real path of the output folder (symbolic links resolved). */
    readonly target: string,
    private readonly staging: string,
    private readonly options: OutputFolderOptions,
    /** The first folder this run created above the target, removed again on failure. */
    private readonly createdParent: string | undefined,
    /** What was cleared of earlier runs that were killed, for the user. */
    readonly notes: readonly string[],
    /** The target is the working folder: its files are replaced one by one instead of the folder. */
    private readonly inPlace: boolean,
  ) {}

  /** Check `target` and prepare staging, before any coding: a folder that cannot be replaced is a user error now, not at the end. */
  static async create(target: string, options: OutputFolderOptions): Promise<OutputFolder> {
    const { real, inPlace } = await checkTarget(target, options);
    const notes = await clearStaleSideFolders(real, options.shown);
    await (options.previous ?? readPrevious)(real, options.shown);
    let createdParent: string | undefined;
    try {
      createdParent = await mkdir(path.dirname(real), { recursive: true });
    } catch (error) {
      throw new UserError(`${options.shown}: cannot create the output folder: ${describeMkdirError(error)}`);
    }
    const staging = sideFolder(real, 'partial');
    try {
      await mkdir(staging);
    } catch (error) {
      throw new UserError(`${options.shown}: cannot write the output folder: ${describeMkdirError(error)}`);
    }
    return new OutputFolder(real, staging, options, createdParent, notes, inPlace);
  }

  /** Open a file in staging; text written to it appears in the target only on commit. */
  async file(name: string): Promise<StagedFile> {
    // A name may hold folders (`gemeente-a/r01.md`, for scan's copies).
    if (path.dirname(name) !== '.') await mkdir(path.join(this.staging, path.dirname(name)), { recursive: true });
    const stream = createWriteStream(path.join(this.staging, name), { highWaterMark: WRITE_BUFFER });
    this.streams.set(name, stream);
    // A failed write (a full disk) is kept and thrown at the next write or at commit.
    stream.on('error', () => undefined);
    await once(stream, 'open');
    return {
      // Buffered: wait only when the stream asks to (backpressure).
      write: async (text) => {
        if (stream.errored) throw this.failure(stream);
        if (text.length > 0 && !stream.write(text)) await once(stream, 'drain');
      },
    };
  }

  /** Write a whole file in staging. */
  async writeFile(name: string, text: string | Uint8Array): Promise<void> {
    await (await this.file(name)).write(text);
  }

  /**
   * Complete the new folder (carrying over the kept files of the previous one) and swap it in.
   * Returns the files of the previous output that the new folder no longer has.
   */
  async commit(): Promise<{ readonly removed: readonly string[] }> {
    await this.closeAll();
    // Checked again: a file may have been saved into the folder while the run went on.
    const previous = await (this.options.previous ?? readPrevious)(this.target, this.options.shown);
    const removed = await this.carryOver(previous ?? []);
    throwIfInterrupted(this.options.signal);
    if (this.inPlace) {
      const replaced = (previous ?? []).filter(
        (entry) => entry.owner !== 'system' && (this.streams.has(entry.name) || !this.options.keep.includes(entry.owner)),
      );
      await replaceInPlace(
        this.staging,
        this.target,
        replaced.map((entry) => entry.name),
        [...this.streams.keys()],
        this.options.shown,
      );
    } else {
      await swapIn(this.staging, this.target, previous !== null, this.options.shown);
    }
    return { removed };
  }

  /** Remove staging (and any folder this run created for it). */
  async discard(): Promise<void> {
    await this.closeAll().catch(() => undefined);
    await rm(this.staging, { recursive: true, force: true });
    if (this.createdParent) await rm(this.createdParent, { recursive: true, force: true });
  }

  private async carryOver(previous: readonly PreviousEntry[]): Promise<string[]> {
    const removed: string[] = [];
    for (const entry of previous) {
      if (this.streams.has(entry.name) || entry.owner === 'system') continue;
      if (this.options.keep.includes(entry.owner)) {
        if (!this.inPlace) await carryOver(path.join(this.target, entry.name), path.join(this.staging, entry.name), this.options.shown);
      } else {
        removed.push(entry.name);
      }
    }
    return removed.sort();
  }

  private async closeAll(): Promise<void> {
    for (const stream of this.streams.values()) {
      if (!stream.closed) {
        const closed = once(stream, 'close').catch(() => undefined);
        stream.end();
        await closed;
      }
      if (stream.errored) throw this.failure(stream);
    }
  }

  private failure(stream: WriteStream): UserError {
    return new UserError(
      `${path.join(this.options.shown, path.basename(String(stream.path)))}: cannot write output: ${describeFsError(stream.errored)}`,
    );
  }
}

/** mkdir fails with EEXIST or ENOTDIR when a file stands where a folder should be. */
function describeMkdirError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : describeFsError(error);
}
