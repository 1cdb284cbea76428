import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { loadCodebook } from '../../src/codebook/load.js';
import { createCodebookValidator } from '../../src/codebook/schema.js';
import { readCodebookXml } from '../../src/exchange/refi-qda/read-codebook.js';
import { splitId } from '../../src/export/code-description.js';
import { fakeIo, makeTempDir, makeTree } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const samples = fileURLToPath(new URL('../fixtures/refi-qda/', import.meta.url));

async function rodedraad(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await run([...args, '--no-color'], io);
  return { code, out: io.out(), err: io.err() };
}

function load(yaml: string, file = 'codebook.yaml') {
  const loaded = loadCodebook({ file, text: yaml, sha256: '' }, createCodebookValidator());
  if (loaded.codebook === null) throw new Error(loaded.diagnostics.map((diagnostic) => diagnostic.reason).join('\n'));
  return loaded.codebook;
}

describe('rodedraad import: codebooks written by QDA tools', () => {
  it.each([
    ['requal__atlasti-win-23.4_codebook.qdc', 1, [['code-group-1', ['code1']]]],
    ['taguette__expected_codebook_export.qdc', 3, [['overige-codes', ['interesting', 'people', 'interesting-places']]]],
    [
      'openqda-refi-tools__example_codebook_EXCERPT.qdc',
      3,
      [
        ['negativ-aufgeregt', ['rage', 'anger']],
        ['negativ-ruhig', ['powerlessness']],
      ],
    ],
    ['rodedraad__atlas-like-project.qdpx', 2, [['wachten', ['wachtlijst', 'niemand-belt-terug']]]],
    ['openqda-refi-tools__f4-2025_valid-document.qde', 1, [['overige-codes', ['dies-ist-ein-test-code']]]],
  ] as const)('%s becomes a skeleton that loads, every code with an empty match list', async (file, count, themes) => {
    const { code, out, err } = await rodedraad(samples, 'import', file);
    expect(code, err).toBe(0);
    const codebook = load(out);
    expect(codebook.themes.map((theme) => [theme.id, theme.codes.map((entry) => entry.id)])).toEqual(themes);
    expect(codebook.themes.flatMap((theme) => theme.codes)).toHaveLength(count);
    expect(codebook.themes.flatMap((theme) => theme.codes).every((entry) => entry.match.length === 0)).toBe(true);
    expect(out.match(/^ {8}match: \[\]$/gm)).toHaveLength(count);
    expect(out.startsWith(`# Codebook skeleton made by rodedraad 0.1.0 import from ${file}`)).toBe(true);
  });

  it("reads a description as the code's definition", async () => {
    const { out } = await rodedraad(samples, 'import', 'openqda-refi-tools__example_codebook_EXCERPT.qdc', '--lang', 'en');
    const codebook = load(out);
    expect(codebook.themes[0]).toMatchObject({
      label: 'Negativ/Aufgeregt',
      description: 'All emotions with negative valence and positive arousal.',
    });
    expect(codebook.language).toBe('en');
  });

  it('flattens the nested codebook of a qc project into themes and codes, with a comment for each deeper code', async () => {
    const { code, out, err } = await rodedraad(samples, 'import', 'qc__demo.qdpx');
    expect(code, err).toBe(0);
    expect(err).toContain('241 code(s) stood more than one level below a theme');
    expect(err).toContain('English (en) is assumed');
    const codebook = load(out);
    const ids = codebook.themes.flatMap((theme) => theme.codes.map((entry) => entry.id));
    expect(ids).toHaveLength(259);
    expect(new Set(ids).size).toBe(259);
    // "programming" stands twice in the qc codebook, under different parents: the second gets its parent's name.
    expect(ids).toEqual(expect.arrayContaining(['programming', 'cs-as-programming-programming']));
    expect(out).toContain('      # In the REFI-QDA codebook under rq1_definition > competencies > programming\n      - id: programming\n');
  });

  it('makes check list every code without patterns', async () => {
    const folder = makeTempDir();
    expect(
      (await rodedraad(folder, 'import', path.join(samples, 'openqda-refi-tools__example_codebook_EXCERPT.qdc'), '-o', 'boek.yaml')).code,
    ).toBe(0);
    const { code, out } = await rodedraad(folder, 'check', 'boek.yaml');
    expect(code).toBe(0);
    expect(out.match(/missing-patterns/g)).toHaveLength(3);
  });
});

