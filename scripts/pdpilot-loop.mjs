// Regenerates docs/pdpilot-loop/: the trust loop on the PDPilot study (README, "The trust loop, on
// a real study"). Every codebook examples/pdpilot/codebook-step<N>.yaml codes the seven interviews;
// `agree` measures it against the researchers' codings on the development part (P1-P4, what the
// edits were made from) and on the held-out part (P5-P7, never read while editing). Written per
// step: held-out/agreement.{md,csv,json} and development/agreement.{md,csv}; and figures.md, the
// tables of the README. Run with `npm run pdpilot-loop` after a change to a codebook, to code or to
// agree; a test runs the same function and fails when the folder is out of date. The runs happen
// in a scratch folder that links to test/ and examples/, so that the paths in agreement.md are the
// same on every machine.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The two parts of the seven interviews. */
export const PARTS = { development: 'P1,P2,P3,P4', 'held-out': 'P5,P6,P7' };
const CORPUS = 'test/fixtures/en-pdpilot';

/**
 * Code with every step's codebook and measure it on both parts, into `target`. `rodedraad(args,
 * cwd)` runs the command line and throws when it fails (the built binary, or `run` in a test).
 */
export async function pdpilotLoop(root, target, rodedraad) {
  const transcripts = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'].map((name) => `${CORPUS}/${name}.txt`);
  const steps = readdirSync(path.join(root, 'examples', 'pdpilot'))
    .flatMap((name) => /^codebook-step(\d+)\.yaml$/.exec(name)?.slice(1, 2) ?? [])
    .map(Number)
    .sort((a, b) => a - b);
  const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-pdpilot-'));
  for (const folder of ['test', 'examples']) symlinkSync(path.join(root, folder), path.join(scratch, folder), 'dir');
  try {
    rmSync(target, { recursive: true, force: true });
    const rows = [];
    for (const step of steps) {
      const codebook = `examples/pdpilot/codebook-step${step}.yaml`;
      await rodedraad(['code', ...transcripts, '--codebook', codebook, '--interviewers', 'Dan', '--out', `pd${step}`, '--quiet'], scratch);
      const row = { step, edit: parse(readFileSync(path.join(root, codebook), 'utf8'))['x-edit'] ?? '' };
      for (const [part, documents] of Object.entries(PARTS)) {
        const out = path.join(scratch, `pd${step}-${part}`);
        await rodedraad(['agree', `${CORPUS}/coded_segments.csv`, `pd${step}`, '--documents', documents, '--out', out, '--quiet'], scratch);
        const kept = path.join(target, `step-${step}`, part);
        mkdirSync(kept, { recursive: true });
        // The development part as the researcher read it; the held-out part in full.
        for (const name of part === 'held-out' ? ['agreement.md', 'agreement.csv', 'agreement.json'] : ['agreement.md', 'agreement.csv'])
          copyFileSync(path.join(out, name), path.join(kept, name));
        row[part] = JSON.parse(readFileSync(path.join(out, 'agreement.json'), 'utf8'));
      }
      rows.push(row);
    }
    writeFileSync(path.join(target, 'figures.md'), figuresMarkdown(rows));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The tables of the README: the figures per step, and the held-out figures of the codes the edits moved. */
function figuresMarkdown(rows) {
  const number = (value) => (value === null ? 'n/a' : value.toFixed(2));
  const overall = (json) => [json.overall.microF1, json.overall.macroF1, json.overall.pooledKappa].map(number);
  const first = rows[0];
  const last = rows.at(-1);
  const before = new Map(first['held-out'].codes.map((code) => [code.id, code]));
  const counts = (code) => `${code.both}/${code.onlyReference}/${code.onlyCandidate}`;
  const moved = last['held-out'].codes.filter((code) => before.get(code.id) && counts(before.get(code.id)) !== counts(code));
  return [
    '| step | edit | development micro F1 | macro F1 | pooled kappa | held-out micro F1 | macro F1 | pooled kappa |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) => `| ${row.step} | ${row.edit} | ${overall(row.development).join(' | ')} | ${overall(row['held-out']).join(' | ')} |`,
    ),
    '',
    `Held-out (P5-P7): the codes whose figures the edits changed, step ${first.step} and step ${last.step} (both / only reference / only candidate, F1, kappa):`,
    '',
    `| code | step ${first.step} | F1 | kappa | step ${last.step} | F1 | kappa |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...moved.map((code) => {
      const earlier = before.get(code.id);
      const name = code.candidate.map((entry) => entry.path.at(-1)).join(' + ');
      return `| ${name} | ${counts(earlier)} | ${number(earlier.f1)} | ${number(earlier.kappa)} | ${counts(code)} | ${number(code.f1)} | ${number(code.kappa)} |`;
    }),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  await pdpilotLoop(root, path.resolve(process.argv[2] ?? path.join(root, 'docs', 'pdpilot-loop')), (args, cwd) => {
    const { status, stderr } = spawnSync(process.execPath, [path.join(root, 'bin', 'rodedraad.js'), ...args], { cwd, encoding: 'utf8' });
    if (status !== 0) throw new Error(`rodedraad ${args.join(' ')} exited with ${status}:\n${stderr}`);
  });
}
