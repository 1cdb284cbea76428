import { workerData } from 'node:worker_threads';
import { type BatchOptions, createFileCoder, type FileOutcome, type FileTask } from './code-file.js';

// A worker thread of the pool: the codebooks are compiled once per thread. tinypool passes the
// pool's workerData second, after its own.
const codeFile = createFileCoder((workerData as [unknown, BatchOptions])[1]);

/** Code one file on this thread. */
export default function codeOnThread(task: FileTask): Promise<FileOutcome> {
  return codeFile(task);
}
