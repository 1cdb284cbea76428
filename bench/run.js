// npm run bench: throughput of remark parsing alone, of segmenting and coding alone, and of
// `rodedraad code` end to end on synthetic corpora of 100 and
// 1,000 interviews, with and without the privacy gate (--allow-personal-data); peak memory of the end-to-end runs; how fast `rodedraad --help` returns.
// Figures only: benchmarks are not tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const sizes = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const MODES = ['remark', 'parse', 'segment-code', 'code', 'code-no-gate'];

const mbPerSecond = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const format = (value, digits = 2) => value.toFixed(digits);

/**
 * Runs every mode in `repeats` rounds of fresh processes; the modes take turns, so that each round
 * meets the machine in the same state. Keeps the best time per mode, and the median over the rounds
 * of remark time / end-to-end time: on a shared machine a ratio within one round is steadier than
 * a ratio of two bests taken at different moments.
 */
function measureAll(folder) {
  const reports = Object.fromEntries(MODES.map((mode) => [mode, []]));
  for (let round = 0; round < repeats; round++) {
    for (const mode of MODES) {
      const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-bench-'));
      const output = execFileSync(process.execPath, [path.join(here, 'child.js'), mode, folder, path.join(scratch, 'out')], {
        cwd: root,
        encoding: 'utf8',
      });
      rmSync(scratch, { recursive: true, force: true });
      reports[mode].push(JSON.parse(output));
    }
  }
  const best = (mode) => ({
    milliseconds: Math.min(...reports[mode].map((report) => report.milliseconds)),
    maxRssMB: Math.max(...reports[mode].map((report) => report.maxRssMB)),
    segments: reports[mode][0].segments,
  });
  const median = (baseline) => {
    const ratios = reports[baseline].map((report, round) => report.milliseconds / reports.code[round].milliseconds).sort((a, b) => a - b);
    return ratios[Math.floor(ratios.length / 2)];
  };
  return {
    remark: best('remark'),
    parse: best('parse'),
    code: best('segment-code'),
    end: best('code'),
    noGate: best('code-no-gate'),
    ratioRemark: median('remark'),
    ratio: median('parse'),
    // What the privacy gate adds to the run, as a share of the run without it (median over the rounds).
    gateCost: 1 / median('code-no-gate') - 1,
  };
}

const rows = [];
for (const size of sizes) {
  const folder = path.join(here, 'corpora', String(size));
  ensureCorpus(folder, size);
  const bytes = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
  rows.push({ size, bytes, ...measureAll(folder) });
}

const help = [];
for (let run = 0; run < 15; run++) {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(root, 'bin/rodedraad.js'), '--help'], { stdio: 'ignore' });
  help.push(Number(process.hrtime.bigint() - started) / 1e6);
}
help.sort((a, b) => a - b);

// `rodedraad check` on all shipped codebooks together, as a CI job runs it: a fresh process each time.
const shipped = readdirSync(path.join(root, 'codebooks'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => path.join('codebooks', name));
const checks = [];
for (let run = 0; run < 7; run++) {
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, [path.join(root, 'bin/rodedraad.js'), 'check', ...shipped], { cwd: root, stdio: 'ignore' });
  checks.push(Number(process.hrtime.bigint() - started) / 1e6);
}
checks.sort((a, b) => a - b);

console.log(
  `rodedraad benchmark: node ${process.version}, ${availableParallelism()} cores, default codebook, best of ${repeats} rounds of fresh processes\n`,
);
console.log(
  '| interviews | MB | segments | remark-parse alone | remark-parse + frontmatter alone | segment + code alone | end to end | end to end / remark-parse | end to end / remark-parse + frontmatter | peak memory | end to end without the privacy gate | privacy gate cost |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const cell = (report) => `${format(mbPerSecond(row.bytes, report.milliseconds))} MB/s (${format(report.milliseconds / 1000)} s)`;
  console.log(
    `| ${row.size} | ${format(row.bytes / 1e6)} | ${row.code.segments} | ${cell(row.remark)} | ${cell(row.parse)} | ${cell(row.code)} | ${cell(row.end)} | ` +
      `${format(100 * row.ratioRemark, 0)}% | ${format(100 * row.ratio, 0)}% | ${format(row.end.maxRssMB, 0)} MB | ${cell(row.noGate)} | ${row.gateCost >= 0 ? '+' : ''}${format(100 * row.gateCost, 0)}% |`,
  );
}
console.log('\nremark-parse alone: unified().use(remarkParse).parse() on each file. rodedraad parses with remark-parse and');
console.log('remark-frontmatter, which on transcripts with front matter is faster; both baselines are shown.');
console.log('Ratios: median over the rounds of baseline time / end-to-end time in the same round (higher is better).');
console.log('Peak memory: resident set of the end-to-end process.');
console.log('Privacy gate cost: median over the rounds of end to end / end to end with --allow-personal-data, minus 1: the scan of');
console.log('every coded segment, on a worker thread while coding goes on.');
console.log(
  `\`rodedraad check\` on the ${shipped.length} shipped codebooks together: median ${format(checks[3], 0)} ms, slowest ${format(checks[6], 0)} ms (7 runs, node start-up included)`,
);
console.log(
  `\`rodedraad --help\`: median ${format(help[7], 0)} ms, slowest ${format(help[14], 0)} ms (15 runs of node bin/rodedraad.js --help, node start-up included)`,
);
