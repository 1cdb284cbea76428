import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { escapeFormula } from '../../src/results/csv.js';
import type { CodingResult } from '../../src/model/result.js';
import { fakeIo, makeTree } from '../helpers.js';

const codebook = readFileSync(fileURLToPath(new URL('../fixtures/small-corpus/codebook.yaml', import.meta.url)), 'utf8');

// Turns that span several lines (LF and CRLF), with quotes, both delimiters and formula starts,
// and front matter whose values hold line breaks and delimiters.
const corpus = {
  'cb.yaml': codebook,
  'interviews/r1.md': [
    '---',
    'id: R1',
    'gemeente: "Gemeente A, Noord; \\"Zuid\\""',
    'notitie: "eerste regel\\ntweede regel"',
    'formule: "=HYPERLINK(1)"',
    '---',
    'I: Hoe ging het?',
    '',
    'R1: Ik stond op een wachtlijst',
    'en niemand belde terug',
    '=daarna "niets"; echt niets',
    '',
    'I: En de buren?',
    '',
    'R1: -De buurvrouw ging naar het loket',
    'met mij',
    '',
  ].join('\n'),
  'interviews/r2.txt': ['I: Vraag?', '', 'R2: Weken gewacht op het loket', 'en toen nog een wachtlijst, zo;', '@ja', ''].join('\r\n'),
};

/** Read a CSV as any strict reader would: CRLF records, every line break a record end for lenient readers. */
function readCsv(text: string, excel: boolean, lineBreaks: string[]): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(excel);
  return parse(text, { delimiter: excel ? ';' : ',', bom: excel, record_delimiter: lineBreaks }) as string[][];
}

describe.each([false, true])('the CSV files of a coded corpus (excel: %s)', (excel) => {
  it('parse back to the codings, segments, documents and counts of result.json, and the report CSVs parse with every value whole', async () => {
    const root = makeTree(corpus);
    const io = fakeIo(root);
    expect(await run(['code', 'interviews', '-c', 'cb.yaml', '-q', ...(excel ? ['--excel'] : [])], io), io.err()).toBe(0);
    const read = (name: string) => readFileSync(path.join(root, 'rodedraad-out', name), 'utf8');
    const result = JSON.parse(read('result.json')) as CodingResult;
    const segments = result.documents.flatMap((document) => document.segments.map((segment) => ({ document, segment })));
    expect(segments.some(({ segment }) => segment.codings.length > 0 && /\n/.test(segment.text) && !/\r\n/.test(segment.text))).toBe(true);

    const codingRows = result.documents.flatMap((document) =>
      document.segments.flatMap((segment) =>
        segment.codings.map((coding) => [
          document.id,
          String(segment.index),
          segment.speaker ?? '',
          segment.section ?? '',
          String(segment.start.line),
          String(segment.end.line),
          coding.theme,
          coding.code,
          String(coding.negated),
          [...new Set(coding.hits.map((hit) => hit.text.replace(/\s+/g, ' ')))].join(' | '),
          escapeFormula(segment.text),
        ]),
      ),
    );
    expect(codingRows.length).toBeGreaterThan(3);
    const attributeKeys = ['gemeente', 'notitie', 'formule'];
    const documentRows = result.documents.map((document) => {
      const own = document.segments;
      const respondent = own.filter((segment) => segment.role === 'respondent');
      return [
        document.id,
        document.file,
        ...attributeKeys.map((key) => escapeFormula(String(document.attributes[key] ?? ''))),
        String(own.length),
        String(respondent.length),
        String(respondent.reduce((sum, segment) => sum + segment.words, 0)),
        String(own.filter((segment) => segment.codings.some((coding) => !coding.negated)).length),
      ];
    });
    const segmentRows = segments.map(({ document, segment }) => [
      document.id,
      String(segment.index),
      escapeFormula(segment.speaker ?? ''),
      segment.role,
      escapeFormula(segment.section ?? ''),
      String(segment.start.line),
      String(segment.end.line),
      segment.time ?? '',
      String(segment.words),
      escapeFormula(segment.text),
    ]);
    const codes = result.codebooks.flatMap((entry) => entry.themes.flatMap((theme) => theme.codes.map((code) => code.id)));
    const matrixRows = result.documents.map((document) => [
      document.id,
      ...codes.map((code) =>
        String(document.segments.filter((segment) => segment.codings.some((coding) => coding.code === code && !coding.negated)).length),
      ),
    ]);

    for (const lineBreaks of [['\r\n'], ['\r\n', '\n', '\r']]) {
      const [codingHeader, ...codings] = readCsv(read('codings.csv'), excel, lineBreaks);
      expect(codingHeader).toEqual([
        'document',
        'segment',
        'speaker',
        'section',
        'line_start',
        'line_end',
        'theme',
        'code',
        'negated',
        'evidence',
        'text',
      ]);
      expect(codings).toEqual(codingRows);
      const [documentHeader, ...documents] = readCsv(read('documents.csv'), excel, lineBreaks);
      expect(documentHeader).toEqual([
        'document',
        'file',
        ...attributeKeys,
        'segments',
        'respondent_segments',
        'respondent_words',
        'coded_segments',
      ]);
      expect(documents).toEqual(documentRows);
      const [segmentHeader, ...segmentCells] = readCsv(read('segments.csv'), excel, lineBreaks);
      expect(segmentHeader).toEqual([
        'document',
        'segment',
        'speaker',
        'role',
        'section',
        'line_start',
        'line_end',
        'time',
        'words',
        'text',
      ]);
      expect(segmentCells).toEqual(segmentRows);
      const [matrixHeader, ...matrix] = readCsv(read('matrix.csv'), excel, lineBreaks);
      expect(matrixHeader).toEqual(['document', ...codes]);
      expect(matrix).toEqual(matrixRows);
    }

    // The report's CSV files, grouped by an attribute whose values span two lines.
    const reporting = fakeIo(root);
    expect(
      await run(['report', 'rodedraad-out', '--by', 'notitie,gemeente', '-q', ...(excel ? ['--excel'] : [])], reporting),
      reporting.err(),
    ).toBe(0);
    for (const lineBreaks of [['\r\n'], ['\r\n', '\n', '\r']]) {
      for (const name of ['themes.csv', 'groups.csv', 'cooccurrence.csv', 'saturation.csv', 'saturation-curve.csv']) {
        const [header, ...rows] = readCsv(read(name), excel, lineBreaks);
        for (const row of rows) expect(row, name).toHaveLength(header!.length);
      }
      const groups = readCsv(read('groups.csv'), excel, lineBreaks).slice(1);
      const values = (attribute: string) => [...new Set(groups.filter((row) => row[0] === attribute).map((row) => row[1]))].sort();
      expect(values('notitie')).toEqual(['', 'eerste regel\ntweede regel']);
      expect(values('gemeente')).toEqual(['', 'Gemeente A, Noord; "Zuid"']);
    }
  });
});
