import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createLocalScanner, createWorkerScanner } from '../../src/cli/privacy-scanner.js';
import { type ScanRequest, serveScanRequests } from '../../src/cli/privacy-requests.js';
import { loadDutchLexicon } from '../../src/privacy/load-lexicon.js';

// The compiled worker (npm test builds dist/ before the tests run).
const worker = pathToFileURL(fileURLToPath(new URL('../../dist/cli/privacy-worker.js', import.meta.url)));
const context = { names: ['Sevda'], allowed: ['020-6241111'], minConfidence: 0.5 };
const requests: ScanRequest[] = [
  {
    type: 'transcript',
    text: 'Sevda  0:09\nBel 06-12345678.\n\nR1  0:12\nOf 020-6241111.\n',
    labels: [{ start: 0, end: 11, nameStart: 0, nameEnd: 5 }],
    context,
  },
  { type: 'texts', texts: ['Bel meneer Yılmaz.', 'Niets hier.'], context },
];

describe('the privacy scanner', () => {
  it('on a worker thread finds what it finds on this one, request by request', async () => {
    const local = createLocalScanner();
    const threaded = createWorkerScanner(worker);
    try {
      const here = await Promise.all(requests.map((request) => local.scan(request)));
      const there = await Promise.all(requests.map((request) => threaded.scan(request)));
      expect(there).toEqual(here);
      expect(here[0]!.flat().map((finding) => `${finding.kind} ${finding.text}`)).toEqual(['name Sevda', 'phone 06-12345678']);
      expect(here[1]!.map((findings) => findings.length)).toEqual([1, 0]);
    } finally {
      await threaded.close();
      await local.close();
    }
  });

  it('refuses requests once closed', async () => {
    const threaded = createWorkerScanner(worker);
    await threaded.close();
    await expect(threaded.scan(requests[1]!)).rejects.toThrow('the privacy scanner is closed');
  });

  it('fails the requests of a thread that cannot start', async () => {
    const broken = createWorkerScanner(new URL('./no-such-worker.js', worker));
    await expect(broken.scan(requests[1]!)).rejects.toThrow();
    await broken.close();
  });

  it('answers a request that fails with its error', async () => {
    const { port1, port2 } = new MessageChannel();
    serveScanRequests(port1, loadDutchLexicon());
    const answer = new Promise((resolve) => port2.once('message', resolve));
    port2.postMessage({ id: 7, request: { type: 'texts', texts: null, context } });
    expect(await answer).toMatchObject({ id: 7, error: expect.stringContaining('TypeError') });
    port1.close();
  });
});
