import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Tinypool from 'tinypool';
import { createSheetMerger } from '../ingest/merge-attributes.js';
import type { PipelineEvents } from '../model/coding.js';
import type { TranscriptFile } from '../model/transcript.js';
import { admitDocument, assignDefaultIds } from '../pipeline/pipeline.js';
import type { FormattedDocument } from '../results/document-outputs.js';
import { type BatchOptions, createFileCoder, type FileOutcome, type FileTask } from './code-file.js';

/**
 * Below this many files a corpus is coded on the main thread: starting worker threads (each loads
 * the code and compiles the codebooks) costs more than they save.
 */
export const PARALLEL_FROM = 48;

/**
 * Files per thread when `--jobs` is not given. Each thread loads the code, compiles the codebooks
 * and warms up its JIT on its own: on 1,000 bench interviews two coding threads spent 9.1 s of
 * processor time where one spent 6.7 s. On 2 cores (with the privacy gate on a thread of its own)
 * a second thread was slower at 1,000 interviews (6.1 s against 5.6 s) and faster from about
 * 1,500 on (2,000: 9.1 s against 10.4 s; 10,000: 37 s against 47 s).
 */
export const FILES_PER_THREAD = 750;

/** The threads to use when `--jobs` is not given: one per FILES_PER_THREAD files, at most one per core. */
export function defaultJobs(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Code a corpus, file by file, on `jobs` threads (worker threads when there are enough files),
 * and yield the documents formatted for the outputs in file order, so that the outputs are the
 * same bytes whatever the number of threads. Diagnostics come in file order too.
 */
export async function* codeCorpus(
  files: readonly TranscriptFile[],
  options: BatchOptions,
  jobs: number,
  events: PipelineEvents,
): AsyncGenerator<FormattedDocument> {
  const defaultIds = assignDefaultIds(files);
  const tasks = files.map((file, index): FileTask => ({ file, defaultId: defaultIds[index]! }));
  const outcomes = jobs > 1 && files.length >= PARALLEL_FROM ? onThreads(tasks, options, jobs) : here(tasks, options);
  const usedIds = new Map<string, string>();
  // The sheet's rows that documents use, to name the others at the end (workers merge the attributes).
  const rows = options.sheet ? createSheetMerger(options.sheet) : null;
  let done = 0;
  for await (const outcome of outcomes) {
    const file = files[done]!;
    for (const diagnostic of outcome.diagnostics) events.diagnostic(diagnostic);
    const document = outcome.document;
    if (document && admitDocument(document.id, file.display, defaultIds[done]!, usedIds, events)) {
      rows?.merge({ id: document.id, file: file.display, attributes: {} });
      for (const diagnostic of outcome.sheetDiagnostics) events.diagnostic(diagnostic);
      yield document;
    }
    events.progress(++done, files.length);
  }
  for (const diagnostic of rows?.finish() ?? []) events.diagnostic(diagnostic);
}

/** Files coded on this thread, a few read ahead. */
async function* here(tasks: readonly FileTask[], options: BatchOptions): AsyncGenerator<FileOutcome> {
  const codeFile = createFileCoder(options);
  try {
    yield* inOrder(tasks, codeFile, 4);
  } finally {
    await codeFile.flush();
  }
}

/** At most this many files are handed over at once: each hand-over to a worker thread costs the pool a round trip. */
const MAX_CHUNK = 16;

/**
 * Files coded on `jobs` threads: this one and a pool of `jobs - 1` worker threads (this thread
 * is otherwise idle while it waits for them, and one thread fewer to start saves its start-up and
 * memory). Files go out a few at a time (at least about eight hand-overs per thread, so that the
 * threads stay evenly busy), every `jobs`-th hand-over to this thread; a few hand-overs per thread
 * are in flight, so that memory stays flat.
 */
async function* onThreads(tasks: readonly FileTask[], options: BatchOptions, jobs: number): AsyncGenerator<FileOutcome> {
  const pool = new Tinypool({
    filename: workerFile(),
    workerData: options,
    minThreads: jobs - 1,
    maxThreads: jobs - 1,
  });
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(tasks.length / (jobs * 8))));
  const chunks: FileTask[][] = [];
  for (let start = 0; start < tasks.length; start += size) chunks.push(tasks.slice(start, start + size));
  const codeFile = createFileCoder(options);
  // This thread's hand-overs run one after the other, a file at a time with a turn for the pool
  // (and the writing of outputs) in between.
  let queue: Promise<unknown> = Promise.resolve();
  const codeHere = (chunk: readonly FileTask[]): Promise<FileOutcome[]> => {
    const done = queue.then(async () => {
      const outcomes: FileOutcome[] = [];
      for (const task of chunk) {
        await nextTurn();
        outcomes.push(await codeFile(task));
      }
      return outcomes;
    });
    queue = done.catch(() => undefined);
    return done;
  };
  const work = (chunk: readonly FileTask[], index: number): Promise<FileOutcome[]> =>
    index % jobs === 0 ? codeHere(chunk) : (pool.run(chunk) as Promise<FileOutcome[]>);
  try {
    for await (const outcomes of inOrder(chunks, work, jobs * 2)) yield* outcomes;
  } finally {
    await codeFile.flush();
    await pool.destroy();
  }
}

/** The worker module: beside this one once built; the built one when this runs from source (in the tests). */
function workerFile(): string {
  const here = new URL(import.meta.url);
  return (here.pathname.endsWith('.ts') ? new URL('../../dist/batch/worker.js', here) : new URL('./worker.js', here)).href;
}

/** Run `work` on the tasks with at most `window` at once, yielding the results in task order. */
async function* inOrder<T, R>(tasks: readonly T[], work: (task: T, index: number) => Promise<R>, window: number): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const start = (): void => {
    const index = next++;
    const promise = work(tasks[index]!, index);
    // Awaited below; a run stopped early must not leave a rejection unhandled.
    promise.catch(() => undefined);
    running.push(promise);
  };
  while (next < tasks.length && running.length < window) start();
  while (running.length > 0) {
    const result = await running.shift()!;
    if (next < tasks.length) start();
    yield result;
  }
}
