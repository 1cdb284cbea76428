import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir, makeTree } from '../helpers.js';

const fixture = fileURLToPath(new URL('../fixtures/small-corpus/', import.meta.url));
const outputs = ['codings.csv', 'documents.csv', 'matrix.csv', 'result.json', 'summary.md'];

/** Run `code` on the small corpus into a new temporary folder. */
async function codeSmallCorpus(...extra: string[]) {
  const out = path.join(makeTempDir(), 'out');
  const io = fakeIo(fixture);
  const code = await run(['code', 'interviews', '--codebook', 'codebook.yaml', '--out', out, ...extra], io);
  const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
  return { code, io, out, read, err: io.err().replaceAll(out, '<out>') };
}

describe('rodedraad code on a small corpus', () => {
  it('writes the five outputs exactly as reviewed', async () => {
    const { code, read, io, err } = await codeSmallCorpus();
    expect(code).toBe(0);
    for (const name of outputs) {
      await expect(read(name)).toMatchFileSnapshot(`../fixtures/small-corpus/expected/${name}`);
    }
    expect(io.out()).toBe(read('summary.md'));
    expect(err).toBe(
      'interviews/notes.pdf  warning  skipped 1 file that is not a transcript (.md, .markdown, .txt, .docx, .vtt, .srt): interviews/notes.pdf  unsupported-file\n' +
        '1 warning\n' +
        '✔ coded 2 documents (12 segments) into <out>/: codings.csv, documents.csv, matrix.csv, result.json, summary.md\n',
    );
  });

  it('gives byte-identical output on a second run', async () => {
    const first = await codeSmallCorpus();
    const second = await codeSmallCorpus();
    for (const name of outputs) expect(readFileSync(path.join(second.out, name))).toEqual(readFileSync(path.join(first.out, name)));
  });

  it('escapes cells that a spreadsheet would run as a formula', async () => {
    const { read } = await codeSmallCorpus();
    expect(read('codings.csv')).toContain(`"'=Daarna ging het beter.`);
    expect(read('codings.csv')).toContain(`"'- ja, eh, de buren`);
  });

  it('writes semicolon CSV with a byte-order mark for Dutch Excel with --excel', async () => {
    const { read } = await codeSmallCorpus('--excel');
    // R01's "Geen wachtlijst meer" is a negated mention of wachten: not counted as presence.
    expect(read('matrix.csv')).toBe('\uFEFFdocument;wachten;terugbellen;buren;loket\r\nR01;1;1;2;1\r\nR02;1;0;0;1\r\n');
    expect(read('codings.csv').startsWith('\uFEFFdocument;segment;speaker;')).toBe(true);
  });

  it('prints nothing on stdout with --quiet, and writes the summary in English with --lang en', async () => {
    const { io, read } = await codeSmallCorpus('--quiet', '--lang', 'en');
    expect(io.out()).toBe('');
    expect(read('summary.md')).toContain('# rodedraad: coding summary');
    expect(read('summary.md')).toContain('- Coded: 3 of 6 respondent segments (50%) have at least one code');
  });

  it('codes interviewer turns too with --include-interviewer', async () => {
    const { read } = await codeSmallCorpus('--include-interviewer');
    expect(read('summary.md')).toContain('3 van de 12 segmenten van respondenten en interviewers');
  });

  it('writes one segment per sentence with --unit sentence', async () => {
    const { read } = await codeSmallCorpus('--unit', 'sentence');
    const result = JSON.parse(read('result.json')) as { settings: { unit: string }; totals: { segments: number } };
    expect(result.settings.unit).toBe('sentence');
    expect(result.totals.segments).toBe(16);
  });

  it('writes result.json as valid JSON with located hits', async () => {
    const { read } = await codeSmallCorpus();
    const result = JSON.parse(read('result.json'));
    expect(result).toMatchObject({
      format: 'rodedraad-result',
      formatVersion: 1,
      inputs: ['interviews'],
      codebooks: [{ id: 'klein', file: 'codebook.yaml' }],
    });
    const source = readFileSync(path.join(fixture, 'interviews/gemeente-x/r01.md'), 'utf8');
    const hit = result.documents[0].segments[1].codings[0].hits[0];
    expect(source.slice(hit.sourceStart, hit.sourceEnd)).toBe('wachtlijst');
  });
});

