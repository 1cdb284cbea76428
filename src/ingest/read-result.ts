import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../model/diagnostic.js';
import type { CodingResult, ResultDocument, ResultShell } from '../model/result.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';
import { refuseStats } from './read-bounded.js';
import { RESULT_FILE } from '../model/result.js';
import { ResultReader, type ResultVisitor } from './result-reader.js';

export type { ResultVisitor } from './result-reader.js';

/**
 * Read the result.json of a results folder (or the file itself) a document at a time, so that
 * memory does not grow with the corpus (each document is parsed on its own), and check that this
 * version of rodedraad can read it, field by field and document by document: a clear user error for
 * a missing, broken, foreign, hand-edited or newer file. The visitor sees a document only while
 * nothing wrong has been found; an error thrown at the end undoes what it saw.
 */
export async function streamCodingResult(
  location: string,
  cwd: string,
  visitor: ResultVisitor,
): Promise<{ shell: ResultShell; file: string }> {
  const absolute = path.resolve(cwd, location);
  const info = await stat(absolute).catch((error: unknown) => {
    throw new UserError(`${location}: ${describeFsError(error)}`);
  });
  const file = info.isDirectory() ? path.join(absolute, RESULT_FILE) : absolute;
  const shown = displayPath(file, cwd);
  const fd = openResult(file, shown, location);
  try {
    return { shell: new ResultReader(fd, shown, visitor).read(), file };
  } finally {
    closeSync(fd);
  }
}

/** Read and check a whole result.json (see streamCodingResult): every document in memory. */
export async function readCodingResult(location: string, cwd: string): Promise<{ result: CodingResult; file: string }> {
  const documents: ResultDocument[] = [];
  const { shell, file } = await streamCodingResult(location, cwd, {
    head: () => undefined,
    document: (document) => documents.push(document),
  });
  return { result: { ...shell, documents }, file };
}

/** Open a regular file without blocking (a FIFO with no writer would wait forever). */
function openResult(file: string, shown: string, location: string): number {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UserError(`${shown}: no such file; run rodedraad code first (rodedraad code <transcripts> --out ${location})`);
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  }
  const refusal = refuseStats(fstatSync(fd), Number.POSITIVE_INFINITY);
  if (refusal) {
    closeSync(fd);
    throw new UserError(`${shown}: ${refusal.reason}`);
  }
  return fd;
}
