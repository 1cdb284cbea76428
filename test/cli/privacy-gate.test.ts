import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const planted = path.join(root, 'test/fixtures/privacy/planted');
const codebook = path.join(root, 'test/fixtures/privacy/gate/codebook.yaml');
const expected = JSON.parse(readFileSync(path.join(planted, 'expected.json'), 'utf8')) as { file: string; kind: string; text: string }[];

async function rodedraad(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await run([...args, '--no-color'], io);
  return { code, out: io.out(), err: io.err() };
}

/** The planted corpus coded with a codebook that quotes every turn holding planted data, in a new folder. */
async function codedPlanted(...extra: string[]) {
  const cwd = makeTempDir();
  cpSync(planted, path.join(cwd, 'corpus'), { recursive: true });
  const coded = await rodedraad(cwd, 'code', 'corpus', '-c', codebook, '--out', 'out', '--quiet', ...extra);
  expect(coded.code).toBe(0);
  return { cwd, coded };
}

const personalDataLines = (err: string) => err.split('\n').filter((line) => line.endsWith('  personal-data'));

describe('the privacy gate in code', () => {
  it('warns once, with the count of coded segments that hold personal data; codings.csv keeps their text', async () => {
    const { cwd, coded } = await codedPlanted();
    expect(personalDataLines(coded.err)).toEqual([
      'out/codings.csv  warning  10 of 10 coded segments (in 3 of 3 documents) hold likely personal data (bsn, iban, email, phone, licence-plate, birth-date, postcode, address, case-number, name); codings.csv and result.json keep their text as your working files: share them with care; report masks it in quotes; rodedraad scan <paths> shows where it is, rodedraad scan --pseudonymise makes pseudonymised copies  personal-data',
    ]);
    expect(readFileSync(path.join(cwd, 'out/codings.csv'), 'utf8')).toContain('06-12345678');
  });

  it('counts the same when documents are coded on worker threads', async () => {
    const cwd = makeTempDir();
    const text = readFileSync(path.join(planted, 'p01-inwoner.md'), 'utf8');
    // 48 files: the corpus size from which code starts worker threads.
    for (let index = 1; index <= 48; index++) writeFileSync(path.join(cwd, `p${index}.md`), text.replace('id: P01', `id: P${index}`));
    const coded = await rodedraad(cwd, 'code', '.', '-c', codebook, '--out', 'out', '--quiet', '--jobs', '2', '--no-cache');
    expect(coded.code).toBe(0);
    expect(personalDataLines(coded.err)).toEqual([
      expect.stringMatching(/^out\/codings\.csv {2}warning {2}192 of 192 coded segments \(in 48 of 48 documents\)/),
    ]);
  });

  it('scans nothing and says nothing with --allow-personal-data', async () => {
    const { coded } = await codedPlanted('--allow-personal-data');
    expect(personalDataLines(coded.err)).toEqual([]);
  });
});

describe('the privacy gate in report', () => {
  it('masks every planted item in report.md, with a warning at the file and line of each quote', async () => {
    const { cwd } = await codedPlanted();
    const { code, err } = await rodedraad(cwd, 'report', 'out', '--quiet', '--format', 'md,html');
    expect(code).toBe(0);
    const report = readFileSync(path.join(cwd, 'out/report.md'), 'utf8');
    expect(expected.filter((item) => report.includes(item.text)).map((item) => item.text)).toEqual([]);
    const html = readFileSync(path.join(cwd, 'out/report.html'), 'utf8');
    expect(expected.filter((item) => html.includes(item.text)).map((item) => item.text)).toEqual([]);
    // Markdown escapes the brackets: report.md shows [TELEFOON].
    expect(report).toContain('op \\[TELEFOON\\] en zei');
    const warnings = personalDataLines(err);
    expect(warnings).toHaveLength(10);
    expect(warnings).toContain(
      'corpus/p01-inwoner.md:21:9  warning  the quote of P01, line 21 holds likely personal data (iban, phone, address, name): masked in report.md; anonymise the transcript (rodedraad scan shows where), allow the value (.rodedraad-privacy.yaml) or give --allow-personal-data  personal-data',
    );
  });

  it('quotes as written with --allow-personal-data, and says so', async () => {
    const { cwd } = await codedPlanted();
    const { code, err } = await rodedraad(cwd, 'report', 'out', '--quiet', '--allow-personal-data');
    expect(code).toBe(0);
    const report = readFileSync(path.join(cwd, 'out/report.md'), 'utf8');
    expect(expected.filter((item) => !report.includes(item.text)).map((item) => item.text)).toEqual([]);
    expect(personalDataLines(err)).toEqual([]);
    expect(err).toContain('rodedraad: --allow-personal-data: the quotes in the report were not checked for personal data\n');
  });

  it('leaves allowed values and keeps the evidence marked around a mask', async () => {
    const { cwd } = await codedPlanted();
    writeFileSync(path.join(cwd, 'corpus/.rodedraad-privacy.yaml'), 'allow:\n  - 020 624 1111\n');
    await rodedraad(cwd, 'report', 'out', '--quiet');
    const report = readFileSync(path.join(cwd, 'out/report.md'), 'utf8');
    expect(report).toContain('020-6241111');
    expect(report).toContain('Mijn **broer** \\[NAAM\\], als hij tijd heeft.');
  });
});

describe('the privacy gate on the demo corpus', () => {
  it('raises no alarm in code or report at the default confidence', async () => {
    const cwd = makeTempDir();
    const coded = await rodedraad(root, 'code', 'fixtures/interviews', '--out', path.join(cwd, 'out'), '--quiet');
    expect(coded.code).toBe(0);
    expect(personalDataLines(coded.err)).toEqual([]);
    const reported = await rodedraad(root, 'report', path.join(cwd, 'out'), '--quiet');
    expect(reported.code).toBe(0);
    expect(personalDataLines(reported.err)).toEqual([]);
    expect(readFileSync(path.join(cwd, 'out/report.md'), 'utf8')).not.toMatch(/\[(NAAM|TELEFOON|EMAIL|ADRES|BSN|IBAN|NUMMER)\\?\]/);
  });
});
