import { parentPort } from 'node:worker_threads';
import { loadDutchLexicon } from '../privacy/load-lexicon.js';
import { serveScanRequests } from './privacy-requests.js';

// The privacy scanner's thread (createPrivacyScanner): the word lists start loading at once, while
// the main thread reads and codes.
if (parentPort) serveScanRequests(parentPort, loadDutchLexicon());
