import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEvidence } from '../../src/aggregate/presence.js';
import { loadCodebooks } from '../../src/pipeline/load-codebooks.js';
import { listTranscriptFiles } from '../../src/ingest/list-files.js';
import { createCodingRun } from '../../src/pipeline/pipeline.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { files } = await listTranscriptFiles(['fixtures/interviews'], { cwd: root, exclude: [] });

/** Per code of a codebook: the documents it is found in and its share of respondent segments. */
async function codeDemoCorpus(name: string) {
  const codebooks = await loadCodebooks([name], root);
  const run = createCodingRun(codebooks, { unit: 'turn', includeInterviewer: false, interviewers: DEFAULT_INTERVIEWERS });
  const found = new Map(run.codes.map((code) => [code.code.id, { documents: new Set<string>(), segments: 0 }]));
  let respondentSegments = 0;
  for await (const document of run.documents(files, { diagnostic() {}, progress() {} })) {
    for (const segment of document.segments) {
      if (segment.role !== 'respondent') continue;
      respondentSegments++;
      for (const coding of segment.codings.filter(isEvidence)) {
        const entry = found.get(coding.code.code.id)!;
        entry.documents.add(document.id);
        entry.segments++;
      }
    }
  }
  return [...found].map(([code, entry]) => ({ code, documents: entry.documents.size, share: entry.segments / respondentSegments }));
}

describe.each(['scp-gezien-gehoord-geholpen', 'sociale-basis'])('%s on the demo corpus', async (name) => {
  const codes = await codeDemoCorpus(name);

  it('finds every code in at least one interview', () => {
    expect(codes.filter((code) => code.documents === 0).map((code) => code.code)).toEqual([]);
  });

  it('finds no code in more than 60% of respondent segments', () => {
    expect(codes.filter((code) => code.share > 0.6).map((code) => `${code.code}: ${Math.round(100 * code.share)}%`)).toEqual([]);
  });
});
