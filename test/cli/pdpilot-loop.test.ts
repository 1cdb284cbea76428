import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations
import { pdpilotLoop } from '../../scripts/pdpilot-loop.mjs';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const committed = path.join(root, 'docs', 'pdpilot-loop');

/** Every file below a folder, as paths relative to it. */
function files(folder: string, below = ''): string[] {
  return readdirSync(path.join(folder, below), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(folder, path.join(below, entry.name)) : [path.join(below, entry.name)]))
    .sort();
}

describe('the trust loop on PDPilot in docs/pdpilot-loop', () => {
  it('is what rodedraad writes today for the codebooks of each step (regenerate with npm run pdpilot-loop)', async () => {
    const target = path.join(makeTempDir(), 'pdpilot-loop');
    await pdpilotLoop(root, target, async (args: string[], cwd: string) => {
      const io = fakeIo(cwd);
      const code = await run(args, io);
      if (code !== 0) throw new Error(`rodedraad ${args.join(' ')}: ${io.err()}`);
    });
    expect(files(committed)).toEqual(files(target));
    for (const name of files(target))
      expect(readFileSync(path.join(committed, name), 'utf8'), name).toBe(readFileSync(path.join(target, name), 'utf8'));
  }, 120_000);

  it('has its tables in the README, and is measured without reading the held-out interviews', () => {
    const figures = readFileSync(path.join(committed, 'figures.md'), 'utf8');
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const table of figures.trim().split('\n\n')) expect(readme).toContain(table);
    // The development part is P1-P4, the held-out part P5-P7, in every step.
    for (const step of readdirSync(committed).filter((name) => name.startsWith('step-'))) {
      expect(readFileSync(path.join(committed, step, 'development', 'agreement.md'), 'utf8')).toContain(
        'Compared: 4 documents, 248 respondent segments',
      );
      const heldOut = JSON.parse(readFileSync(path.join(committed, step, 'held-out', 'agreement.json'), 'utf8')) as { documents: string[] };
      expect(heldOut.documents).toEqual(['P5', 'P6', 'P7']);
    }
  });
});
