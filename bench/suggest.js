// node bench/suggest.js (after npm run build; `npm run bench:suggest` does both): the wall and CPU time of
// `rodedraad suggest` as a user runs it, a fresh process each time (Node start-up, loading the
// codebook and the Dutch word list, reading, segmenting and coding, the analysis, writing), on the
// demo corpus fixtures/interviews, and on a synthetic corpus of 100 interviews to show how it grows.
// Figures only: benchmarks are not tests. The target for the demo corpus is under 2 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const rounds = Number(process.env.BENCH_REPEATS ?? 5);
const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-bench-suggest-'));

/** Wall time and CPU time (user + system, from bash's `time`) of one run in a fresh process. */
function once(corpus) {
  const command = `TIMEFORMAT='%R %U %S'; time '${process.execPath}' bin/rodedraad.js suggest '${corpus}' --out '${path.join(scratch, 'out')}' --quiet --no-color`;
  const result = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`rodedraad suggest ${corpus} failed:\n${result.stderr}`);
  const [wall, user, system] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall: wall * 1000, cpu: (user + system) * 1000 };
}

function measure(corpus) {
  const runs = Array.from({ length: rounds }, () => once(corpus));
  const sorted = (key) => runs.map((run) => run[key]).sort((a, b) => a - b);
  const wall = sorted('wall');
  const cpu = sorted('cpu');
  return { best: wall[0], median: wall[Math.floor(rounds / 2)], worst: wall.at(-1), cpu: cpu[Math.floor(rounds / 2)] };
}

const synthetic = path.join(here, 'corpora', '100');
ensureCorpus(synthetic, 100);
const rows = [
  { corpus: 'fixtures/interviews (16 interviews)', ...measure('fixtures/interviews') },
  { corpus: 'synthetic 100 interviews', ...measure(path.relative(root, synthetic)) },
];
rmSync(scratch, { recursive: true, force: true });
// Other work on the machine stretches wall time; CPU time (user + system) much less.
console.log(
  `rodedraad suggest: node ${process.version}, ${rounds} runs each, a fresh process per run; load average ${loadavg()[0].toFixed(1)}\n`,
);
console.log('| corpus | wall, best | wall, median | wall, worst | CPU, median |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.corpus} | ${row.best.toFixed(0)} ms | ${row.median.toFixed(0)} ms | ${row.worst.toFixed(0)} ms | ${row.cpu.toFixed(0)} ms |`,
  );
}
