// One measurement in a fresh process, so that every stage starts as cold as a real run:
//   remark <folder>         remark-parse alone on the files (read beforehand), as the issue names it
//   parse <folder>          remark-parse with remark-frontmatter, the parser rodedraad uses, alone
//   segment-code <folder>   segmenting and coding alone (files read and parsed beforehand)
//   code <folder> <out>     rodedraad code end to end (reading and writing included)
//   code-no-gate <folder> <out>  the same with --allow-personal-data: without the privacy gate
// Prints {milliseconds, maxRssMB, bytes, segments} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import path from 'node:path';
import { codeText } from '../dist/code/apply.js';
import { compileMatcher } from '../dist/code/matcher.js';
import { loadCodebooks } from '../dist/pipeline/load-codebooks.js';
import { run } from '../dist/cli/run.js';
import { createMarkdownParser } from '../dist/ingest/parse-markdown.js';
import { parseTranscript } from '../dist/ingest/parse.js';
import { segmentTranscript } from '../dist/segment/segment.js';
import { DEFAULT_INTERVIEWERS } from '../dist/model/segment.js';

const [mode, folder, out] = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort();
const endToEnd = mode === 'code' || mode === 'code-no-gate';
const texts = endToEnd ? [] : files.map((name) => readFileSync(path.join(folder, name), 'utf8'));
const parse = createMarkdownParser();
const parsed = mode === 'segment-code' ? texts.map((text, index) => parseTranscript(text, 'markdown', files[index], parse)) : [];
const matcher = mode === 'segment-code' ? compileMatcher(await loadCodebooks([], process.cwd())) : null;
let segments = 0;
// Module loading is a fixed start-up cost, not throughput: load the command before the clock starts
// (the --help figure shows start-up).
if (endToEnd) await import('../dist/cli/code.js');

const started = process.hrtime.bigint();
if (mode === 'remark') {
  const plain = unified().use(remarkParse).freeze();
  for (const text of texts) plain.parse(text);
} else if (mode === 'parse') {
  for (const text of texts) parse(text);
} else if (mode === 'segment-code') {
  parsed.forEach((transcript, index) => {
    const result = segmentTranscript(transcript, texts[index], files[index], {
      unit: 'turn',
      documentId: files[index],
      interviewers: DEFAULT_INTERVIEWERS,
    });
    for (const segment of result.segments) {
      segments++;
      if (segment.role === 'respondent') codeText(matcher, segment.text);
    }
  });
} else {
  const sink = { write: () => true, isTTY: false };
  const gate = mode === 'code-no-gate' ? ['--allow-personal-data'] : [];
  const code = await run(['code', folder, '--out', out, '--quiet', ...gate], { stdout: sink, stderr: sink, cwd: process.cwd(), env: {} });
  if (code !== 0) throw new Error(`rodedraad code exited ${code}`);
}
const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(`${JSON.stringify({ milliseconds, maxRssMB: process.resourceUsage().maxRSS / 1024, segments })}\n`);
