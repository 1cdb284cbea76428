import { workerData } from 'node:worker_threads';
import { type BatchOptions, createFileCoder, type FileOutcome, type FileTask } from './code-file.js';

// A worker thread of the pool: the codebooks are compiled once per thread. tinypool passes the
// pool's workerData second, after its own.
const codeFile = createFileCoder((workerData as [unknown, BatchOptions])[1]);

/** Code a few files on this thread, one after the other. */
export default async function codeOnThread(tasks: readonly FileTask[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  try {
    for (const task of tasks) outcomes.push(await codeFile(task));
  } finally {
    // The cache entries are written while the next files of the hand-over are coded; in place before it is handed back.
    await codeFile.flush();
  }
  return outcomes;
}
