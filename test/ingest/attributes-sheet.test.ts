import { describe, expect, it } from 'vitest';
import { parseCsv, readAttributesSheet } from '../../src/ingest/attributes-sheet.js';
import { createSheetMerger, mergeSheetAttributes } from '../../src/ingest/merge-attributes.js';
import { toAttributeSheet } from '../../src/ingest/sheet-rows.js';
import { makeTree } from '../helpers.js';
import { makeXlsx } from './zip.js';

const documents = [
  { id: 'R07', file: 'interviews/r07.md', attributes: { gemeente: 'Gemeente B', datum: '2025-03-14' } },
  { id: 'R08', file: 'interviews/r08.docx', attributes: {} },
  { id: 'teams-gesprek', file: 'interviews/teams-gesprek.vtt', attributes: { leeftijd: 34 } },
];

const sheetOf = (text: string) => {
  const { sheet, diagnostics } = toAttributeSheet(parseCsv(text), 'cases.csv');
  if (!sheet) throw new Error(JSON.stringify(diagnostics));
  return sheet;
};

describe('attribute sheets', () => {
  it('reads CSV with , or ; (Dutch Excel) and a byte-order mark; empty cells give no value', () => {
    const comma = sheetOf('\uFEFFid,gemeente,rol\r\nR07,Gemeente B,inwoner\r\nR08,"Gemeente C, Noord",\r\n');
    const semicolon = sheetOf('ID;Gemeente;rol\nR07;Gemeente B;inwoner\nR08;Gemeente C, Noord;\n');
    expect(comma).toEqual({
      file: 'cases.csv',
      keyColumn: 'id',
      columns: ['gemeente', 'rol'],
      rows: [
        { row: 2, key: 'R07', values: { gemeente: 'Gemeente B', rol: 'inwoner' } },
        { row: 3, key: 'R08', values: { gemeente: 'Gemeente C, Noord' } },
      ],
    });
    expect(semicolon.rows).toEqual([
      { row: 2, key: 'R07', values: { Gemeente: 'Gemeente B', rol: 'inwoner' } },
      { row: 3, key: 'R08', values: { Gemeente: 'Gemeente C, Noord' } },
    ]);
  });

  it('is an error naming the file and row without an id column, or with two rows for one document', () => {
    expect(toAttributeSheet(parseCsv('naam,gemeente\nR07,B\n'), 'cases.csv').diagnostics).toEqual([
      {
        file: 'cases.csv',
        severity: 'error',
        reason:
          'row 1 has no column that names the documents: call one column id (the document id) or file (the file name); found "naam", "gemeente"',
        ruleId: 'attributes-no-id-column',
      },
    ]);
    const duplicate = toAttributeSheet(parseCsv('id,gemeente\nR07,B\nR08,C\n\nr07,D\n'), 'cases.csv');
    expect(duplicate.sheet).toBeNull();
    expect(duplicate.diagnostics).toEqual([
      {
        file: 'cases.csv',
        severity: 'error',
        reason: 'two rows for one document: "r07" in rows 2 and 5; keep one row per document',
        ruleId: 'attributes-duplicate-id',
      },
    ]);
    expect(toAttributeSheet(parseCsv('id,gemeente,gemeente\n'), 'cases.csv').diagnostics[0]!.reason).toBe(
      'row 1: the column "gemeente" appears twice; rename one',
    );
  });

  it('skips a row without an id, with a warning', () => {
    const { sheet, diagnostics } = toAttributeSheet(parseCsv('bestand,rol\n,inwoner\nr08.docx,professional\n'), 'cases.csv');
    expect(sheet?.rows).toEqual([{ row: 3, key: 'r08.docx', values: { rol: 'professional' } }]);
    expect(diagnostics).toEqual([
      { file: 'cases.csv', severity: 'warning', reason: 'row 2 has no bestand; skipped', ruleId: 'attributes-row-without-id' },
    ]);
  });
});

