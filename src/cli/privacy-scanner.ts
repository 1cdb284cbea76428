import { Worker } from 'node:worker_threads';
import type { Finding } from '../privacy/finding.js';
import { loadDutchLexicon } from '../privacy/load-lexicon.js';
import type { DutchLexicon } from '../privacy/word-lexicon.js';
import { answerScanRequest, type ScanRequest } from './privacy-requests.js';

/** Scans texts for personal data, on another thread where it can; make one per run and close it. */
export interface PrivacyScanner {
  /** The findings per text of the request. */
  scan(request: ScanRequest): Promise<Finding[][]>;
  /** Ends the thread; pending requests fail. */
  close(): Promise<void>;
}

/**
 * A privacy scanner. Where the compiled worker exists (the built package), the word lists load and
 * the scans run on a worker thread, so that on a machine with two cores they cost `code`, `report`
 * and `scan` almost no time; otherwise (tests running the TypeScript sources) they run here, the
 * word lists loaded at the first request.
 */
export function createPrivacyScanner(): PrivacyScanner {
  // Compiled, this module sits beside privacy-worker.js; run from its .ts source, there is no worker to start.
  if (import.meta.url.endsWith('.ts')) return createLocalScanner();
  return createWorkerScanner(new URL('./privacy-worker.js', import.meta.url));
}

/** The scanner on this thread. */
export function createLocalScanner(): PrivacyScanner {
  let lexicon: Promise<DutchLexicon> | null = null;
  return {
    async scan(request) {
      lexicon ??= loadDutchLexicon();
      return answerScanRequest(request, await lexicon);
    },
    close: async () => undefined,
  };
}

/** The scanner on a worker thread started from `url`. */
export function createWorkerScanner(url: URL): PrivacyScanner {
  const worker = new Worker(url);
  const pending = new Map<number, { resolve: (findings: Finding[][]) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };
  worker.on('message', (message: { id: number; findings?: Finding[][]; error?: string }) => {
    const entry = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) entry?.reject(new Error(`privacy scan failed: ${message.error}`));
    else entry?.resolve(message.findings!);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => failAll(new Error('the privacy scan thread ended')));
  return {
    scan(request) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, request });
      });
    },
    async close() {
      failure ??= new Error('the privacy scanner is closed');
      // Whoever still waits has stopped waiting (the run failed): leave their requests unanswered rather than rejected.
      pending.clear();
      await worker.terminate();
    },
  };
}
