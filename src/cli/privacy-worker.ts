import { parentPort } from 'node:worker_threads';
import { loadDutchLexicon } from '../privacy/load-lexicon.js';
import { answerScanRequest, type ScanRequest } from './privacy-requests.js';

/**
 * The privacy scanner's thread (see createPrivacyScanner): loads the word lists at once, while the
 * main thread reads and codes, then answers requests in the order they come.
 */
const lexicon = loadDutchLexicon();
parentPort!.on('message', (message: { readonly id: number; readonly request: ScanRequest }) => {
  lexicon.then(
    (loaded) => {
      try {
        parentPort!.postMessage({ id: message.id, findings: answerScanRequest(message.request, loaded) });
      } catch (error) {
        parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    },
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: String(error) }),
  );
});
