// node bench/report.js (after npm run build): wall time of `rodedraad report --format docx` on the
// demo corpus (16 interviews, by gemeente and rol), as a user runs it: a new node process each
// round, from start to the files written; also md and html for comparison. Figures only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROUNDS = Number(process.env.BENCH_REPEATS ?? 7);
const work = mkdtempSync(path.join(tmpdir(), 'rodedraad-bench-report-'));
const results = path.join(work, 'results');
const run = (args) => {
  const started = process.hrtime.bigint();
  const { status, stderr } = spawnSync(process.execPath, ['bin/rodedraad.js', ...args], { encoding: 'utf8' });
  if (status !== 0) throw new Error(`rodedraad ${args.join(' ')} exited ${status}: ${stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  run(['code', 'fixtures/interviews', '--out', results, '--quiet']);
  for (const format of ['docx', 'md', 'html', 'md,docx,html']) {
    const times = Array.from({ length: ROUNDS }, (_, round) =>
      run([
        'report',
        results,
        '--by',
        'gemeente,rol',
        '--format',
        format,
        '--quote-label',
        '{rol}, {gemeente}',
        '--out',
        path.join(work, `report-${round}`),
        '--quiet',
      ]),
    );
    console.log(
      `report --format ${format.padEnd(12)} median ${median(times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms (${ROUNDS} runs, each a new process)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
