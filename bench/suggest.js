// node bench/suggest.js (after npm run build; `npm run bench:suggest` does both): the wall time of
// `rodedraad suggest` as a user runs it, a fresh process each time (Node start-up, loading the
// codebook and the Dutch word list, reading, segmenting and coding, the analysis, writing), on the
// demo corpus fixtures/interviews, and on a synthetic corpus of 100 interviews to show how it grows.
// Figures only: benchmarks are not tests. The target for the demo corpus is under 2 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const rounds = Number(process.env.BENCH_REPEATS ?? 5);
const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-bench-suggest-'));

function measure(corpus) {
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'bin/rodedraad.js'), 'suggest', corpus, '--out', path.join(scratch, 'out'), '--quiet', '--no-color'],
      { cwd: root, encoding: 'utf8' },
    );
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`rodedraad suggest ${corpus} failed:\n${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)], worst: times[times.length - 1] };
}

const synthetic = path.join(here, 'corpora', '100');
ensureCorpus(synthetic, 100);
const rows = [
  { corpus: 'fixtures/interviews (16 interviews)', ...measure('fixtures/interviews') },
  { corpus: 'synthetic 100 interviews', ...measure(path.relative(root, synthetic)) },
];
rmSync(scratch, { recursive: true, force: true });
console.log(`rodedraad suggest: node ${process.version}, ${rounds} runs each, a fresh process per run\n`);
console.log('| corpus | best | median | worst |');
console.log('|---|---:|---:|---:|');
for (const row of rows)
  console.log(`| ${row.corpus} | ${row.best.toFixed(0)} ms | ${row.median.toFixed(0)} ms | ${row.worst.toFixed(0)} ms |`);
