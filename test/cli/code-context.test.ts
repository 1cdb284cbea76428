import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_FROM } from '../../src/batch/code-corpus.js';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTree } from '../helpers.js';

const codebook = `id: cb
title: Cb
version: 1.0.0
language: nl
themes:
  - id: t
    label: T
    codes:
      - id: wachten
        label: Wachten
        match:
          - {pattern: "(ja|jazeker)", question: [wachtlijst]}
      - id: thuis
        label: Thuis
        section: [Thuissituatie]
        match: [hond]
`;
const transcript = (id: string) =>
  `---\nid: ${id}\n---\n\n## Hulp\n\nI: Stond u op een wachtlijst?\n\n${id}: Ja, heel lang.\n\nI: Was u tevreden?\n\n${id}: Ja. De hond hielp.\n\n## Thuissituatie\n\nI: En thuis?\n\n${id}: De hond.\n`;

/** The document, segment and code of each row of codings.csv. */
function rows(folder: string): string[] {
  return readFileSync(path.join(folder, 'codings.csv'), 'utf8')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((row) => row.split(',').slice(0, 2).concat(row.split(',')[7]!).join(' '));
}

describe('code in context: section: and question:', () => {
  it('codes a question: entry after its question only, and a section: code in its section only, on every path', async () => {
    const files: Record<string, string> = { 'cb.yaml': codebook };
    for (let index = 1; index <= PARALLEL_FROM + 2; index++) files[`in/r${index}.md`] = transcript(`R${index}`);
    const root = makeTree(files);
    const want = Object.keys(files)
      .filter((name) => name.startsWith('in/'))
      .flatMap((name) => {
        const id = `R${name.slice(4, -3)}`;
        return [`${id} 2 wachten`, `${id} 6 thuis`];
      })
      .sort();
    for (const [out, flags] of [
      ['one', ['--jobs', '1', '--no-cache']],
      ['two', ['--jobs', '2', '--no-cache']],
      ['cold', ['--cache-dir', 'cache']],
      ['warm', ['--cache-dir', 'cache']],
    ] as const) {
      const io = fakeIo(root);
      expect(await run(['code', 'in', '-c', 'cb.yaml', '--out', out, '--quiet', ...flags], io), io.err()).toBe(0);
      expect(rows(path.join(root, out)).sort(), out).toEqual(want);
    }
  });
});