describe('mergeSheetAttributes', () => {
  it('matches rows by id or file name; front matter wins, with a warning when the values differ', () => {
    const sheet = sheetOf(
      'id,gemeente,rol,leeftijd\nr07,Gemeente C,inwoner,\nr08.docx,Gemeente B,professional,51\nteams-gesprek,Gemeente A,inwoner,34\nR99,Gemeente D,inwoner,20\n',
    );
    const { attributes, diagnostics } = mergeSheetAttributes(sheet, documents);
    expect(attributes).toEqual([
      { gemeente: 'Gemeente B', datum: '2025-03-14', rol: 'inwoner' },
      { gemeente: 'Gemeente B', rol: 'professional', leeftijd: '51' },
      { leeftijd: 34, gemeente: 'Gemeente A', rol: 'inwoner' },
    ]);
    expect(diagnostics).toEqual([
      {
        file: 'interviews/r07.md',
        severity: 'warning',
        reason:
          'attribute "gemeente" is "Gemeente B" in the front matter and "Gemeente C" in cases.csv (row 2); the front matter\'s value is used',
        ruleId: 'attributes-conflict',
      },
      {
        file: 'cases.csv',
        severity: 'warning',
        reason:
          'row 5: no document "R99" among the transcripts; its attributes are not used (check the id against the transcripts\' ids or file names)',
        ruleId: 'attributes-unknown-document',
      },
    ]);
  });

  it('merges one document at a time, and names the unused rows at the end', () => {
    const merger = createSheetMerger(sheetOf('bestand,rol\nr08.docx,professional\nr09.md,inwoner\n'));
    expect(merger.merge(documents[1]!)).toEqual({ attributes: { rol: 'professional' }, diagnostics: [] });
    expect(merger.finish().map((diagnostic) => diagnostic.reason)).toEqual([
      'row 3: no document "r09.md" among the transcripts; its attributes are not used (check the bestand against the transcripts\' ids or file names)',
    ]);
  });

  it('warns about documents without a row', () => {
    const { attributes, diagnostics } = mergeSheetAttributes(sheetOf('id,rol\nR07,inwoner\n'), documents);
    expect(attributes[1]).toEqual({});
    expect(diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.ruleId, diagnostic.reason])).toEqual([
      [
        'interviews/r08.docx',
        'attributes-missing-row',
        'no row for document "R08" in cases.csv; it has only the attributes of its front matter',
      ],
      [
        'interviews/teams-gesprek.vtt',
        'attributes-missing-row',
        'no row for document "teams-gesprek" in cases.csv; it has only the attributes of its front matter',
      ],
    ]);
  });
});

describe('readAttributesSheet', () => {
  it('reads a CSV file in Windows-1252 when asked, and keeps the UTF-8 error otherwise', async () => {
    const root = makeTree({
      'cases.csv': Uint8Array.from([...Buffer.from('id;woonplaats\nR07;Sint-Oedenrode '), 0x96, ...Buffer.from(' Nijnsel\n')]),
    });
    expect((await readAttributesSheet(`${root}/cases.csv`, 'cases.csv', 'windows-1252')).sheet?.rows[0]?.values).toEqual({
      woonplaats: 'Sint-Oedenrode – Nijnsel',
    });
    expect((await readAttributesSheet(`${root}/cases.csv`, 'cases.csv')).diagnostics).toMatchObject([
      { file: 'cases.csv', severity: 'error', ruleId: 'invalid-utf8' },
    ]);
  });

  it('reads the first sheet of an .xlsx workbook, numbers as text', async () => {
    const root = makeTree({
      'cases.xlsx': makeXlsx([
        ['id', 'gemeente', 'leeftijd'],
        ['R07', 'Gemeente B', 34],
        ['R08', 'Gemeente A', 51],
      ]),
    });
    const { sheet, diagnostics } = await readAttributesSheet(`${root}/cases.xlsx`, 'cases.xlsx');
    expect(diagnostics).toEqual([]);
    expect(sheet?.rows).toEqual([
      { row: 2, key: 'R07', values: { gemeente: 'Gemeente B', leeftijd: '34' } },
      { row: 3, key: 'R08', values: { gemeente: 'Gemeente A', leeftijd: '51' } },
    ]);
  });

  it('refuses other files and damaged workbooks with one error naming the file', async () => {
    const root = makeTree({ 'cases.ods': 'x', 'cases.xlsx': 'geen zip' });
    expect((await readAttributesSheet(`${root}/cases.ods`, 'cases.ods')).diagnostics[0]!.reason).toBe(
      'attributes must be a .csv or .xlsx file; save the sheet as CSV (or .xlsx) and try again',
    );
    expect((await readAttributesSheet(`${root}/cases.xlsx`, 'cases.xlsx')).diagnostics).toEqual([
      {
        file: 'cases.xlsx',
        severity: 'error',
        reason: 'not an Excel workbook: a .xlsx is a zip archive, and this is not a zip archive; save it from Excel as .xlsx',
        ruleId: 'unreadable-xlsx',
      },
    ]);
  });
});
