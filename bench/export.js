// npm run bench:export: how long `rodedraad export` takes for the demo corpus's coding, as a user runs
// it (`npx rodedraad code fixtures/interviews`, then `rodedraad export rodedraad-out -o study.qdpx`):
// the whole command in a fresh process (Node start-up included), and the export alone in this
// process (reading result.json, transcripts and codebook, building and zipping the project). The
// target is under 1 s for the whole command. Figures only: benchmarks are not tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findResultCodebooks } from '../dist/cli/export-codebooks.js';
import { findDocumentTexts } from '../dist/cli/export-texts.js';
import { projectFromResult } from '../dist/export/from-result.js';
import { packQdpx } from '../dist/export/write-qdpx.js';
import { readCodingResult } from '../dist/ingest/read-result.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/rodedraad.js');
const ROUNDS = Number(process.env.BENCH_REPEATS ?? 10);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-bench-export-'));
try {
  const results = path.join(scratch, 'rodedraad-out');
  execFileSync(process.execPath, [bin, 'code', 'fixtures/interviews', '--out', results, '--quiet'], { cwd: root, stdio: 'ignore' });
  const study = path.join(scratch, 'study.qdpx');
  const command = [];
  const cpu = [];
  // The same command through run(), in a process that reports the CPU time it used (start-up included):
  // on a busy machine wall time grows with the load, CPU time much less.
  const child = `import { run } from ${JSON.stringify(path.join(root, 'dist/cli/run.js'))};
const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
process.exitCode = await run(['export', ${JSON.stringify(results)}, '-o', ${JSON.stringify(study)}, '--quiet'], io);
const usage = process.cpuUsage();
process.stdout.write(String((usage.user + usage.system) / 1000));`;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [bin, 'export', results, '-o', study, '--quiet'], { cwd: root, stdio: 'ignore' });
    command.push(Number(process.hrtime.bigint() - started) / 1e6);
    cpu.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', child], { cwd: root, encoding: 'utf8' })));
  }
  const inProcess = [];
  let codings = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    const { result, file } = await readCodingResult(results, root);
    const texts = await findDocumentTexts(result, file, root, []);
    const codebooks = await findResultCodebooks(result, file, root, []);
    const built = projectFromResult(
      result,
      texts.texts,
      { name: 'study', origin: 'rodedraad bench', codebooks: codebooks.trees },
      { span: 'segment', negated: false },
    );
    packQdpx(built.project);
    inProcess.push(Number(process.hrtime.bigint() - started) / 1e6);
    codings = built.project.sources.reduce(
      (total, source) => total + source.selections.reduce((sum, selection) => sum + selection.codings.length, 0),
      0,
    );
  }
  const size = statSync(study).size;
  const documents = JSON.parse(readFileSync(path.join(results, 'result.json'), 'utf8')).documents.length;
  console.log(
    `rodedraad export of the demo corpus (${documents} documents, ${codings} codings, ${(size / 1024).toFixed(0)} KB .qdpx), ${ROUNDS} rounds:`,
  );
  console.log(
    `  whole command, fresh process:  median ${median(command).toFixed(0)} ms, best ${Math.min(...command).toFixed(0)} ms wall time  (target: under 1000 ms)`,
  );
  console.log(`  its CPU time (user + system):  median ${median(cpu).toFixed(0)} ms, best ${Math.min(...cpu).toFixed(0)} ms`);
  console.log(`  export alone, in process:      median ${median(inProcess).toFixed(0)} ms, best ${Math.min(...inProcess).toFixed(0)} ms`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
