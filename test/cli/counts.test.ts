import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CodingResult } from '../../src/model/result.js';
import { fakeIo, makeTempDir, makeTree } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Counts {
  documents: number;
  segments: number;
  negated: number;
}

/** Per code: documents with the code, segments with it, and segments with only a negated mention, straight from the codings. */
function countCodings(result: CodingResult): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const codebook of result.codebooks)
    for (const theme of codebook.themes) for (const code of theme.codes) counts.set(code.id, { documents: 0, segments: 0, negated: 0 });
  for (const document of result.documents) {
    const present = new Set<string>();
    for (const coding of document.segments.flatMap((segment) => segment.codings)) {
      const entry = counts.get(coding.code)!;
      if (coding.negated) entry.negated++;
      else {
        entry.segments++;
        present.add(coding.code);
      }
    }
    for (const code of present) counts.get(code)!.documents++;
  }
  return counts;
}

describe('one definition of "an interview has a code" in every output', () => {
  let out: string;
  let result: CodingResult;
  beforeAll(async () => {
    out = path.join(makeTempDir(), 'out');
    const coding = fakeIo(root);
    expect(await run(['code', 'fixtures/interviews', '--out', out, '--quiet'], coding), coding.err()).toBe(0);
    const reporting = fakeIo(root);
    expect(await run(['report', out, '--quiet'], reporting), reporting.err()).toBe(0);
    result = JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8')) as CodingResult;
  });
  const csv = (name: string) => parse(readFileSync(path.join(out, name), 'utf8'), { columns: true }) as Record<string, string>[];

  it('the demo corpus has codes mentioned only negated in some interviews (what made the counts differ)', () => {
    const interviews = (code: string, negated: boolean) =>
      new Set(
        result.documents
          .filter((document) =>
            document.segments.some((segment) => segment.codings.some((coding) => coding.code === code && coding.negated === negated)),
          )
          .map((document) => document.id),
      );
    const negatedOnly = [...countCodings(result).keys()].filter((code) =>
      [...interviews(code, true)].some((id) => !interviews(code, false).has(id)),
    );
    expect(negatedOnly.length).toBeGreaterThan(0);
  });

  it('summary.md, result.json totals, matrix.csv, themes.csv and report.md count the same interviews, segments and negated mentions', () => {
    const expected = countCodings(result);
    const summary = readFileSync(path.join(out, 'summary.md'), 'utf8');
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    const matrix = csv('matrix.csv');
    const themes = csv('themes.csv').filter((row) => row['level'] === 'code');
    for (const [code, counts] of expected) {
      expect(
        result.totals.codes.find((entry) => entry.code === code),
        code,
      ).toEqual({ code, ...counts });
      const summaryRow = summary.split('\n').find((line) => line.includes(`(\`${code}\`) |`))!;
      expect(
        summaryRow
          .split(' | ')
          .slice(-3)
          .map((cell) => Number.parseInt(cell, 10)),
        code,
      ).toEqual([counts.documents, counts.segments, counts.negated]);
      expect(matrix.filter((row) => Number(row[code]) > 0).length, code).toBe(counts.documents);
      expect(
        matrix.reduce((sum, row) => sum + Number(row[code]), 0),
        code,
      ).toBe(counts.segments);
      const theme = themes.find((row) => row['code'] === code)!;
      expect([theme['documents'], theme['segments'], theme['negated_segments']].map(Number), code).toEqual([
        counts.documents,
        counts.segments,
        counts.negated,
      ]);
      const reportRow = report.split('\n').find((line) => line.includes(`(\`${code}\`) |`))!;
      const cells = reportRow.split(' | ');
      expect([cells[3], cells[5], cells[7]].map(Number), code).toEqual([counts.documents, counts.segments, counts.negated]);
    }
  });

  it('documents.csv counts a segment as coded only when it has a code, not for a negated mention alone', () => {
    const coded = new Map(
      result.documents.map((document) => [
        document.id,
        document.segments.filter((segment) => segment.codings.some((coding) => !coding.negated)).length,
      ]),
    );
    for (const row of csv('documents.csv')) expect(Number(row['coded_segments']), row['document']).toBe(coded.get(row['document']!));
    expect(result.totals.codedSegments).toBe([...coded.values()].reduce((sum, count) => sum + count, 0));
  });
});

describe('a code mentioned only negated', () => {
  it('is not found in summary.md (marked as only negated), counts no document or segment, and is 0 in matrix.csv', async () => {
    const codebook = readFileSync(path.join(root, 'test/fixtures/small-corpus/codebook.yaml'), 'utf8');
    const tree = makeTree({
      'cb.yaml': codebook,
      'r1.md': 'I: Wachtte u lang?\n\nR1: Nee, ik heb nooit op een wachtlijst gestaan. Het loket hielp.\n',
    });
    const io = fakeIo(tree);
    expect(await run(['code', 'r1.md', '-c', 'cb.yaml', '--lang', 'en'], io), io.err()).toBe(0);
    expect(io.out()).toContain('| Geholpen worden | Wachten (`wachten`) | 0 (0%) | 0 | 1 |');
    expect(io.out()).toContain('Not found: `wachten` (only negated), `terugbellen`, `buren`.');
    expect(readFileSync(path.join(tree, 'rodedraad-out/matrix.csv'), 'utf8')).toBe(
      'document,wachten,terugbellen,buren,loket\r\nr1,0,0,0,1\r\n',
    );
  });
});
