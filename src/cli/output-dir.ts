import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { UserError } from '../model.js';
import { describeFsError } from '../ingest/list-files.js';

/** Bytes a staged file may buffer before coding waits for the disk: large, so that writing overlaps coding. */
const WRITE_BUFFER = 8 * 1024 * 1024;

/** A file being written into the staging folder. */
export interface StagedFile {
  write(text: string): Promise<void>;
}

/**
 * Outputs are written into a hidden staging folder beside the output folder and moved into place
 * only when everything succeeded: a failed run leaves no partial output behind, and an existing
 * output folder keeps its old files until the new ones replace them one by one (each a rename).
 */
export class OutputFolder {
  private readonly streams = new Map<string, WriteStream>();

  private constructor(
    readonly target: string,
    private readonly staging: string,
    /** The first folder this run created above the target, removed again on failure. */
    private readonly createdParent: string | undefined,
  ) {}

  /** Prepare staging for `target`; fails when the target exists and is not a folder. */
  static async create(target: string, shown: string): Promise<OutputFolder> {
    const existing = await stat(target).catch(() => null);
    if (existing && !existing.isDirectory()) throw new UserError(`${shown}: --out must be a folder, and this is a file`);
    const parent = path.dirname(target);
    let createdParent: string | undefined;
    try {
      createdParent = await mkdir(parent, { recursive: true });
    } catch (error) {
      throw new UserError(`${shown}: cannot create output folder: ${describeFsError(error)}`);
    }
    const staging = path.join(parent, `.${path.basename(target)}.partial-${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(staging);
    } catch (error) {
      throw new UserError(`${shown}: cannot write output folder: ${describeFsError(error)}`);
    }
    return new OutputFolder(target, staging, createdParent);
  }

  /** Open a file in staging; text written to it appears in the target only on commit. */
  async file(name: string): Promise<StagedFile> {
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
  async writeFile(name: string, text: string): Promise<void> {
    await (await this.file(name)).write(text);
  }

  /** Move every staged file into the target folder. */
  async commit(): Promise<void> {
    await this.closeAll();
    const exists = await stat(this.target).catch(() => null);
    if (!exists) {
      await rename(this.staging, this.target);
      return;
    }
    for (const name of [...this.streams.keys()].sort()) {
      await rename(path.join(this.staging, name), path.join(this.target, name));
    }
    await rm(this.staging, { recursive: true, force: true });
  }

  /** Remove staging (and any folder this run created for it). */
  async discard(): Promise<void> {
    await this.closeAll().catch(() => undefined);
    await rm(this.staging, { recursive: true, force: true });
    if (this.createdParent) await rm(this.createdParent, { recursive: true, force: true });
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
    return new UserError(`${path.join(this.target, path.basename(String(stream.path)))}: cannot write output: ${describeFsError(stream.errored)}`);
  }
}
