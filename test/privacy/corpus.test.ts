import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Finding, FindingKind } from '../../src/privacy/finding.js';
import { loadDutchLexicon } from '../../src/privacy/load-lexicon.js';
import { protectedRanges } from '../../src/privacy/protected-ranges.js';
import { scanText } from '../../src/privacy/scan.js';
import type { DutchLexicon } from '../../src/privacy/word-lexicon.js';

const root = path.join(import.meta.dirname, '../..');
const planted = path.join(root, 'test/fixtures/privacy/planted');
const FRONT_MATTER = /^---\n([\s\S]*?)\n---/;
let lexicon: DutchLexicon;

beforeAll(async () => {
  lexicon = await loadDutchLexicon();
});

/** Scan a transcript as the CLI will: labels and front matter keys left alone, `names:` from the front matter. */
function scanTranscript(text: string): Finding[] {
  const front = FRONT_MATTER.exec(text);
  const names = front ? ((parse(front[1]!) as { names?: string[] }).names ?? []) : [];
  return scanText(text, { lexicon, names, exclude: protectedRanges(text) });
}

function transcripts(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) return transcripts(file);
      return /\.(md|txt)$/.test(name) && name !== 'README.md' ? [file] : [];
    });
}

describe('the corpus with planted personal data (synthetic)', () => {
  const expected = JSON.parse(readFileSync(path.join(planted, 'expected.json'), 'utf8')) as {
    file: string;
    kind: FindingKind;
    text: string;
  }[];

  it.each(transcripts(planted).map((file) => [path.basename(file), file] as const))(
    '%s: every planted item is found, and nothing else',
    (name, file) => {
      const found = scanTranscript(readFileSync(file, 'utf8')).map((finding) => ({ kind: finding.kind, text: finding.text }));
      const wanted = expected.filter((item) => item.file === name).map(({ kind, text }) => ({ kind, text }));
      expect(wanted.length).toBeGreaterThanOrEqual(8);
      expect(found).toEqual(wanted);
    },
  );
});

describe('the demo corpus fixtures/interviews', () => {
  const files = transcripts(path.join(root, 'fixtures/interviews'));

  it('has its 16 transcripts', () => {
    expect(files).toHaveLength(16);
  });

  it('raises no false alarm at the default confidence', () => {
    const alarms = files.flatMap((file) =>
      scanTranscript(readFileSync(file, 'utf8')).map((finding) => `${path.basename(file)}: ${finding.kind} "${finding.text}"`),
    );
    expect(alarms).toEqual([]);
  });
});