describe('rodedraad import: round trips', () => {
  it.each(['scp-gezien-gehoord-geholpen', 'psd-leerthemas'])(
    '%s -> .qdc -> import gives the same ids, labels, guidance and examples',
    async (name) => {
      const folder = makeTempDir();
      expect((await rodedraad(root, 'export', '-f', 'qdc', '-c', name, '-o', path.join(folder, 'boek.qdc'))).code).toBe(0);
      const { code, err } = await rodedraad(folder, 'import', 'boek.qdc', '-o', 'boek.yaml');
      expect(code, err).toBe(0);
      expect(err).not.toContain('is assumed');
      const original = load(readFileSync(path.join(root, `codebooks/${name}.yaml`), 'utf8'));
      const imported = load(readFileSync(path.join(folder, 'boek.yaml'), 'utf8'));
      const shape = (codebook: typeof original) => ({
        id: codebook.id,
        title: codebook.title,
        version: codebook.version,
        language: codebook.language,
        source: codebook.source,
        description: codebook.description,
        themes: codebook.themes.map((theme) => ({
          id: theme.id,
          label: theme.label,
          description: theme.description,
          codes: theme.codes.map((entry) => ({
            id: entry.id,
            label: entry.label,
            definition: entry.definition,
            include: entry.include,
            exclude: entry.exclude,
            examples: entry.examples.map((example) => ({ text: example.text.replace(/\s+/g, ' ').trim(), expect: example.expect })),
          })),
        })),
      });
      expect(shape(imported)).toEqual(shape(original));
    },
  );

  it.each(['requal__atlasti-win-23.4_codebook.qdc', 'openqda-refi-tools__example_codebook_EXCERPT.qdc', 'qc__demo.qdpx'])(
    '%s -> import -> export gives the same codes with the same descriptions',
    async (file) => {
      const folder = makeTempDir();
      expect((await rodedraad(folder, 'import', path.join(samples, file), '-o', 'boek.yaml', '--lang', 'en')).code).toBe(0);
      const { code, out, err } = await rodedraad(folder, 'export', '-f', 'qdc', '-c', 'boek.yaml');
      expect(code, err).toBe(0);
      const xml = file.endsWith('.qdpx') ? null : readFileSync(path.join(samples, file), 'utf8');
      const before = xml === null ? null : readCodebookXml(xml, file).codes!;
      const after = readCodebookXml(out, 'export').codes!;
      // Every code comes back with its name and description (the export adds a line with the rodedraad id); a code with subcodes comes back as a theme.
      if (before !== null) {
        for (const entry of before)
          expect([entry.name, splitId(after.find((other) => other.name === entry.name)?.description ?? null).rest]).toEqual([
            entry.name,
            entry.description,
          ]);
      } else {
        expect(after.filter((entry) => entry.codable)).toHaveLength(259);
      }
    },
  );
});

describe('rodedraad import: codebooks that cannot be imported', () => {
  const bad = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="11111111-1111-4111-8111-111111111111" name="Wachten" isCodable="true">
    <Code guid="22222222-2222-4222-8222-222222222222" name="Lang" isCodable="true"/>
    <Code guid="33333333-3333-4333-8333-333333333333" name="Lang" isCodable="true"/>
    <Code guid="11111111-1111-4111-8111-111111111111" name="Weer wachten" isCodable="true"/>
  </Code>
  <Code guid="44444444-4444-4444-8444-444444444444" name="" isCodable="true"/>
</Codes></CodeBook>`;

  it('lists duplicate names, empty names and cycles, exits 2 and writes nothing', async () => {
    const folder = makeTree({ 'fout.qdc': bad });
    const { code, out, err } = await rodedraad(folder, 'import', 'fout.qdc', '-o', 'boek.yaml');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('fout.qdc  error  two codes under "Wachten" are called "Lang"; rename one');
    expect(err).toContain(
      'fout.qdc  error  code "Wachten > Weer wachten" has the guid 11111111-1111-4111-8111-111111111111 of a code it is inside: a cycle',
    );
    expect(err).toContain('fout.qdc  error  code 44444444-4444-4444-8444-444444444444 at (no name) has no name');
    expect(readdirSync(folder)).toEqual(['fout.qdc']);
  });

  it('refuses to replace an existing codebook unless --force, and files that are not REFI-QDA', async () => {
    const folder = makeTree({ 'boek.yaml': 'mijn patronen', 'notes.txt': 'x' });
    const refused = await rodedraad(folder, 'import', path.join(samples, 'requal__atlasti-win-23.4_codebook.qdc'), '-o', 'boek.yaml');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('boek.yaml: exists; choose another name, or add --force to replace it');
    expect(readFileSync(path.join(folder, 'boek.yaml'), 'utf8')).toBe('mijn patronen');
    expect(
      (await rodedraad(folder, 'import', path.join(samples, 'requal__atlasti-win-23.4_codebook.qdc'), '-o', 'boek.yaml', '--force')).code,
    ).toBe(0);
    expect(readFileSync(path.join(folder, 'boek.yaml'), 'utf8')).toContain('id: code1');
    expect((await rodedraad(folder, 'import', 'notes.txt')).err).toContain(
      'notes.txt: give a REFI-QDA codebook (.qdc) or project (.qdpx, .qde)',
    );
    expect((await rodedraad(folder, 'import', 'weg.qdc')).err).toContain('weg.qdc: no such file or folder');
    expect((await rodedraad(folder, 'import', 'boek.yaml', '-o', 'x.txt')).err).toContain('--out x.txt: a codebook file ends in .yaml');
    expect((await rodedraad(folder, 'import', 'x.qdc', '--id', 'Niet Goed')).err).toContain('--id "Niet Goed" is not an id');
    writeFileSync(path.join(folder, 'kapot.qdpx'), 'geen zip');
    expect((await rodedraad(folder, 'import', 'kapot.qdpx')).err).toContain('kapot.qdpx: not a zip archive');
    expect(existsSync(path.join(folder, 'x.txt'))).toBe(false);
  });
});
