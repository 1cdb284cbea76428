// node bench/docx.js (after npm run build): how long reading a .docx of 10,000 words takes, from
// the bytes on disk to segments (archive check, mammoth, blocks, segmentation). Word splits text
// into many runs and writes revision ids; the generated document does too. Figures only.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { createMarkdownParser } from '../dist/ingest/parse-markdown.js';
import { readTranscript } from '../dist/ingest/read-transcript.js';
import { prepareFile } from '../dist/pipeline/prepare.js';
import { DEFAULT_INTERVIEWERS } from '../dist/model/segment.js';

const WORDS = Number(process.env.BENCH_DOCX_WORDS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_REPEATS ?? 15);
const vocabulary = (
  'ik heb maanden op een wachtlijst gestaan en niemand belde me terug toen ben ik zelf gaan bellen bij het ' +
  'wijkteam maar daar moest ik mijn verhaal weer opnieuw vertellen de buurvrouw hielp met de formulieren gelukkig'
).split(' ');

function makeDocument() {
  const children = [];
  let words = 0;
  for (let turn = 0; words < WORDS; turn++) {
    if (turn % 40 === 0) children.push(new Paragraph({ text: `Thema ${turn / 40 + 1}`, heading: HeadingLevel.HEADING_2 }));
    const length = turn % 2 === 0 ? 12 + (turn % 7) : 50 + (turn % 60);
    const text = Array.from({ length }, (_, index) => vocabulary[(turn * 13 + index * 7) % vocabulary.length]).join(' ');
    words += length;
    // Several runs per paragraph, as Word writes them after edits.
    const runs = text.match(/(?:\S+\s*){1,9}/g).map((part, index) => new TextRun({ text: part, italics: index % 5 === 3 }));
    children.push(
      new Paragraph({ children: [new TextRun({ text: turn % 2 === 0 ? 'Interviewer:' : 'R07:', bold: true }), new TextRun(' '), ...runs] }),
    );
  }
  return { document: new Document({ sections: [{ children }] }), words };
}

const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-bench-docx-'));
try {
  const { document, words } = makeDocument();
  const absolute = path.join(scratch, 'interview.docx');
  writeFileSync(absolute, await Packer.toBuffer(document));
  const file = { absolute, display: 'interview.docx', format: 'docx' };
  const markdown = createMarkdownParser();
  const settings = { unit: 'turn', interviewers: DEFAULT_INTERVIEWERS };
  const time = async (action) => {
    const started = process.hrtime.bigint();
    const result = await action();
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
  };
  // mammoth is loaded on the first .docx of a run; timed apart from reading.
  const load = await time(() => import('mammoth'));
  const first = await time(() => prepareFile(file, 'interview', settings, markdown));
  const read = [];
  const prepared = [];
  for (let round = 0; round < ROUNDS; round++) {
    read.push((await time(() => readTranscript(file, markdown))).ms);
    prepared.push((await time(() => prepareFile(file, 'interview', settings, markdown))).ms);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const segments = first.result.transcript?.segments.length ?? 0;
  console.log(`.docx of ${words} words (${(statSync(absolute).size / 1024).toFixed(0)} KB, ${segments} segments):`);
  console.log(`  loading mammoth, once per run:       ${load.ms.toFixed(0)} ms`);
  console.log(`  first read in this process (cold):  ${first.ms.toFixed(0)} ms, read to segments`);
  console.log(
    `  read and convert (readTranscript):  median ${median(read).toFixed(0)} ms, best ${Math.min(...read).toFixed(0)} ms over ${ROUNDS} rounds`,
  );
  console.log(
    `  read to segments (prepareFile):     median ${median(prepared).toFixed(0)} ms, best ${Math.min(...prepared).toFixed(0)} ms (target: under 500 ms)`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
