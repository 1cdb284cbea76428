// npm run bench: throughput of remark parsing alone, of segmenting and coding alone, and of
// `rodedraad code` end to end on synthetic corpora of 100 and 1,000 interviews; peak memory of
// the end-to-end run; and how fast `rodedraad --help` returns. Each figure is the best of several
// fresh processes. Figures only: benchmarks are not tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const sizes = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);

const mbPerSecond = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const format = (value, digits = 2) => value.toFixed(digits);

/**
 * Runs every mode in `repeats` rounds of fresh processes; the modes take turns, so that each round
 * meets the machine in the same state. Reports the best time per mode and the median, over the
 * rounds, of end to end / remark: on a shared machine, a ratio within a round is steadier than a
 * ratio of two bests taken at different moments.
 */
function measureAll(folder) {
  const reports = { parse: [], 'segment-code': [], code: [] };
  for (let index = 0; index < repeats; index++) {
    for (const mode of Object.keys(reports)) {
      const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-bench-'));
      const output = execFileSync(process.execPath, [path.join(here, 'child.js'), mode, folder, path.join(scratch, 'out')], { cwd: root, encoding: 'utf8' });
      rmSync(scratch, { recursive: true, force: true });
      reports[mode].push(JSON.parse(output));
    }
  }
  const best = (list) => ({
    milliseconds: Math.min(...list.map((report) => report.milliseconds)),
    maxRssMB: Math.max(...list.map((report) => report.maxRssMB)),
    segments: list[0].segments,
  });
  const ratios = reports.parse.map((report, index) => report.milliseconds / reports.code[index].milliseconds).sort((a, b) => a - b);
  return { parse: best(reports.parse), code: best(reports['segment-code']), end: best(reports.code), ratio: ratios[Math.floor(ratios.length / 2)] };
}

const rows = [];
for (const size of sizes) {
  const folder = path.join(here, 'corpora', String(size));
  ensureCorpus(folder, size);
  const bytes = readdirSync(folder).filter((name) => name.endsWith('.md')).reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
  const { parse, code, end, ratio } = measureAll(folder);
  rows.push({ size, bytes, segments: code.segments, parse, code, end, ratio });
}

const help = [];
for (let index = 0; index < 15; index++) {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(root, 'bin/rodedraad.js'), '--help'], { stdio: 'ignore' });
  help.push(Number(process.hrtime.bigint() - started) / 1e6);
}
help.sort((a, b) => a - b);

console.log(`rodedraad benchmark: node ${process.version}, default codebook, best of ${repeats} fresh processes\n`);
console.log('| interviews | MB | segments | remark alone | segment + code alone | end to end | end to end / remark (median of rounds) | peak memory (end to end) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const cell = (report) => `${format(mbPerSecond(row.bytes, report.milliseconds))} MB/s (${format(report.milliseconds / 1000)} s)`;
  console.log(
    `| ${row.size} | ${format(row.bytes / 1e6)} | ${row.segments} | ${cell(row.parse)} | ${cell(row.code)} | ${cell(row.end)} | ` +
      `${format(100 * row.ratio, 0)}% | ${format(row.end.maxRssMB, 0)} MB |`,
  );
}
console.log(`\n\`rodedraad --help\`: median ${format(help[7], 0)} ms, slowest ${format(help[14], 0)} ms (15 runs of node bin/rodedraad.js --help, node start-up included)`);
