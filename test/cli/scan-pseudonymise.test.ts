import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/run.js';
import { TRANSCRIPT_FORMATS } from '../../src/ingest/list-files.js';
import { createMarkdownParser } from '../../src/ingest/parse-markdown.js';
import { readTranscript } from '../../src/ingest/read-transcript.js';
import { segmentTranscript } from '../../src/segment/segment.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';
import { fakeIo, makeTempDir } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const markdown = createMarkdownParser();

async function scan(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await run(['scan', '--no-color', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** A corpus with planted personal data in every layout scan reads: Markdown, text, Otter, Teams (.vtt and text), Word. */
function corpus(): string {
  const cwd = makeTempDir();
  const planted = path.join(root, 'test/fixtures/privacy/planted');
  for (const name of ['p01-inwoner.md', 'p02-mantelzorger.md']) cpSync(path.join(planted, name), path.join(cwd, 'corpus', name));
  cpSync(path.join(planted, 'p03-professional.txt'), path.join(cwd, 'corpus/gemeente-b/p03-professional.txt'));
  cpSync(path.join(root, 'test/fixtures/layouts/otter.txt'), path.join(cwd, 'corpus/gemeente-b/otter.txt'));
  for (const name of ['r24-teams-export.txt', 'r21-teams.vtt', 'r21-word.docx'])
    cpSync(path.join(root, 'fixtures/formats', name), path.join(cwd, 'corpus/formats', name));
  return cwd;
}

/** Every file below a folder, `/`-separated and sorted. */
function files(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(folder, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

/** How the segmenter reads a file: each turn's speaker, role and lines. */
async function turns(file: string) {
  const format = TRANSCRIPT_FORMATS[path.extname(file)]!;
  const read = await readTranscript({ absolute: file, display: path.basename(file), format }, markdown);
  if ('reason' in read) throw new Error(read.reason);
  const { segments } = segmentTranscript(read.parsed, read.source.text, file, {
    unit: 'turn',
    documentId: 'R1',
    interviewers: DEFAULT_INTERVIEWERS,
  });
  return segments.map((segment) => ({ speaker: segment.speaker, role: segment.role, lines: `${segment.start.line}-${segment.end.line}` }));
}

describe('rodedraad scan --pseudonymise', () => {
  it('writes a copy of every transcript at the same relative path, and a key; a second run with the key gives the same bytes', async () => {
    const cwd = corpus();
    const first = await scan(cwd, 'corpus', '--pseudonymise', '--key', 'key.json', '-o', 'clean');
    expect(first.code).toBe(0);
    expect(files(path.join(cwd, 'clean'))).toEqual([
      '.rodedraad-pseudonymised.json',
      'formats/r21-teams.vtt',
      'formats/r21-word.txt',
      'formats/r24-teams-export.txt',
      'gemeente-b/otter.txt',
      'gemeente-b/p03-professional.txt',
      'p01-inwoner.md',
      'p02-mantelzorger.md',
    ]);
    expect(first.err).toContain('rodedraad: wrote the key to key.json. This file links placeholders to personal data');
    expect(first.err).toContain('rodedraad: corpus/formats/r21-word.docx: written as clean/formats/r21-word.txt');
    const listed =
      /^corpus\/p01-inwoner\.md:21:68 {2}phone {2}06-\*{4}5678 {2}0\.95 {2}a Dutch mobile number \(06\) {2}→ (\[TELEFOON-\d+\])$/m.exec(
        first.out,
      );
    expect(listed).not.toBeNull();
    if (process.platform !== 'win32') expect(statSync(path.join(cwd, 'key.json')).mode & 0o777).toBe(0o600);
    const copy = readFileSync(path.join(cwd, 'clean/p01-inwoner.md'), 'utf8');
    expect(copy).toContain(`Die belde me op ${listed![1]} en zei`);
    const key = readFileSync(path.join(cwd, 'key.json'), 'utf8');
    expect(JSON.parse(key)).toMatchObject({ format: 'rodedraad-pseudonym-key', placeholders: { phone: { '0612345678': listed![1] } } });

    const second = await scan(cwd, 'corpus', '--pseudonymise', '--key', 'key.json', '-o', 'clean');
    expect(second.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'clean/p01-inwoner.md'), 'utf8')).toBe(copy);
    expect(readFileSync(path.join(cwd, 'key.json'), 'utf8')).toBe(key);
  });

  it('keeps every line, the front matter (names: emptied) and the speaker labels: the copy segments into the same turns', async () => {
    const cwd = corpus();
    expect((await scan(cwd, 'corpus', '--pseudonymise', '-o', 'clean')).code).toBe(0);
    const pairs = [
      ['p01-inwoner.md', 'p01-inwoner.md'],
      ['p02-mantelzorger.md', 'p02-mantelzorger.md'],
      ['gemeente-b/p03-professional.txt', 'gemeente-b/p03-professional.txt'],
      ['gemeente-b/otter.txt', 'gemeente-b/otter.txt'],
      ['formats/r24-teams-export.txt', 'formats/r24-teams-export.txt'],
      ['formats/r21-teams.vtt', 'formats/r21-teams.vtt'],
    ];
    for (const [input, output] of pairs) {
      const original = readFileSync(path.join(cwd, 'corpus', input!), 'utf8');
      const copy = readFileSync(path.join(cwd, 'clean', output!), 'utf8');
      expect(copy.split('\n').length, output).toBe(original.split('\n').length);
      const before = await turns(path.join(cwd, 'corpus', input!));
      const after = await turns(path.join(cwd, 'clean', output!));
      expect(
        after.map(({ role, lines }) => ({ role, lines })),
        output,
      ).toEqual(before.map(({ role, lines }) => ({ role, lines })));
      // A speaker becomes one placeholder, the same at every turn.
      const renamed = new Map(before.map((turn, index) => [turn.speaker, after[index]!.speaker]));
      expect(new Set(renamed.values()).size, output).toBe(renamed.size);
    }
    const [a, b, c, d] = (await turns(path.join(cwd, 'clean/gemeente-b/otter.txt'))).map((turn) => turn.speaker);
    expect([a, b]).toEqual([expect.stringMatching(/^NAAM-\d+$/), expect.stringMatching(/^NAAM-\d+$/)]);
    expect([c, d]).toEqual([a, b]);
    expect(a).not.toBe(b);
    const front = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
    expect(front(path.join(cwd, 'clean/p01-inwoner.md'))).toEqual({ ...front(path.join(cwd, 'corpus/p01-inwoner.md')), names: [] });
    expect(readFileSync(path.join(cwd, 'clean/p01-inwoner.md'), 'utf8')).not.toMatch(/Sevda|Mulder/);
  });

  it('leaves nothing a second scan finds', async () => {
    const cwd = corpus();
    await scan(cwd, 'corpus', '--pseudonymise', '-o', 'clean');
    const again = await scan(cwd, 'clean');
    expect(again.out).toBe('✔ no likely personal data in 7 transcripts (confidence 0.5 or more)\n');
    expect(again.code).toBe(0);
  });

  it('gives a value the same placeholder in every file and every run with the key, new values the next number', async () => {
    const cwd = makeTempDir();
    writeFileSync(path.join(cwd, 'a.md'), '**R1:** Bel meneer Yılmaz op 06-12345678.\n');
    writeFileSync(path.join(cwd, 'b.md'), '**R2:** Meneer Yilmaz? Die heeft 0612345678. En mevrouw Bakker.\n');
    await scan(cwd, 'a.md', '--pseudonymise', '--key', 'key.json', '-o', 'one');
    await scan(cwd, 'a.md', 'b.md', '--pseudonymise', '--key', 'key.json', '-o', 'two');
    expect(readFileSync(path.join(cwd, 'one/a.md'), 'utf8')).toBe('**R1:** Bel meneer [NAAM-1] op [TELEFOON-1].\n');
    expect(readFileSync(path.join(cwd, 'two/a.md'), 'utf8')).toBe('**R1:** Bel meneer [NAAM-1] op [TELEFOON-1].\n');
    expect(readFileSync(path.join(cwd, 'two/b.md'), 'utf8')).toBe(
      '**R2:** Meneer [NAAM-1]? Die heeft [TELEFOON-1]. En mevrouw [NAAM-2].\n',
    );
  });

  it('without --key says that nothing links the placeholders to the values, and writes no key', async () => {
    const cwd = corpus();
    const result = await scan(cwd, 'corpus/p01-inwoner.md', '--pseudonymise', '-o', 'clean');
    expect(result.code).toBe(0);
    expect(result.err).toContain('no --key: the placeholders are numbered afresh in every run');
    expect(files(cwd).filter((name) => name.endsWith('.json'))).toEqual(['clean/.rodedraad-pseudonymised.json']);
  });
});

describe('rodedraad scan --pseudonymise: what it refuses', () => {
  it.each([
    ['a key file that is not JSON', '{"format": ', /^rodedraad: key\.json: the key file is not valid JSON/],
    ['a key file of another tool', '{"format": "x"}', /^rodedraad: key\.json: not a rodedraad key file/],
    [
      'a key with one placeholder for two values',
      '{"format": "rodedraad-pseudonym-key", "version": 1, "placeholders": {"name": {"ans": "[NAAM-1]", "bea": "[NAAM-1]"}}}',
      /stands for two values/,
    ],
  ])('%s: exit 2, one line, nothing written', async (_, text, message) => {
    const cwd = corpus();
    writeFileSync(path.join(cwd, 'key.json'), text);
    const result = await scan(cwd, 'corpus', '--pseudonymise', '--key', 'key.json', '-o', 'clean');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(cwd, 'clean'))).toBe(false);
    expect(readFileSync(path.join(cwd, 'key.json'), 'utf8')).toBe(text);
  });

  it('refuses a key in a folder that does not exist, before writing anything', async () => {
    const cwd = corpus();
    const result = await scan(cwd, 'corpus', '--pseudonymise', '--key', 'private/key.json', '-o', 'clean');
    expect(result.code).toBe(2);
    expect(result.err).toBe('rodedraad: private/key.json: cannot write the key file there: no such folder\n');
    expect(existsSync(path.join(cwd, 'clean'))).toBe(false);
  });

  it('refuses a key inside the output folder', async () => {
    const cwd = corpus();
    const result = await scan(cwd, 'corpus', '--pseudonymise', '--key', 'clean/key.json', '-o', 'clean');
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'rodedraad: clean/key.json: the key file must not be in the output folder clean/: it links the placeholders to personal data; keep it elsewhere\n',
    );
    expect(existsSync(path.join(cwd, 'clean'))).toBe(false);
  });

  it('never writes over an input, into the working folder, or over files it did not write', async () => {
    const cwd = corpus();
    expect((await scan(cwd, 'corpus/p01-inwoner.md', '--pseudonymise', '-o', 'corpus')).err).toBe(
      'rodedraad: corpus/p01-inwoner.md: is an input and would be overwritten by the copies; choose another -o\n',
    );
    expect((await scan(path.join(cwd, 'corpus'), '.', '--pseudonymise', '-o', '.')).err).toMatch(/-o is the folder you are working in/);
    writeFileSync(path.join(cwd, 'notes.txt'), 'mine');
    const other = await scan(cwd, 'corpus/p01-inwoner.md', '--pseudonymise', '-o', '.');
    expect(other.code).toBe(2);
    cpSync(path.join(cwd, 'notes.txt'), path.join(cwd, 'mine/notes.txt'));
    const foreign = await scan(cwd, 'corpus/p01-inwoner.md', '--pseudonymise', '-o', 'mine');
    expect(foreign.code).toBe(2);
    expect(foreign.err).toBe(
      'rodedraad: mine: -o holds files rodedraad scan did not write (notes.txt); choose a new or empty folder for the pseudonymised copies\n',
    );
    expect(readFileSync(path.join(cwd, 'mine/notes.txt'), 'utf8')).toBe('mine');
  });

  it('replaces its own earlier copies as a whole, also when the inputs changed', async () => {
    const cwd = corpus();
    await scan(cwd, 'corpus', '--pseudonymise', '-o', 'clean');
    const result = await scan(cwd, 'corpus/p01-inwoner.md', '--pseudonymise', '-o', 'clean');
    expect(result.code).toBe(0);
    expect(files(path.join(cwd, 'clean'))).toEqual(['.rodedraad-pseudonymised.json', 'p01-inwoner.md']);
  });
});
