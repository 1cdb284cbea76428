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

describe('__proto__, constructor and prototype in front matter', () => {
  const proto = '---\n__proto__:\n  id: X\n  interviewers: [R1]\nconstructor: c1\nprototype: p\nrol: inwoner\n---\n\nI: Vraag?\n\nR1: Ik stond op een wachtlijst.\n\nI: Oké.\n\nR1: Ja.\n';
  const plain = '---\nrol: mantelzorger\n---\n\nI: Vraag?\n\nR2: Ik stond ook op een wachtlijst.\n\nI: Oké.\n\nR2: Ja.\n';

  it('are attributes like any other: the document keeps its name and its roles, and every output shows them', async () => {
    const { code, read } = await runIn({ 'cb.yaml': codebook, 'in/r1.md': proto, 'in/r2.md': plain }, ['code', 'in', '-c', 'cb.yaml', '-q']);
    expect(code).toBe(0);
    expect(read('rodedraad-out/documents.csv').split('\r\n').slice(0, 3)).toEqual([
      'document,file,__proto__,constructor,prototype,rol,segments,respondent_segments,respondent_words,coded_segments',
      'r1,in/r1.md,"{""id"":""X"",""interviewers"":[""R1""]}",c1,p,inwoner,4,2,6,1',
      'r2,in/r2.md,,,,mantelzorger,4,2,7,1',
    ]);
    const result = JSON.parse(read('rodedraad-out/result.json')) as { documents: { id: string; attributes: object; segments: { speaker: string; role: string }[] }[] };
    expect(result.documents[0]!.id).toBe('r1');
    expect(Object.keys(result.documents[0]!.attributes)).toEqual(['__proto__', 'constructor', 'prototype', 'rol']);
    expect(result.documents[0]!.segments.map((segment) => `${segment.speaker}:${segment.role}`)).toEqual(['I:interviewer', 'R1:respondent', 'I:interviewer', 'R1:respondent']);
    expect(read('rodedraad-out/codings.csv')).toContain('r1,2,R1,');
  });

  it('group a report by constructor without reading Object.prototype for documents that lack it', async () => {
    const root = await runIn({ 'cb.yaml': codebook, 'in/r1.md': proto, 'in/r2.md': plain }, ['code', 'in', '-c', 'cb.yaml', '-q']);
    const io = fakeIo(root.root);
    expect(await run(['report', 'rodedraad-out', '--by', 'constructor,prototype', '-q'], io)).toBe(0);
    const groups = root.read('rodedraad-out/groups.csv').split('\r\n');
    expect(groups.filter((line) => line.startsWith('constructor,')).map((line) => line.split(',').slice(0, 3).join(','))).toEqual(expect.arrayContaining(['constructor,c1,1']));
    expect(groups.join('\n')).not.toContain('function');
    expect(groups.join('\n')).not.toContain('native code');
  });
});

describe('document ids', () => {
  it('warns when the front matter id is not text and names the document after its file', async () => {
    const files = {
      'cb.yaml': codebook,
      'in/lijst.md': `---\nid: [1, 2]\n---\n\n${transcript}`,
      'in/map.md': `---\nid: {a: 1}\n---\n\n${transcript}`,
      'in/waar.md': `---\nid: true\n---\n\n${transcript}`,
      'in/leeg.md': `---\nid:\n---\n\n${transcript}`,
      'in/getal.md': `---\nid: 12\n---\n\n${transcript}`,
    };
    const { code, err, read } = await runIn(files, ['code', 'in', '-c', 'cb.yaml', '-q']);
    expect(code).toBe(0);
    expect(err).toContain('in/lijst.md  warning  front matter id is not text ([1,2]); the document is named "lijst" after its file instead (write it as id: R07, in quotes if needed)  invalid-id\n');
    expect(err).toContain('in/map.md  warning  front matter id is not text ({"a":1}); the document is named "map" after its file instead');
    expect(err).toContain('in/waar.md  warning  front matter id is not text (true); the document is named "waar" after its file instead');
    expect(err).toContain('in/leeg.md  warning  front matter id is empty; the document is named "leeg" after its file instead');
    expect(err).not.toContain('in/getal.md');
    expect(read('rodedraad-out/documents.csv').split('\r\n').map((line) => line.split(',')[0])).toEqual(['document', '12', 'leeg', 'lijst', 'map', 'waar', '']);
  });
});

describe('unsafe regexes', () => {
  const withRegex = (regex: string) => codebook.replace('          - loket\n', `          - loket\n          - ${JSON.stringify(regex)}\n`);
  const line = 'bad.yaml:37:13  error  regex "/(a+)+$/" of "loket" can take exponential time: "a+" and "(a+)+" can match the same "aaa…" in many ways; make the repeated parts exclusive  unsafe-regex';

  it('code, diff and check refuse an exponential regex with the same line, before reading any transcript', async () => {
    const files = { 'good.yaml': codebook, 'bad.yaml': withRegex('/(a+)+$/'), 'in/r1.md': `I: Vraag?\n\nR1: ${'a'.repeat(40)}!\n\nI: Oké.\n\nR1: Ja.\n` };
    const coded = await runIn(files, ['code', 'in', '-c', 'bad.yaml']);
    expect([coded.code, coded.err]).toEqual([2, `${line}\n`]);
    const diffed = await runIn(files, ['diff', 'good.yaml', 'bad.yaml', 'in']);
    expect([diffed.code, diffed.err]).toEqual([2, `${line}\n`]);
    const checked = await runIn(files, ['check', 'bad.yaml']);
    expect(checked.code).toBe(1);
    expect(checked.out.split('\n')).toContain(line);
  });

  it('code warns about a regex that can take polynomial time and codes with it', async () => {
    const { code, err, read } = await runIn({ 'cb.yaml': withRegex('/\\w+\\s*\\w+\\s*wachtlijst/'), 'in/r1.md': transcript }, ['code', 'in', '-c', 'cb.yaml', '-q']);
    expect(code).toBe(0);
    expect(err).toContain('cb.yaml:37:13  warning  regex "/\\\\w+\\\\s*\\\\w+\\\\s*wachtlijst/" of "loket" can take polynomial time: "\\w+" and "\\w+" can trade "AAA…" between them; make them exclusive or bound them ({0,40})  unsafe-regex\n');
    expect(read('rodedraad-out/codings.csv')).toContain('loket');
  });
});
