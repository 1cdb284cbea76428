import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { readSourceText } from '../../src/ingest/read-file.js';
import { aliasBomb, fakeIo, makeTempDir, makeTree } from '../helpers.js';

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
    const { code, err, read } = await runIn({ 'cb.yaml': codebook, 'in/bomb.md': bomb, 'in/good.md': transcript }, [
      'code',
      'in',
      '-c',
      'cb.yaml',
      '-q',
    ]);
    expect(code).toBe(0);
    expect(err).toContain(
      'in/bomb.md:6:8  warning  front matter refused: YAML aliases (*name) expand to more than 10,000 values (an alias bomb)  front-matter\n',
    );
    expect(err).toContain('in/bomb.md  warning  front matter could not be read; transcript skipped  front-matter\n');
    expect(read('rodedraad-out/documents.csv')).not.toContain('bomb');
    expect(read('rodedraad-out/documents.csv')).toContain('good,in/good.md');
  });

  it('code and check refuse a codebook that is an alias bomb with exit 2 and 1, and no stack trace', async () => {
    const files = { 'bomb.yaml': aliasBomb(), 'in/good.md': transcript };
    const coded = await runIn(files, ['code', 'in', '-c', 'bomb.yaml']);
    expect(coded.code).toBe(2);
    expect(coded.err).toBe(
      'bomb.yaml:5:8  error  codebook refused: YAML aliases (*name) expand to more than 10,000 values (an alias bomb)  yaml-syntax\n',
    );
    const checked = await runIn(files, ['check', 'bomb.yaml']);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(
      'bomb.yaml:5:8  error  codebook refused: YAML aliases (*name) expand to more than 10,000 values (an alias bomb)  yaml-syntax\n',
    );
    expect(checked.out + checked.err).not.toContain('internal error');
  });
});

describe('__proto__, constructor and prototype in front matter', () => {
  const proto =
    '---\n__proto__:\n  id: X\n  interviewers: [R1]\nconstructor: c1\nprototype: p\nrol: inwoner\n---\n\nI: Vraag?\n\nR1: Ik stond op een wachtlijst.\n\nI: Oké.\n\nR1: Ja.\n';
  const plain = '---\nrol: mantelzorger\n---\n\nI: Vraag?\n\nR2: Ik stond ook op een wachtlijst.\n\nI: Oké.\n\nR2: Ja.\n';

  it('are attributes like any other: the document keeps its name and its roles, and every output shows them', async () => {
    const { code, read } = await runIn({ 'cb.yaml': codebook, 'in/r1.md': proto, 'in/r2.md': plain }, [
      'code',
      'in',
      '-c',
      'cb.yaml',
      '-q',
    ]);
    expect(code).toBe(0);
    expect(read('rodedraad-out/documents.csv').split('\r\n').slice(0, 3)).toEqual([
      'document,file,__proto__,constructor,prototype,rol,segments,respondent_segments,respondent_words,coded_segments',
      'r1,in/r1.md,"{""id"":""X"",""interviewers"":[""R1""]}",c1,p,inwoner,4,2,6,1',
      'r2,in/r2.md,,,,mantelzorger,4,2,7,1',
    ]);
    const result = JSON.parse(read('rodedraad-out/result.json')) as {
      documents: { id: string; attributes: object; segments: { speaker: string; role: string }[] }[];
    };
    expect(result.documents[0]!.id).toBe('r1');
    expect(Object.keys(result.documents[0]!.attributes)).toEqual(['__proto__', 'constructor', 'prototype', 'rol']);
    expect(result.documents[0]!.segments.map((segment) => `${segment.speaker}:${segment.role}`)).toEqual([
      'I:interviewer',
      'R1:respondent',
      'I:interviewer',
      'R1:respondent',
    ]);
    expect(read('rodedraad-out/codings.csv')).toContain('r1,2,R1,');
  });

  it('group a report by constructor without reading Object.prototype for documents that lack it', async () => {
    const root = await runIn({ 'cb.yaml': codebook, 'in/r1.md': proto, 'in/r2.md': plain }, ['code', 'in', '-c', 'cb.yaml', '-q']);
    const io = fakeIo(root.root);
    expect(await run(['report', 'rodedraad-out', '--by', 'constructor,prototype', '-q'], io)).toBe(0);
    const groups = root.read('rodedraad-out/groups.csv').split('\r\n');
    expect(groups.filter((line) => line.startsWith('constructor,')).map((line) => line.split(',').slice(0, 3).join(','))).toEqual(
      expect.arrayContaining(['constructor,c1,1']),
    );
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
    expect(err).toContain(
      'in/lijst.md  warning  front matter id is not text ([1,2]); the document is named "lijst" after its file instead (write it as id: R07, in quotes if needed)  invalid-id\n',
    );
    expect(err).toContain('in/map.md  warning  front matter id is not text ({"a":1}); the document is named "map" after its file instead');
    expect(err).toContain('in/waar.md  warning  front matter id is not text (true); the document is named "waar" after its file instead');
    expect(err).toContain('in/leeg.md  warning  front matter id is empty; the document is named "leeg" after its file instead');
    expect(err).not.toContain('in/getal.md');
    expect(
      read('rodedraad-out/documents.csv')
        .split('\r\n')
        .map((line) => line.split(',')[0]),
    ).toEqual(['document', '12', 'leeg', 'lijst', 'map', 'waar', '']);
  });
});

