import { availableParallelism } from 'node:os';
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

/** The worker threads to use: `--jobs`, else one per core. */
export function defaultJobs(): number {
  return availableParallelism();
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
  yield* inOrder(tasks, codeFile, 4);
}

/** Files coded on a pool of worker threads; a few per thread are in flight, so that memory stays flat. */
async function* onThreads(tasks: readonly FileTask[], options: BatchOptions, jobs: number): AsyncGenerator<FileOutcome> {
  const pool = new Tinypool({
    filename: workerFile(),
    workerData: options,
    minThreads: jobs,
    maxThreads: jobs,
  });
  try {
    yield* inOrder(tasks, (task) => pool.run(task) as Promise<FileOutcome>, jobs * 4);
  } finally {
    await pool.destroy();
  }
}

/** The worker module: beside this one once built; the built one when this runs from source (in the tests). */
function workerFile(): string {
  const here = new URL(import.meta.url);
  return (here.pathname.endsWith('.ts') ? new URL('../../dist/batch/worker.js', here) : new URL('./worker.js', here)).href;
}

/** Run `work` on the tasks with at most `window` at once, yielding the results in task order. */
async function* inOrder<T, R>(tasks: readonly T[], work: (task: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const start = (): void => {
    const promise = work(tasks[next++]!);
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