describe('rodedraad code on bad input', () => {
  const tree = () =>
    makeTree({
      'cb.yaml': readFileSync(path.join(fixture, 'codebook.yaml'), 'utf8'),
      'good/r1.md': 'I: Vraag?\n\nR1: Ik stond op een wachtlijst.\n\nI: Oké.\n\nR1: Ja.\n',
    });

  /** Run in a fresh tree and check the exit code, the one line on stderr, and that no output was left. */
  async function expectUsageError(args: string[], files: Record<string, string | Uint8Array>, line: RegExp | string) {
    const root = tree();
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), content);
    }
    const io = fakeIo(root);
    const code = await run(['code', ...args, '--out', 'nested/out'], io);
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    if (typeof line === 'string') expect(lines[0]).toBe(line);
    else expect(lines[0]).toMatch(line);
    expect(existsSync(path.join(root, 'nested'))).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([]);
  }

  it('a path that does not exist', async () => {
    await expectUsageError(['missing', '-c', 'cb.yaml'], {}, 'rodedraad: missing: no such file or folder');
  });

  it('a binary file', async () => {
    await expectUsageError(
      ['bin.md', '-c', 'cb.yaml'],
      { 'bin.md': new Uint8Array([0x49, 0x3a, 0x00, 0x01]) },
      'bin.md  error  binary file (a NUL byte at byte 2), not a text transcript  binary-file',
    );
  });

  it('invalid UTF-8, with its line and column', async () => {
    await expectUsageError(
      ['latin1.txt', '-c', 'cb.yaml'],
      { 'latin1.txt': new Uint8Array([0x49, 0x3a, 0x0a, 0x52, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]) },
      'latin1.txt:2:7  error  invalid UTF-8 at byte 9; save the file as UTF-8, or read it with --encoding windows-1252 if it is Windows text  invalid-utf8',
    );
  });

  it('a codebook with a YAML syntax error', async () => {
    await expectUsageError(
      ['good', '-c', 'bad.yaml'],
      { 'bad.yaml': 'id: x\ntitle: [Oops\nversion: 1.0.0\n' },
      /^bad\.yaml:3:1 {2}error {2}YAML syntax error: .* {2}yaml-syntax$/,
    );
  });

  it('a pattern that does not compile', async () => {
    const codebook = readFileSync(path.join(fixture, 'codebook.yaml'), 'utf8').replace('          - loket\n', '          - /loket(/\n');
    await expectUsageError(
      ['good', '-c', 'bad.yaml'],
      { 'bad.yaml': codebook },
      'bad.yaml:36:14  error  invalid pattern "/loket(/": regular expression does not compile: Invalid regular expression: /loket(/: Unterminated group  invalid-pattern',
    );
  });

  it('an unknown codebook name', async () => {
    await expectUsageError(
      ['good', '-c', 'geen-codeboek'],
      {},
      'rodedraad: unknown codebook "geen-codeboek"; shipped codebooks: leefgebieden, psd-leerthemas, scp-gezien-gehoord-geholpen, sociale-basis (or give a path to a .yaml file)',
    );
  });

  it('an empty folder', async () => {
    await expectUsageError(
      ['empty', '-c', 'cb.yaml'],
      { 'empty/.keep': '' },
      'rodedraad: empty: no transcripts found (.md, .markdown, .txt, .docx, .vtt, .srt files)',
    );
  });

  it('an unknown option', async () => {
    await expectUsageError(['good', '--colour'], {}, "rodedraad: unknown option '--colour'\n(Did you mean --color?)".split('\n')[0]!);
  });

  it('skips a bad transcript among good ones with a warning', async () => {
    const root = tree();
    writeFileSync(path.join(root, 'good/r2.md'), new Uint8Array([0x00, 0x01]));
    const io = fakeIo(root);
    expect(await run(['code', 'good', '-c', 'cb.yaml', '-q'], io)).toBe(0);
    expect(io.err()).toContain('good/r2.md  warning  binary file (a NUL byte at byte 0), not a text transcript  binary-file\n');
    expect(readFileSync(path.join(root, 'rodedraad-out/documents.csv'), 'utf8')).toContain('r1,good/r1.md');
    expect(readFileSync(path.join(root, 'rodedraad-out/documents.csv'), 'utf8')).not.toContain('r2');
  });

  it('refuses an output folder that would overwrite an input', async () => {
    const root = tree();
    writeFileSync(path.join(root, 'good/summary.md'), 'R1: een samenvatting.\n');
    const io = fakeIo(root);
    expect(await run(['code', 'good/summary.md', '-c', 'cb.yaml', '--out', 'good'], io)).toBe(2);
    expect(io.err()).toBe('rodedraad: good/summary.md: is an input and would be overwritten by the output; choose another --out\n');
    expect(readFileSync(path.join(root, 'good/summary.md'), 'utf8')).toBe('R1: een samenvatting.\n');
  });

  it('refuses an output folder that reaches an input through a link', async () => {
    const root = tree();
    writeFileSync(path.join(root, 'good/summary.md'), 'R1: een samenvatting.\n');
    symlinkSync('good', path.join(root, 'link'));
    const io = fakeIo(root);
    expect(await run(['code', 'good', '-c', 'cb.yaml', '--out', 'link'], io)).toBe(2);
    // The folder is replaced as a whole, so the first input inside it is named.
    expect(io.err()).toBe('rodedraad: good/r1.md: is an input and would be overwritten by the output; choose another --out\n');
    expect(readFileSync(path.join(root, 'good/summary.md'), 'utf8')).toBe('R1: een samenvatting.\n');
  });

  it('refuses an output folder that holds files it did not write, before coding, and leaves it as it was', async () => {
    const root = tree();
    mkdirSync(path.join(root, 'rodedraad-out/drafts'), { recursive: true });
    writeFileSync(path.join(root, 'rodedraad-out/summary.md'), 'old');
    writeFileSync(path.join(root, 'rodedraad-out/notes.txt'), 'mine');
    const io = fakeIo(root, { tty: true });
    expect(await run(['code', 'good', '-c', 'cb.yaml'], io)).toBe(2);
    expect(io.err()).toBe(
      'rodedraad: rodedraad-out: --out holds files rodedraad did not write (drafts/, notes.txt); choose a new or empty folder\n',
    );
    expect(readdirSync(path.join(root, 'rodedraad-out')).sort()).toEqual(['drafts', 'notes.txt', 'summary.md']);
    expect(readFileSync(path.join(root, 'rodedraad-out/summary.md'), 'utf8')).toBe('old');
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('replaces an output folder of its own as a whole', async () => {
    const root = tree();
    mkdirSync(path.join(root, 'rodedraad-out'));
    writeFileSync(path.join(root, 'rodedraad-out/summary.md'), 'old');
    writeFileSync(path.join(root, 'rodedraad-out/.DS_Store'), 'finder');
    expect(await run(['code', 'good', '-c', 'cb.yaml', '-q'], fakeIo(root))).toBe(0);
    expect(readdirSync(path.join(root, 'rodedraad-out')).sort()).toEqual(outputs);
    expect(readFileSync(path.join(root, 'rodedraad-out/summary.md'), 'utf8')).toContain('# rodedraad');
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('does not read its own output folder as input', async () => {
    const root = tree();
    expect(await run(['code', '.', '-c', 'cb.yaml', '-q'], fakeIo(root))).toBe(0);
    const io = fakeIo(root);
    expect(await run(['code', '.', '-c', 'cb.yaml', '-q'], io)).toBe(0);
    expect(readFileSync(path.join(root, 'rodedraad-out/documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(2);
  });
});

describe('rodedraad help and version', () => {
  it('prints help on stdout and exits 0', async () => {
    const io = fakeIo(fixture);
    expect(await run(['code', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: rodedraad code [options] <paths...>');
    expect(io.err()).toBe('');
  });

  it('exits 2 with help on stderr when no command is given', async () => {
    const io = fakeIo(fixture);
    expect(await run([], io)).toBe(2);
    expect(io.err()).toContain('Usage: rodedraad');
  });
});

describe('progress', () => {
  it('shows a progress bar on a terminal only', async () => {
    const tty = fakeIo(fixture, { tty: true });
    const out = path.join(makeTempDir(), 'out');
    expect(await run(['code', 'interviews', '-c', 'codebook.yaml', '-o', out, '--no-color'], tty)).toBe(0);
    expect(tty.err()).toContain('coding [');
    expect(tty.err()).toContain('2/2 files');

    const pipe = fakeIo(fixture);
    expect(await run(['code', 'interviews', '-c', 'codebook.yaml', '-o', out], pipe)).toBe(0);
    expect(pipe.err()).not.toContain('coding [');
  });

  it('shows no progress bar with --quiet, even on a terminal', async () => {
    const tty = fakeIo(fixture, { tty: true });
    const out = path.join(makeTempDir(), 'out');
    expect(await run(['code', 'interviews', '-c', 'codebook.yaml', '-o', out, '-q'], tty)).toBe(0);
    expect(tty.err()).not.toContain('coding [');
  });
});

describe('interrupting', () => {
  it('stops at once when the signal is aborted, leaving no output and no staging folder', async () => {
    const root = makeTree({
      'cb.yaml': readFileSync(path.join(fixture, 'codebook.yaml'), 'utf8'),
      'r1.md': 'I: Vraag?\n\nR1: Een wachtlijst.\n',
    });
    const controller = new AbortController();
    controller.abort();
    const io = { ...fakeIo(root), signal: controller.signal };
    expect(await run(['code', 'r1.md', '-c', 'cb.yaml', '-q'], io)).toBe(130);
    expect(io.err()).toBe('rodedraad: interrupted; no output was written\n');
    expect(readdirSync(root).sort()).toEqual(['cb.yaml', 'r1.md']);
  });
});

describe('rodedraad codebooks', () => {
  it('lists every shipped codebook with its size', async () => {
    const io = fakeIo(fixture);
    expect(await run(['codebooks'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +title +version +language +themes +codes$/);
    expect(lines.find((line) => line.startsWith('scp-gezien-gehoord-geholpen '))).toMatch(/ nl +3 +14$/);
  });

  it('writes JSON with --format json', async () => {
    const io = fakeIo(fixture);
    expect(await run(['codebooks', '--format', 'json'], io)).toBe(0);
    const rows = JSON.parse(io.out()) as { id: string; language: string; themes: number; codes: number }[];
    expect(rows.find((row) => row.id === 'scp-gezien-gehoord-geholpen')).toMatchObject({ language: 'nl', themes: 3, codes: 14 });
  });
});
