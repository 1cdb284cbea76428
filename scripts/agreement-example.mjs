// Regenerates docs/agreement-example/: the demo corpus coded with the default codebook, compared
// with the hand coding of three demo interviews in fixtures/handcodering/. Run with
// `npm run agreement-example` after a change to the codebooks, the demo corpus, the hand coding
// or agree. The run happens in a scratch folder that links to fixtures/, so that the paths in
// agreement.md are the same on every machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-agreement-'));
symlinkSync(path.join(root, 'fixtures'), path.join(scratch, 'fixtures'), 'dir');
const steps = [
  ['code', 'fixtures/interviews', '--out', 'results', '--quiet'],
  ['agree', 'fixtures/handcodering/codering.csv', 'results', '--out', path.join(root, 'docs', 'agreement-example'), '--quiet'],
];
try {
  for (const args of steps) {
    const { status } = spawnSync(process.execPath, [path.join(root, 'bin', 'rodedraad.js'), ...args], { stdio: 'inherit', cwd: scratch });
    if (status !== 0) process.exit(status ?? 1);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
