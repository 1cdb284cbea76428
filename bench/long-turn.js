// npm run bench:long-turn: how long `rodedraad code` takes on one transcript whose respondent
// says everything in a single turn of about 2 MB: in paragraphs, as one 2 MB line, and without
// any punctuation (one clause). With the
// default codebook (which has regex patterns), and with a codebook whose regex scslre calls
// polynomial. Coding time must grow linearly with the length of a segment (README "Limits").
// Figures only: benchmarks are not tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interview } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const bytes = Number(process.env.BENCH_TURN_BYTES ?? 2_000_000);

/** The respondent's words of a synthetic interview, without labels, headings or questions. */
function words(size) {
  const text = interview(0, size + 20_000);
  const paragraphs = text
    .split('\n\n')
    .map((part) => part.replace(/^\*\*R0001:\*\* /, '').trim())
    .filter((part) => part !== '' && !/^(\*\*I:\*\*|#|---|<!--)/.test(part));
  let body = '';
  for (const paragraph of paragraphs) {
    if (body.length >= size) break;
    body += (body === '' ? '' : '\n\n') + paragraph;
  }
  return body;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-long-turn-'));
const runs = Number(process.env.BENCH_RUNS ?? 2);
const wordBytes = Number(process.env.BENCH_WORD_BYTES ?? bytes);
const body = words(bytes);
const layouts = {
  paragraphs: body,
  'one line': body.replace(/\n\n/g, ' '),
  // Speech recognition without punctuation: the whole turn is one sentence and one clause.
  'no punctuation': body.replace(/[.,!?;:…"“”()–—-]/g, ' ').replace(/\s+/g, ' '),
  // Hostile: letters without a space, where any regex with a repeated \w can backtrack. It ends in
  // "wachtlijst", so that the regexes below hold their literal and are run (not skipped by it).
  'one word': `${'wacht'.repeat(Math.ceil(wordBytes / 5)).slice(0, wordBytes - 10)}wachtlijst`,
};

/** A one-code codebook with one regex pattern. */
function regexCodebook(name, pattern) {
  const file = path.join(scratch, `${name}.yaml`);
  writeFileSync(
    file,
    `id: ${name}\ntitle: ${name}\nversion: 1.0.0\nlanguage: nl\nthemes:\n  - id: t\n    label: T\n    codes:\n      - id: c\n        label: C\n        match:\n          - ${JSON.stringify(pattern)}\n`,
  );
  return ['--codebook', file];
}
const codebooks = {
  default: [],
  // Hits on nearly every sentence: each hit used to scan every token of the segment.
  'frequent regex /\\b(ik|mijn|me)\\b/i': regexCodebook('frequent', '/\\b(ik|mijn|me)\\b/i'),
  // Safe by check (no nested or trading quantifiers), but tried at every start of a long word.
  'safe-looking /\\w+lijst/': regexCodebook('safe-looking', '/\\w+lijst/'),
  // check warns: polynomial (two quantifiers trade letters).
  'polynomial /\\w+\\s*\\w+\\s*wachtlijst/': regexCodebook('polynomial', '/\\w+\\s*\\w+\\s*wachtlijst/'),
};
const cases = [
  ['paragraphs', 'default'],
  ['no punctuation', 'default'],
  ['paragraphs', 'frequent regex /\\b(ik|mijn|me)\\b/i'],
  ['one line', 'frequent regex /\\b(ik|mijn|me)\\b/i'],
  ['one line', 'polynomial /\\w+\\s*\\w+\\s*wachtlijst/'],
  ['one word', 'safe-looking /\\w+lijst/'],
  ['one word', 'polynomial /\\w+\\s*\\w+\\s*wachtlijst/'],
];

console.log(
  `rodedraad code on one transcript whose respondent turn is ${(bytes / 1e6).toFixed(1)} MB (one word: ${(wordBytes / 1e6).toFixed(1)} MB); node ${process.version}; best of ${runs} runs, node start-up included\n`,
);
console.log('| layout | codebook | seconds |');
console.log('|---|---|---:|');
for (const [layout, name] of cases) {
  const folder = path.join(scratch, layout.replace(/\W+/g, '-'));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'r1.md'), `---\nid: R1\n---\n\n**I:** Vertelt u eens.\n\n**R1:** ${layouts[layout]}\n`);
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    execFileSync(
      process.execPath,
      [
        path.join(root, 'bin/rodedraad.js'),
        'code',
        folder,
        '--quiet',
        '--no-cache',
        '--out',
        path.join(scratch, 'out'),
        ...codebooks[name],
      ],
      { stdio: 'ignore' },
    );
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  console.log(`| ${layout} | \`${name}\` | ${Math.min(...times).toFixed(2)} |`);
}
rmSync(scratch, { recursive: true, force: true });
