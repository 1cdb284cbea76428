// For codebook authors: size of each shipped codebook (codes, patterns, examples) and how it codes
// the demo corpus: share of respondent segments it codes, and per code the documents and the share
// of respondent segments that have the code, and the negated mentions apart. Needs a build (npm run build). Usage:
//   node scripts/codebook-stats.mjs [codebook name ...] [--corpus <folder>]
// The public API, and two internals this maintainer's script needs (the example runner and what counts).
import {
  compileMatcher,
  createCodingRun,
  DEFAULT_INTERVIEWERS,
  listShippedCodebooks,
  listTranscriptFiles,
  loadCodebooks,
} from '../dist/index.js';
import { isEvidence } from '../dist/aggregate/presence.js';
import { exampleHolds, runExamples } from '../dist/check/examples.js';

const args = process.argv.slice(2);
const corpusAt = args.indexOf('--corpus');
const corpus = corpusAt >= 0 ? args.splice(corpusAt, 2)[1] : 'fixtures/interviews';
const names = args.length > 0 ? args : await listShippedCodebooks();
const { files } = await listTranscriptFiles([corpus], { cwd: process.cwd(), exclude: [] });
const percent = (part, whole) => `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;

for (const name of names) {
  const codebooks = await loadCodebooks([name], process.cwd());
  const codebook = codebooks[0];
  const codes = codebook.themes.flatMap((theme) => theme.codes);
  const patterns = codes.reduce((sum, code) => sum + code.match.length + code.unless.length, 0);
  const examples = codes.reduce((sum, code) => sum + code.examples.length, 0);
  const failing = runExamples(codebooks, compileMatcher(codebooks)).filter((result) => !exampleHolds(result));

  const run = createCodingRun(codebooks, { unit: 'turn', includeInterviewer: false, interviewers: DEFAULT_INTERVIEWERS });
  const perCode = new Map(codes.map((code) => [code.id, { documents: new Set(), segments: 0, negated: 0 }]));
  let respondent = 0;
  let coded = 0;
  for await (const document of run.documents(files, { diagnostic() {}, progress() {} })) {
    for (const segment of document.segments) {
      if (segment.role !== 'respondent') continue;
      respondent++;
      // Counted as everywhere else: a negated mention is not presence (see src/aggregate/presence.ts).
      if (segment.codings.some(isEvidence)) coded++;
      for (const coding of segment.codings) {
        const entry = perCode.get(coding.code.code.id);
        if (!isEvidence(coding)) {
          entry.negated++;
          continue;
        }
        entry.documents.add(document.id);
        entry.segments++;
      }
    }
  }
  console.log(
    `\n${codebook.id} ${codebook.version}: ${codes.length} codes, ${patterns} patterns, ${examples} examples (${failing.length} failing); codes ${coded} of ${respondent} respondent segments (${percent(coded, respondent)}) of ${files.length} documents`,
  );
  for (const code of codes) {
    const entry = perCode.get(code.id);
    console.log(
      `  ${code.id.padEnd(30)} ${String(entry.documents.size).padStart(3)} docs  ${String(entry.segments).padStart(4)} segs ${percent(entry.segments, respondent).padStart(4)}  negated ${entry.negated}`,
    );
  }
  for (const result of failing)
    console.log(
      `  FAIL ${result.code.id}: ${result.example.expect}: ${result.example.text}  -> ${result.codings.map((c) => c.code).join(', ') || 'nothing'}`,
    );
}
