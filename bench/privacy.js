// node bench/privacy.js (after npm run build; `npm run bench:privacy` does both): the privacy scan's
// cost. Loading the Dutch word lists (time and memory, in this fresh process), scanning the demo corpus
// fixtures/interviews (16 files) cold and warm, and scanning synthetic corpora of 100 and 1,000
// interviews to show the time grows linearly with the text; then `rodedraad scan` on the demo
// corpus as a user runs it, in fresh processes (node start-up included), and `rodedraad --help` for
// the start-up alone. Figures only: benchmarks are not tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const rounds = Number(process.env.BENCH_REPEATS ?? 5);
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes) => (bytes / 1e6).toFixed(1);

function transcripts(folder) {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) return transcripts(file);
      return /\.(md|txt)$/.test(name) && name !== 'README.md' ? [file] : [];
    });
}

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let started = process.hrtime.bigint();
const { loadDutchLexicon, protectedRanges, scanText } = await import('../dist/privacy/index.js');
const lexicon = await loadDutchLexicon();
const loadMs = ms(started);
global.gc?.();
const heapLexicon = process.memoryUsage().heapUsed - heapBefore;

/** Scans every text `rounds` times; the first round is cold (JIT not warm), the best is reported too. */
function measure(texts) {
  const times = [];
  let findings = 0;
  for (let round = 0; round < rounds; round++) {
    started = process.hrtime.bigint();
    findings = 0;
    for (const text of texts) findings += scanText(text, { lexicon, exclude: protectedRanges(text) }).length;
    times.push(ms(started));
  }
  return { cold: times[0], best: Math.min(...times), findings };
}

const rows = [];
const demo = transcripts(path.join(root, 'fixtures/interviews')).map((file) => readFileSync(file, 'utf8'));
rows.push({ corpus: 'fixtures/interviews', files: demo.length, ...measure(demo), texts: demo });
for (const size of [100, 1000]) {
  const folder = path.join(here, 'corpora', String(size));
  ensureCorpus(folder, size);
  const texts = transcripts(folder).map((file) => readFileSync(file, 'utf8'));
  rows.push({ corpus: `synthetic ${size}`, files: texts.length, ...measure(texts), texts });
}

console.log(`rodedraad privacy scan: node ${process.version}, ${rounds} rounds\n`);
console.log(
  `loading the word lists: ${loadMs.toFixed(0)} ms, ${mb(heapLexicon)} MB heap (${global.gc ? 'after gc' : 'run with --expose-gc for a steady figure'})\n`,
);
console.log(`the demo corpus in a fresh process, word lists included: ${(loadMs + rows[0].cold).toFixed(0)} ms\n`);
console.log('| corpus | files | words | MB | first scan | best scan | MB/s | findings >= 0.5 |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const bytes = row.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const words = row.texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
  console.log(
    `| ${row.corpus} | ${row.files} | ${words} | ${mb(bytes)} | ${row.cold.toFixed(0)} ms | ${row.best.toFixed(0)} ms | ${(bytes / 1e6 / (row.best / 1000)).toFixed(2)} | ${row.findings} |`,
  );
}

/** Wall times of `node bin/rodedraad.js <args>` in fresh processes, sorted. */
function timeCommand(args, runs) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [path.join(root, 'bin/rodedraad.js'), ...args], { cwd: root, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`rodedraad ${args.join(' ')} exited ${result.status}`);
    times.push(ms(started));
  }
  return times.sort((a, b) => a - b);
}

const cliRuns = 9;
const scans = timeCommand(['scan', 'fixtures/interviews'], cliRuns);
const helps = timeCommand(['--help'], cliRuns);
const middle = Math.floor(cliRuns / 2);
console.log(
  `\n\`rodedraad scan fixtures/interviews\` (16 transcripts, ${availableParallelism()} cores): median ${scans[middle].toFixed(0)} ms, ` +
    `best ${scans[0].toFixed(0)} ms, slowest ${scans.at(-1).toFixed(0)} ms (${cliRuns} fresh processes; \`rodedraad --help\`: median ${helps[middle].toFixed(0)} ms)`,
);
