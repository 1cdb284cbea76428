import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir } from '../helpers.js';

const formats = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

async function rodedraad(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await run([...args, '--no-color'], io);
  return { code, err: io.err() };
}

/** A folder with the Word and the subtitle version of an interview, and a codings table quoting both. */
function study(): string {
  const folder = makeTempDir();
  for (const name of ['r21-word.docx', 'r21-teams.vtt']) copyFileSync(path.join(formats, name), path.join(folder, name));
  return folder;
}

describe('agree places human codings on Word and subtitle transcripts as code reads them', () => {
  it('finds quotes in the text of a .docx and a .vtt, beside a rodedraad result of the same files', async () => {
    const folder = study();
    expect((await rodedraad(folder, 'code', '.', '--out', 'results', '--quiet')).code).toBe(0);
    const table =
      'document,code,quote\nr21-word,schaamte-vraagverlegenheid,"Zij zag dat het niet goed ging"\nr21-teams,schaamte-vraagverlegenheid,"Zij zag dat het niet goed ging"\n';
    writeFileSync(path.join(folder, 'codering.csv'), table);
    const { code, err } = await rodedraad(folder, 'agree', 'codering.csv', 'results', '--out', 'agreement');
    expect(err).not.toMatch(/cannot be read|not among the transcripts|not found/);
    expect(code, err).toBe(0);
    const json = JSON.parse(readFileSync(path.join(folder, 'agreement', 'agreement.json'), 'utf8')) as { documents: string[] };
    expect(json.documents).toEqual(['r21-teams', 'r21-word']);
  });

  it('segments a .docx given with --transcripts (no rodedraad result) from its paragraphs, not its zip bytes', async () => {
    const folder = study();
    const table = 'document,code,quote\nr21-word,schaamte,"Zij zag dat het niet goed ging"\n';
    writeFileSync(path.join(folder, 'mens.csv'), table);
    writeFileSync(path.join(folder, 'ander.csv'), table);
    const { code, err } = await rodedraad(folder, 'agree', 'mens.csv', 'ander.csv', '--transcripts', 'r21-word.docx', '--out', 'agreement');
    expect(code, err).toBe(0);
    expect(err).toMatch(/compared 1 document .*micro F1 1\.00/);
  });

  it('decodes a Windows-1252 transcript as code did (result.json records --encoding)', async () => {
    const folder = makeTempDir();
    const ansi = Buffer.concat([
      Buffer.from('---\nid: w\n---\n\nI: Hoe ging het?\n\nR: Ik had veel schulden en zorgen over geld, '),
      Buffer.from([0xe9]),
      Buffer.from('cht.\n'),
    ]);
    writeFileSync(path.join(folder, 'w.md'), ansi);
    expect(
      (await rodedraad(folder, 'code', 'w.md', '--encoding', 'windows-1252', '--codebook', 'sociale-basis', '--out', 'results', '--quiet'))
        .code,
    ).toBe(0);
    writeFileSync(path.join(folder, 'mens.csv'), 'document,code,quote\nw,armoede-schulden,"zorgen over geld, écht"\n');
    const { code, err } = await rodedraad(folder, 'agree', 'mens.csv', 'results', '--out', 'agreement');
    expect(code, err).toBe(0);
    expect(err).not.toMatch(/changed since it was coded|cannot be read|not found/);
    expect(err).toMatch(/micro F1 1\.00/);
  });
});
