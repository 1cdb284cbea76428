import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CodingResult } from '../../src/model/result.js';
import { fakeIo, makeTree } from '../helpers.js';

const codebook = `id: cb
title: CB
version: 1.0.0
language: nl
themes:
  - id: t
    label: T
    codes:
      - id: wachten
        label: Wachten
        match: [wachtlijst]
`;
const transcript = (id: string, extra = '') => `---\nid: ${id}\n${extra}---\nI: Hoe ging het?\n\n${id}: Ik stond op een wachtlijst.\n`;

describe('rodedraad code --attributes', () => {
  it('merges case attributes from a sheet into every output and into report --by, and warns about rows and documents without a match', async () => {
    const root = makeTree({
      'cb.yaml': codebook,
      'interviews/r1.md': transcript('R1', 'gemeente: Noord\n'),
      'interviews/r2.md': transcript('R2'),
      'interviews/r3.md': transcript('R3'),
      // Dutch Excel writes semicolons; the sheet sits in the corpus folder and is not taken for a transcript.
      'interviews/cases.csv': 'id;gemeente;rol\nR1;Zuid;inwoner\nR2;Zuid;mantelzorger\nR9;Oost;inwoner\n',
    });
    const io = fakeIo(root);
    expect(await run(['code', 'interviews', '-c', 'cb.yaml', '--attributes', 'interviews/cases.csv', '-q'], io), io.err()).toBe(0);
    const rules = io
      .err()
      .split('\n')
      .filter((line) => line.includes('  warning  '))
      .map((line) => line.split('  ').at(-1));
    expect(rules.sort()).toEqual(['attributes-conflict', 'attributes-missing-row', 'attributes-unknown-document']);
    expect(io.err()).not.toContain('unsupported-file');
    const result = JSON.parse(readFileSync(path.join(root, 'rodedraad-out/result.json'), 'utf8')) as CodingResult;
    // Front matter wins: R1 stays in Noord.
    expect(
      result.documents.map((document) => [document.id, document.attributes['gemeente'] ?? null, document.attributes['rol'] ?? null]),
    ).toEqual([
      ['R1', 'Noord', 'inwoner'],
      ['R2', 'Zuid', 'mantelzorger'],
      ['R3', null, null],
    ]);
    expect(readFileSync(path.join(root, 'rodedraad-out/documents.csv'), 'utf8').split('\r\n')[0]).toBe(
      'document,file,gemeente,rol,segments,respondent_segments,respondent_words,coded_segments',
    );
    const report = fakeIo(root);
    expect(await run(['report', 'rodedraad-out', '--by', 'rol', '-q'], report), report.err()).toBe(0);
    expect(readFileSync(path.join(root, 'rodedraad-out/groups.csv'), 'utf8')).toContain('rol,mantelzorger');
  });

  it('refuses a sheet without an id column, or with an id twice, before any coding', async () => {
    for (const [sheet, reason] of [
      ['gemeente;rol\nZuid;inwoner\n', 'attributes-no-id'],
      ['id;rol\nR1;inwoner\nR1;mantelzorger\n', 'attributes-duplicate-id'],
    ]) {
      const root = makeTree({ 'cb.yaml': codebook, 'interviews/r1.md': transcript('R1'), 'cases.csv': sheet! });
      const io = fakeIo(root);
      expect(await run(['code', 'interviews', '-c', 'cb.yaml', '--attributes', 'cases.csv'], io)).toBe(2);
      expect(io.err()).toContain(reason!);
      expect(io.err()).not.toMatch(/\n\s+at /);
    }
  });
});

describe('rodedraad code --encoding', () => {
  it('reads Windows-1252 only when asked, and says to save as UTF-8 (or pass --encoding) otherwise', async () => {
    const root = makeTree({ 'cb.yaml': codebook });
    // "Caf\xe9" in Windows-1252.
    writeFileSync(
      path.join(root, 'r1.txt'),
      Buffer.from([...Buffer.from('I: Vraag?\n\nR1: Het caf'), 0xe9, ...Buffer.from(' had een wachtlijst.\n')]),
    );
    const plain = fakeIo(root);
    expect(await run(['code', 'r1.txt', '-c', 'cb.yaml', '-q'], plain)).toBe(2);
    expect(plain.err()).toContain('invalid UTF-8 at byte 22; save the file as UTF-8, or read it with --encoding windows-1252');
    const asked = fakeIo(root);
    expect(await run(['code', 'r1.txt', '-c', 'cb.yaml', '-q', '--encoding', 'cp1252'], asked), asked.err()).toBe(0);
    const result = JSON.parse(readFileSync(path.join(root, 'rodedraad-out/result.json'), 'utf8')) as CodingResult;
    expect(result.documents[0]!.segments[1]!.text).toBe('Het café had een wachtlijst.');
    expect(result.settings).toMatchObject({ encoding: 'windows-1252' });
    const wrong = fakeIo(root);
    expect(await run(['code', 'r1.txt', '-c', 'cb.yaml', '--encoding', 'ebcdic'], wrong)).toBe(2);
    expect(wrong.err()).toBe(
      'rodedraad: --encoding must be one of utf-8, windows-1252 (cp1252, latin1 and ansi name windows-1252); found "ebcdic"\n',
    );
  });
});
