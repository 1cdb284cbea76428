import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir, makeTree } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const planted = path.join(root, 'test/fixtures/privacy/planted');
const expected = JSON.parse(readFileSync(path.join(planted, 'expected.json'), 'utf8')) as { file: string; kind: string; text: string }[];

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: string;
  masked: string;
  confidence: number;
  reason: string;
  placeholder?: string;
}

async function scan(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await run(['scan', '--no-color', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** The text a JSON finding covers, read back from the file by its line and column. */
function coveredText(cwd: string, finding: JsonFinding): string {
  const lines = readFileSync(path.join(cwd, finding.file), 'utf8').split('\n');
  if (finding.line === finding.endLine) return lines[finding.line - 1]!.slice(finding.column - 1, finding.endColumn - 1);
  return [
    lines[finding.line - 1]!.slice(finding.column - 1),
    ...lines.slice(finding.line, finding.endLine - 1),
    lines[finding.endLine - 1]!.slice(0, finding.endColumn - 1),
  ].join('\n');
}

/** A copy of the planted corpus in a new folder (cwd), under `corpus/`. */
function plantedCorpus(): string {
  const cwd = makeTempDir();
  cpSync(planted, path.join(cwd, 'corpus'), { recursive: true });
  return cwd;
}

describe('rodedraad scan on the planted corpus (synthetic)', () => {
  it('finds every planted item at its file:line:column, masked, and exits 1', async () => {
    const cwd = plantedCorpus();
    const { code, out } = await scan(cwd, 'corpus', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as { files: string[]; findings: JsonFinding[]; summary: { findings: number; files: number } };
    expect(report.files).toEqual(['corpus/p01-inwoner.md', 'corpus/p02-mantelzorger.md', 'corpus/p03-professional.txt']);
    const found = report.findings.map((finding) => ({
      file: path.basename(finding.file),
      kind: finding.kind,
      text: coveredText(cwd, finding),
    }));
    expect(found).toEqual(expected);
    expect(report.summary).toMatchObject({ findings: expected.length, files: 3 });
    // The output never holds a value whole.
    for (const item of expected) expect(out).not.toContain(item.text);
    expect(report.findings.find((finding) => finding.kind === 'phone')).toMatchObject({ masked: '06-****5678', confidence: 0.95 });
  });

  it('lists findings as text: place, kind, masked value, confidence, reason; then a count', async () => {
    const cwd = plantedCorpus();
    const { code, out, err } = await scan(cwd, 'corpus/p01-inwoner.md');
    expect(code).toBe(1);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('corpus/p01-inwoner.md:17:38  birth-date  ** ***** ****  0.95  a date of birth');
    expect(lines).toContain('corpus/p01-inwoner.md:21:68  phone  06-****5678  0.95  a Dutch mobile number (06)');
    expect(lines.at(-1)).toBe(
      '11 findings in 1 of 1 transcript (bsn 1, iban 1, email 1, phone 1, birth-date 1, address 1, case-number 2, name 3; confidence 0.5 or more)',
    );
  });

  it('writes GitHub annotations with the masked value, never the value', async () => {
    const cwd = plantedCorpus();
    const { code, out } = await scan(cwd, 'corpus/p01-inwoner.md', '--format', 'github');
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines).toContain(
      '::error file=corpus/p01-inwoner.md,line=21,col=68,title=rodedraad personal-data-phone::likely personal data (phone, confidence 0.95): 06-****5678; a Dutch mobile number (06)',
    );
    expect(out).not.toContain('06-12345678');
  });

  it('reports only findings at or above --min-confidence', async () => {
    const cwd = plantedCorpus();
    const { out } = await scan(cwd, 'corpus/p03-professional.txt', '--format', 'json', '--min-confidence', '0.9');
    const report = JSON.parse(out) as { findings: JsonFinding[]; minConfidence: number };
    expect(report.minConfidence).toBe(0.9);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((finding) => finding.confidence >= 0.9)).toBe(true);
    // The first names without a title score 0.8 and drop out.
    expect(report.findings.some((finding) => finding.masked === 'N***')).toBe(false);
  });
});

describe('rodedraad scan on the demo corpus', () => {
  it('raises no alarm at the default confidence and exits 0', async () => {
    const { code, out, err } = await scan(root, 'fixtures/interviews');
    expect(err).toBe('');
    expect(out).toBe('✔ no likely personal data in 16 transcripts (confidence 0.5 or more)\n');
    expect(code).toBe(0);
  });
});

describe('rodedraad scan: speaker labels', () => {
  it("scans a label that is a person's name (Otter, Teams) as a name, whole, at each turn; role labels are not names", async () => {
    const cwd = makeTree({
      'otter.txt':
        'Marieke de Vries  0:09\nHoe gaat het?\n\nBakker, Anouk  0:17\nGoed. Eén ding nog.\n\nMarieke de Vries  0:31\nMooi.\n\nBakker, Anouk  0:35\nJa.\n',
      'bold.md': '**I:** Hoe gaat het?\n\n**R1:** Goed. Eén ding nog: niks.\n',
    });
    const { code, out } = await scan(cwd, '.', '--format', 'json');
    expect(code).toBe(1);
    const findings = (JSON.parse(out) as { findings: JsonFinding[] }).findings;
    expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${coveredText(cwd, finding)}`)).toEqual([
      'otter.txt:1:1 Marieke de Vries',
      'otter.txt:4:1 Bakker, Anouk',
      'otter.txt:7:1 Marieke de Vries',
      'otter.txt:10:1 Bakker, Anouk',
    ]);
    expect(findings[0]!.reason).toMatch(/^a speaker label that is a name/);
  });
});

describe('rodedraad scan: names and allow-lists', () => {
  const transcript = '---\nid: R1\n---\n**I:** Wie belde?\n\n**R1:** Die van de wijkverpleging, 020-6241111, en toen kwam Truus langs.\n';

  it('a --names file adds names that the word lists alone would not report', async () => {
    const cwd = makeTree({ 'r1.md': transcript.replace('Truus', 'truus'), 'names.txt': '# names known to occur\ntruus\n\n' });
    const without = await scan(cwd, 'r1.md', '--format', 'json');
    const withNames = await scan(cwd, 'r1.md', '--format', 'json', '--names', 'names.txt');
    const kinds = (out: string) =>
      (JSON.parse(out) as { findings: JsonFinding[] }).findings.map((finding) => `${finding.kind} ${finding.masked}`);
    expect(kinds(without.out)).toEqual(['phone 02*-***1111']);
    expect(kinds(withNames.out)).toEqual(['phone 02*-***1111', 'name t****']);
  });

  it('front matter names: are used and not reported; privacy: allow leaves out a public number written another way', async () => {
    const front = '---\nid: R1\nnames: [truus]\nprivacy:\n  allow:\n    - "020 624 1111"\n---\n';
    const cwd = makeTree({ 'r1.md': transcript.replace('---\nid: R1\n---\n', front).replace('Truus', 'truus') });
    const { code, out } = await scan(cwd, 'r1.md', '--format', 'json');
    expect(code).toBe(1);
    const findings = (JSON.parse(out) as { findings: JsonFinding[] }).findings;
    expect(findings.map((finding) => `${finding.line} ${finding.kind} ${coveredText(cwd, finding)} ${finding.reason}`)).toEqual([
      '10 name truus a name on the names list',
    ]);
  });

  it('reads .rodedraad-privacy.yaml in the folder given and in folders up to it, not above it', async () => {
    const cwd = makeTree({
      'corpus/.rodedraad-privacy.yaml': 'allow:\n  - 020-6241111\n',
      'corpus/gemeente-a/.rodedraad-privacy.yaml': 'names:\n  - Truus\n',
      'corpus/gemeente-a/r1.md': transcript,
      '.rodedraad-privacy.yaml': 'allow: [Truus]\n',
    });
    const { code, out } = await scan(cwd, 'corpus', '--format', 'json');
    expect(code).toBe(1);
    // The phone number is allowed by corpus/; Truus is listed by gemeente-a/ and the allow-list above corpus/ does not count.
    expect((JSON.parse(out) as { findings: JsonFinding[] }).findings.map((finding) => `${finding.kind} ${finding.reason}`)).toEqual([
      'name a name on the names list',
    ]);
    const clean = await scan(cwd, '.', '--format', 'json');
    expect(clean.code).toBe(0);
  });

  it('a privacy file that cannot be read is a usage error naming it; a bad privacy: entry a warning', async () => {
    const broken = makeTree({ 'corpus/.rodedraad-privacy.yaml': 'allow: [unclosed\n', 'corpus/r1.md': transcript });
    const result = await scan(broken, 'corpus');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^rodedraad: corpus\/\.rodedraad-privacy\.yaml:\d+:\d+: /);
    const typo = makeTree({ 'corpus/.rodedraad-privacy.yaml': 'alow: [Truus]\n', 'corpus/r1.md': transcript });
    expect((await scan(typo, 'corpus')).err).toBe(
      'rodedraad: corpus/.rodedraad-privacy.yaml: unknown key "alow"; a privacy section has allow and names\n',
    );
    const entry = makeTree({ 'r1.md': transcript.replace('id: R1', 'id: R1\nprivacy: [Truus]') });
    const warned = await scan(entry, 'r1.md');
    expect(warned.code).toBe(1);
    expect(warned.err).toContain('r1.md  warning  front matter privacy: must be a map with allow: and names: lists');
  });
});

describe('rodedraad scan: exit codes and usage errors', () => {
  it.each([
    [['--format', 'xml'], /option '--format <format>' argument 'xml' is invalid/],
    [['--min-confidence', '2'], /--min-confidence must be a number from 0 to 1/],
    [['--key', 'key.json'], /--key is for --pseudonymise/],
    [['-o', 'clean'], /-o is for --pseudonymise/],
    [['--pseudonymise'], /--pseudonymise writes copies: name a new folder for them with -o/],
    [['--names', 'missing.txt'], /missing\.txt: cannot read the names list: no such file or folder/],
  ])('%j is a usage error (exit 2, one line)', async (args, message) => {
    const cwd = makeTree({ 'r1.md': '**R1:** Goed.\n' });
    const { code, out, err } = await scan(cwd, 'r1.md', ...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 when a transcript cannot be scanned, after listing what the others hold', async () => {
    const cwd = makeTree({ 'a.md': '**R1:** Bel me op 06-12345678.\n', 'b.md': new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]) });
    writeFileSync(path.join(cwd, 'b.md'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const { code, out, err } = await scan(cwd, '.');
    expect(code).toBe(2);
    expect(out).toContain('a.md:1:19  phone  06-****5678');
    expect(err).toMatch(/^b\.md {2}warning {2}.*; not scanned/m);
    expect(err).toContain('rodedraad: 1 transcript could not be scanned (see above)\n');
  });
});
