// Regenerates docs/report-example/: the demo corpus coded with the default codebook and reported
// by municipality and role, as the README shows it. Run with `npm run example` after a change
// to the codebooks, the demo corpus or the report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const results = mkdtempSync(path.join(tmpdir(), 'rodedraad-example-'));
const steps = [
  ['code', 'fixtures/interviews', '--out', results, '--quiet'],
  [
    'report',
    results,
    '--by',
    'gemeente,rol',
    '--format',
    'md,docx,html',
    '--quote-label',
    '{rol}, {gemeente}',
    '--out',
    'docs/report-example',
    '--quiet',
  ],
];
try {
  for (const args of steps) {
    const { status } = spawnSync(process.execPath, ['bin/rodedraad.js', ...args], { stdio: 'inherit' });
    if (status !== 0) process.exit(status ?? 1);
  }
} finally {
  rmSync(results, { recursive: true, force: true });
}
