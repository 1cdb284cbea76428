import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeText } from '../../src/code/apply.js';
import { compileMatcher } from '../../src/code/matcher.js';
import { createMarkdownParser, parseMarkdownTranscript } from '../../src/ingest/parse-markdown.js';
import { scanMarkdownTranscript } from '../../src/ingest/scan-markdown.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';
import type { ParsedTranscript } from '../../src/model/transcript.js';
import { loadCodebooks } from '../../src/pipeline/load-codebooks.js';
import { segmentTranscript } from '../../src/segment/segment.js';
// The benchmark's corpus generator: the transcripts `npm run bench` measures.
import { interview } from '../../bench/generate.js';
import { renderTranscript, transcriptArbitrary } from '../fuzz/corpus.js';

/**
 * The differential test of the transcript fast path: wherever the scanner reads a document, its
 * blocks, and so every segment, position and coding, must be exactly remark's.
 */
const remark = createMarkdownParser();
const matcher = compileMatcher(await loadCodebooks([], process.cwd()));

/** Everything the rest of the pipeline makes of a parse: segments with their places and codings. */
function pipeline(parsed: ParsedTranscript, text: string) {
  const { segments, diagnostics } = segmentTranscript(parsed, text, 'x.md', {
    unit: 'turn',
    documentId: 'R1',
    interviewers: DEFAULT_INTERVIEWERS,
  });
  return {
    diagnostics,
    segments: segments.map((segment) => ({
      ...segment,
      codings: codeText(matcher, segment.text).codings.map((coding) => ({
        code: coding.code.code.id,
        negated: coding.negated,
        hits: coding.hits,
      })),
    })),
  };
}

/** Compare both paths on one text; returns whether the fast path read it. */
function same(text: string): boolean {
  const fast = scanMarkdownTranscript(text, 'x.md');
  if (!fast) return false;
  const slow = parseMarkdownTranscript(text, 'x.md', remark);
  expect(fast).toEqual(slow);
  expect(pipeline(fast, text)).toEqual(pipeline(slow, text));
  return true;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return /\.(md|markdown)$/.test(name) ? [file] : [];
  });
}

/** Transcript-shaped Markdown with the constructs the scanner reads and many it must hand to remark. */
const PIECES = [
  'wachtlijst',
  'niet',
  'hulp',
  'R1:',
  'I:',
  '**R1:**',
  '**I:**',
  '**R1**:',
  '*ja*',
  '_nee_',
  '**',
  '*',
  '_',
  '***',
  '__',
  'a*b',
  'a_b_c',
  '*"x"*',
  '"*',
  '*.',
  '.**',
  '(**',
  '**)',
  '[R1]',
  '[00:12:31]',
  '🙂',
  '\u00a0',
  '\t',
  'é',
  '#',
  '#tag',
  '<!--',
  '-->',
  '<b>',
  '&amp;',
  '[a](b)',
  '`x`',
  '\\*',
  '!',
  '?',
  ':',
  ';',
  '2020.',
];
const line = fc
  .tuple(
    fc.constantFrom(
      '',
      '',
      '',
      '# ',
      '## ',
      '###### ',
      '####### ',
      '- ',
      '* ',
      '1. ',
      '> ',
      '    ',
      ' ',
      '<!-- x -->',
      '---',
      '***',
      '===',
    ),
    fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 8 }),
    fc.array(fc.constantFrom(' ', '', ''), { maxLength: 1 }),
    fc.constantFrom('', '', '', ' ', '  ', '   ', '\t'),
  )
  .map(([lead, words, joiner, trailing]) => `${lead}${words.join(joiner[0] ?? ' ')}${trailing}`);
const markdown = fc
  .tuple(
    fc.constantFrom('', '', '---\nid: R1\ngemeente: A\n---\n', '---\n---\n', '---\nid: R1\n', '---\nx: 1\n--- \n'),
    fc.array(fc.oneof(line, fc.constant(''), fc.constant('<!-- opmerking\nover twee regels -->')), { maxLength: 14 }),
  )
  .map(([front, lines]) => front + lines.join('\n'));

describe('the transcript fast path (differential against remark)', () => {
  it('gives the same blocks, segments, positions and codings on every Markdown fixture and the demo corpus', () => {
    const files = [...markdownFiles('fixtures'), ...markdownFiles('test/fixtures')];
    const read = files.filter((file) => same(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    // The demo interviews are transcript-shaped: all 15 Markdown ones take the fast path.
    expect(read.filter((file) => file.startsWith('fixtures/interviews/') && !file.endsWith('README.md'))).toHaveLength(15);
  }, 60_000);

  it('gives the same on the benchmark corpus generator, and reads all of it', () => {
    for (let index = 0; index < 40; index++) expect(same(interview(index))).toBe(true);
  }, 60_000);

  it('gives the same on generated transcripts of every layout', () => {
    let read = 0;
    fc.assert(
      fc.property(transcriptArbitrary, (shape) => {
        if (same(renderTranscript(shape, 'R1').text.replace(/^\uFEFF/, ''))) read++;
      }),
      { numRuns: 150 },
    );
    expect(read).toBeGreaterThan(20);
  }, 60_000);

  it('gives the same on generated Markdown full of emphasis, breaks, headings and constructs it hands to remark', () => {
    let read = 0;
    fc.assert(
      fc.property(markdown, (text) => {
        if (same(text)) read++;
      }),
      { numRuns: 50 * Number(process.env['FUZZ_RUNS'] ?? 60) },
    );
    expect(read).toBeGreaterThan(200);
  }, 600_000);

  it('hands lists, quotes, code, HTML, links, entities, escapes and unclosed front matter to remark', () => {
    for (const text of [
      'R1: ja\n- een lijst',
      'R1: ja\n\n> citaat',
      'R1: `code`',
      'R1: <b>ja</b>',
      'R1: [link](https://example.org)',
      'R1: &amp;',
      'R1: \\*ja\\*',
      '---\nid: R1\nI: vraag',
      'R1: ja\r\nI: nee',
      '    ingesprongen',
      'Kop\n===',
      '2020. Toen ging het mis.',
      '## Kop ##',
    ])
      expect(scanMarkdownTranscript(text, 'x.md')).toBeNull();
  });
});