describe('unsafe regexes', () => {
  const withRegex = (regex: string) => codebook.replace('          - loket\n', `          - loket\n          - ${JSON.stringify(regex)}\n`);
  const line =
    'bad.yaml:37:13  error  regex "/(a+)+$/" of "loket" can take exponential time: "a+" and "(a+)+" can match the same "aaa…" in many ways; make the repeated parts exclusive  unsafe-regex';

  it('code, diff and check refuse an exponential regex with the same line, before reading any transcript', async () => {
    const files = {
      'good.yaml': codebook,
      'bad.yaml': withRegex('/(a+)+$/'),
      'in/r1.md': `I: Vraag?\n\nR1: ${'a'.repeat(40)}!\n\nI: Oké.\n\nR1: Ja.\n`,
    };
    const coded = await runIn(files, ['code', 'in', '-c', 'bad.yaml']);
    expect([coded.code, coded.err]).toEqual([2, `${line}\n`]);
    const diffed = await runIn(files, ['diff', 'good.yaml', 'bad.yaml', 'in']);
    expect([diffed.code, diffed.err]).toEqual([2, `${line}\n`]);
    const checked = await runIn(files, ['check', 'bad.yaml']);
    expect(checked.code).toBe(1);
    expect(checked.out.split('\n')).toContain(line);
  });

  it('code warns about a regex that can take polynomial time and codes with it', async () => {
    const { code, err, read } = await runIn({ 'cb.yaml': withRegex('/\\w+\\s*\\w+\\s*wachtlijst/'), 'in/r1.md': transcript }, [
      'code',
      'in',
      '-c',
      'cb.yaml',
      '-q',
    ]);
    expect(code).toBe(0);
    expect(err).toContain(
      'cb.yaml:37:13  warning  regex "/\\\\w+\\\\s*\\\\w+\\\\s*wachtlijst/" of "loket" can take polynomial time: "\\w+" and "\\w+" can trade "AAA…" between them; make them exclusive or bound them ({0,40})  unsafe-regex\n',
    );
    expect(read('rodedraad-out/codings.csv')).toContain('loket');
  });
});

