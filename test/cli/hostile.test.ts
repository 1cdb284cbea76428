import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { aliasBomb, fakeIo, makeTree } from '../helpers.js';

const codebook = readFileSync(fileURLToPath(new URL('../fixtures/small-corpus/codebook.yaml', import.meta.url)), 'utf8');
const transcript = 'I: Vraag?\n\nR1: Ik stond op een wachtlijst.\n\nI: Oké.\n\nR1: Ja.\n';

/** Run the CLI in a new folder holding `files`; returns the exit code and what it printed. */
async function runIn(files: Record<string, string | Uint8Array>, args: string[]) {
  const root = makeTree(files);
  const io = fakeIo(root);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err(), root, read: (name: string) => readFileSync(path.join(root, name), 'utf8') };
}

describe('YAML alias bombs', () => {
  it('code skips a transcript whose front matter is an alias bomb, with its place, and codes the others', async () => {
    const bomb = `---\n${aliasBomb()}---\n\n${transcript}`;
    const { code, err, read } = await runIn({ 'cb.yaml': codebook, 'in/bomb.md': bomb, 'in/good.md': transcript }, ['code', 'in', '-c', 'cb.yaml', '-q']);
    expect(code).toBe(0);
    expect(err).toContain('in/bomb.md:6:8  warning  front matter refused: YAML aliases (*name) expand to more than 10,000 values (an alias bomb)  front-matter\n');
    expect(err).toContain('in/bomb.md  warning  front matter could not be read; transcript skipped  front-matter\n');
    expect(read('rodedraad-out/documents.csv')).not.toContain('bomb');
    expect(read('rodedraad-out/documents.csv')).toContain('good,in/good.md');
  });

  it('code and check refuse a codebook that is an alias bomb with exit 2 and 1, and no stack trace', async () => {
    const files = { 'bomb.yaml': aliasBomb(), 'in/good.md': transcript };
    const coded = await runIn(files, ['code', 'in', '-c', 'bomb.yaml']);
    expect(coded.code).toBe(2);
    expect(coded.err).toBe('bomb.yaml:5:8  error  codebook refused: YAML aliases (*name) expand to more than 10,000 values (an alias bomb)  yaml-syntax\n');
    const checked = await runIn(files, ['check', 'bomb.yaml']);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain('bomb.yaml:5:8  error  codebook refused: YAML aliases (*name) expand to more than 10,000 values (an alias bomb)  yaml-syntax\n');
    expect(checked.out + checked.err).not.toContain('internal error');
  });
});
