import { workerData } from 'node:worker_threads';
import Tinypool from 'tinypool';
import { type BatchOptions, createFileCoder, type FileTask } from './code-file.js';
import { packOutcomes } from './pack.js';

// A worker thread of the pool: the codebooks are compiled once per thread. tinypool passes the
// pool's workerData second, after its own.
const codeFile = createFileCoder((workerData as [unknown, BatchOptions])[1]);

/**
 * Code several files on this thread, in order; their outputs come back packed in one buffer that
 * is moved to the main thread, not copied.
 */
export default async function codeOnThread(tasks: readonly FileTask[]): Promise<unknown> {
  const outcomes = [];
  for (const task of tasks) outcomes.push(await codeFile(task));
  const packed = packOutcomes(outcomes);
  return Tinypool.move({ [Tinypool.transferableSymbol]: packed.bytes.buffer, [Tinypool.valueSymbol]: packed } as never);
}