describe('file kinds and sizes', () => {
  it('skips a FIFO and a link to /dev/zero with a warning, in a folder and named on the command line, and codes the rest', async () => {
    const root = makeTree({ 'cb.yaml': codebook, 'in/good.md': transcript });
    execFileSync('mkfifo', [path.join(root, 'in/pipe.md')]);
    symlinkSync('/dev/zero', path.join(root, 'in/zero.md'));
    symlinkSync('/dev/zero', path.join(root, 'zero.txt'));
    const io = fakeIo(root);
    expect(await run(['code', 'in', 'zero.txt', '-c', 'cb.yaml', '-q'], io)).toBe(0);
    expect(io.err()).toContain('in/pipe.md  warning  a FIFO (named pipe), not a regular file; skipped  not-a-file\n');
    expect(io.err()).toContain('in/zero.md  warning  a character device (such as /dev/zero), not a regular file; skipped  not-a-file\n');
    expect(io.err()).toContain('zero.txt  warning  a character device (such as /dev/zero), not a regular file; skipped  not-a-file\n');
    expect(readFileSync(path.join(root, 'rodedraad-out/documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(2);
  });

  it('reads a FIFO without waiting for a writer, and /dev/zero without reading it', async () => {
    const root = makeTempDir();
    execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
    expect(await readSourceText({ absolute: path.join(root, 'pipe.md'), display: 'pipe.md', format: 'markdown' })).toEqual({
      file: 'pipe.md',
      severity: 'warning',
      reason: 'a FIFO (named pipe), not a regular file; skipped',
      ruleId: 'not-a-file',
    });
    expect(await readSourceText({ absolute: '/dev/zero', display: 'zero.md', format: 'markdown' })).toMatchObject({ ruleId: 'not-a-file' });
  });

  it('exits 2 when a FIFO is the only transcript, and refuses a codebook that is /dev/zero', async () => {
    const root = makeTree({ 'cb.yaml': codebook, 'in/good.md': transcript });
    execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
    symlinkSync('/dev/zero', path.join(root, 'zero.yaml'));
    const only = fakeIo(root);
    expect(await run(['code', 'pipe.md', '-c', 'cb.yaml'], only)).toBe(2);
    expect(only.err()).toBe(
      'rodedraad: pipe.md: no transcripts found (.md, .markdown, .txt, .docx, .vtt, .srt files); a FIFO (named pipe), not a regular file; skipped\n',
    );
    const zero = fakeIo(root);
    expect(await run(['code', 'in', '-c', 'zero.yaml'], zero)).toBe(2);
    expect(zero.err()).toBe('rodedraad: zero.yaml: cannot read codebook: a character device (such as /dev/zero), not a regular file\n');
  });

  it('refuses a transcript over 50 MB without reading it, and one over --max-file-size', async () => {
    const root = makeTree({ 'cb.yaml': codebook, 'in/good.md': transcript, 'in/long.md': transcript.repeat(40) });
    // Sparse: 200 MB on paper, nothing on disk.
    writeFileSync(path.join(root, 'in/huge.md'), '');
    truncateSync(path.join(root, 'in/huge.md'), 200_000_000);
    const io = fakeIo(root);
    expect(await run(['code', 'in', '-c', 'cb.yaml', '-q'], io)).toBe(0);
    expect(io.err()).toContain(
      'in/huge.md  warning  too large: 200 MB, more than the limit of 50 MB; skipped (raise the limit with --max-file-size 200MB)  file-too-large\n',
    );
    const small = fakeIo(root);
    expect(await run(['code', 'in', '-c', 'cb.yaml', '-q', '--max-file-size', '2kB'], small)).toBe(0);
    expect(small.err()).toContain(
      'in/long.md  warning  too large: 2.5 kB, more than the limit of 2 kB; skipped (raise the limit with --max-file-size 3kB)  file-too-large\n',
    );
    const bad = fakeIo(root);
    expect(await run(['code', 'in', '-c', 'cb.yaml', '--max-file-size', 'veel'], bad)).toBe(2);
    expect(bad.err()).toBe('rodedraad: --max-file-size must be a size such as 50MB, 500kB or 1GB; found "veel"\n');
  });

  it('diff and check --corpus take --max-file-size too', async () => {
    const files = { 'cb.yaml': codebook, 'in/good.md': transcript, 'in/long.md': transcript.repeat(40) };
    const diffed = await runIn(files, ['diff', 'cb.yaml', 'cb.yaml', 'in', '--max-file-size', '2kB']);
    expect(diffed.code).toBe(0);
    expect(diffed.err).toContain('in/long.md  warning  too large: 2.5 kB');
    const checked = await runIn(files, ['check', 'cb.yaml', '--corpus', 'in', '--max-file-size', '2kB']);
    expect(checked.out).toContain('in/long.md  warning  too large: 2.5 kB');
  });
});

describe('default document ids', () => {
  it('keep the extension when only the extension tells two files apart, with a warning', async () => {
    const files = {
      'cb.yaml': codebook,
      'in/x.md': transcript,
      'in/x.txt': transcript,
      'in/a/r1.md': transcript,
      'in/b/r1.md': transcript,
    };
    const { code, err, read } = await runIn(files, ['code', 'in', '-c', 'cb.yaml', '-q']);
    expect(code).toBe(0);
    expect(
      read('rodedraad-out/documents.csv')
        .split('\r\n')
        .map((line) => line.split(',')[0]),
    ).toEqual(['document', 'in/a/r1', 'in/b/r1', 'in/x.md', 'in/x.txt', '']);
    expect(err).toContain(
      'in/x.md  warning  another transcript has the same name with another extension, so this one is named "in/x.md", extension included (set a unique id: in the front matter)  default-id\n',
    );
    expect(err).toContain('in/x.txt  warning  another transcript has the same name with another extension');
    expect(err).not.toContain('duplicate-document');
  });
});

describe('a file that is not a codebook given as --codebook', () => {
  it('is not quoted whole: long tokens are cut and at most ten YAML errors are listed', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const prose = `${'Dit is gewoon een lange tekst over wachtlijsten. '.repeat(100)}\n`;
    const { code, err } = await runIn({ 'README.md': readme, 'tekst.yaml': prose, 'in/r1.md': transcript }, [
      'code',
      'in',
      '-c',
      'README.md',
    ]);
    expect(code).toBe(2);
    const lines = err.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/^README\.md:\d+:\d+ {2}error {2}and \d+ more YAML syntax errors; is this file a codebook\? {2}yaml-syntax$/);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(200);
    const plain = await runIn({ 'tekst.yaml': prose, 'in/r1.md': transcript }, ['code', 'in', '-c', 'tekst.yaml']);
    expect(plain.err).toBe(
      'tekst.yaml:1:1  error  the codebook must be a map; found "Dit is gewoon een lange tekst over wachtlijsten. Dit is gew…" (A codebook for rodedraad: themes with codes, each with a definition, guidance, patterns and examples)  schema\n',
    );
  });
});
