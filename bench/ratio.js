// npm run bench (second part): rodedraad against the baseline script (bench/baseline/) on the same
// generated corpus, as ratios of median wall times of fresh processes in one run: cold `code`
// (empty cache), warm (unchanged, cache filled), warm after a one-word edit of one code, and
// `report`; each with its peak memory (maximum resident set, threads included).
// BENCH_RATIO_SIZES (default 1000; 10000 takes minutes: BENCH_RATIO_SIZES=1000,10000),
// BENCH_RATIO_RUNS (default 3). Figures only: benchmarks are not tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const sizes = (process.env.BENCH_RATIO_SIZES ?? '1000').split(',').map(Number);
const runs = Number(process.env.BENCH_RATIO_RUNS ?? 3);
const python = ['/usr/bin/python3', 'python3'].find(
  (candidate) => spawnSync(candidate, ['-c', 'import nltk'], { stdio: 'ignore' }).status === 0,
);
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall seconds and peak memory (MB; null without GNU time) of a fresh process. */
function measure(command, args) {
  const started = process.hrtime.bigint();
  const result = gnuTime
    ? spawnSync(gnuTime, ['-f', '%M', command, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')} failed: ${result.stderr}`);
  const kilobytes = gnuTime ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN;
  return { seconds, memory: Number.isFinite(kilobytes) ? kilobytes / 1024 : null };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rodedraad = (...args) => measure(process.execPath, [path.join(root, 'bin/rodedraad.js'), ...args]);

console.log(
  `\nrodedraad against the baseline script: node ${process.version}, ${availableParallelism()} cores, median of ${runs} fresh processes each`,
);
if (!python) console.log('Python 3 with NLTK not found (Debian: apt-get install -y python3-nltk): the baseline is skipped, no ratios.');
console.log('\n| interviews | step | median wall | × baseline | peak memory |\n|---:|---|---:|---:|---:|');
const codebook = readFileSync(path.join(root, 'codebooks/scp-gezien-gehoord-geholpen.yaml'), 'utf8');
for (const size of sizes) {
  const corpus = path.join(here, 'corpora', String(size));
  ensureCorpus(corpus, size);
  const files = readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(corpus, name));
  const steps = { baseline: [], 'code, cold': [], 'code, warm (unchanged)': [], 'code, warm after a one-word edit': [], report: [] };
  for (let run = 0; run < runs; run++) {
    const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-ratio-'));
    const cache = path.join(scratch, 'cache');
    const out = path.join(scratch, 'out');
    if (python)
      steps.baseline.push(
        measure(python, [path.join(here, 'baseline/baseline_nltk.py'), path.join(here, 'baseline/keywords.tsv'), ...files]),
      );
    steps['code, cold'].push(rodedraad('code', corpus, '--out', out, '--quiet', '--cache-dir', cache));
    steps['code, warm (unchanged)'].push(rodedraad('code', corpus, '--out', out, '--quiet', '--cache-dir', cache));
    // One word added to one code: each round another word, so the edit is always new to the cache.
    const edited = path.join(scratch, 'edited.yaml');
    writeFileSync(edited, codebook.replace('- "*wachtlijst*"\n', `- "*wachtlijst*"\n          - benchwoord${run}\n`));
    steps['code, warm after a one-word edit'].push(
      rodedraad('code', corpus, '--out', out, '--quiet', '--cache-dir', cache, '--codebook', edited),
    );
    steps.report.push(rodedraad('report', out, '--quiet'));
    rmSync(scratch, { recursive: true, force: true });
  }
  const base = python ? median(steps.baseline.map((step) => step.seconds)) : null;
  for (const [name, measured] of Object.entries(steps)) {
    if (measured.length === 0) continue;
    const seconds = median(measured.map((step) => step.seconds));
    const memory = measured.every((step) => step.memory !== null) ? `${median(measured.map((step) => step.memory)).toFixed(0)} MB` : 'n/a';
    const ratio = base && name !== 'baseline' ? `${(seconds / base).toFixed(2)}×` : '';
    console.log(`| ${size} | ${name} | ${seconds.toFixed(2)} s | ${ratio} | ${memory} |`);
  }
}
console.log('\nPeak memory: maximum resident set of the process (GNU time %M), worker threads included.');
