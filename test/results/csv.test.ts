import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvDialect, escapeFormula, formatCsvFile, type CsvCell, type CsvDialect } from '../../src/results/csv.js';

// Pieces that break naive CSV, mixed with any Unicode text.
const TRICKY = [
  '\n',
  '\r',
  '\r\n',
  '"',
  '""',
  ',',
  ';',
  '\uFEFF',
  '=',
  '+',
  '-',
  '@',
  '\t',
  '＝',
  '＋',
  '－',
  '＠',
  "'",
  ' ',
  'é',
  '👩‍⚕️',
  '\u0000',
];
const text = fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 12 });
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  { weight: 6, arbitrary: text },
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });

/** What a reader should find in a cell: the text with the documented formula escape, other values as text. */
function expected(value: CsvCell): string {
  return typeof value === 'string' ? escapeFormula(value) : value === null ? '' : String(value);
}

/**
 * Parse strictly: quotes only around whole cells, and a record ends at CRLF only, or (as many
 * readers do) at any line break. Both must give the records back.
 */
function readBack(csv: string, dialect: CsvDialect, lineBreaks: 'crlf' | 'any'): string[][] {
  const recordDelimiter = lineBreaks === 'crlf' ? ['\r\n'] : ['\r\n', '\n', '\r'];
  return parse(csv, {
    delimiter: dialect.delimiter,
    bom: dialect.bom,
    record_delimiter: recordDelimiter,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
}

describe('CSV output survives any reader', () => {
  for (const excel of [false, true]) {
    const dialect = csvDialect(excel);
    it(`parses back to the same records, whatever the cells hold (${excel ? '--excel' : 'RFC 4180'})`, () => {
      fc.assert(
        fc.property(rows, (records) => {
          const csv = formatCsvFile(records, dialect);
          expect(csv.startsWith('\uFEFF')).toBe(excel);
          expect(csv.endsWith('\r\n')).toBe(true);
          const want = records.map((record) => record.map(expected));
          expect(readBack(csv, dialect, 'crlf')).toEqual(want);
          expect(readBack(csv, dialect, 'any')).toEqual(want);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('quotes a cell with a bare line feed or carriage return, and keeps CRLF between records', () => {
    expect(formatCsvFile([['a\nb', 'c\rd', 'e']], csvDialect(false))).toBe('"a\nb","c\rd",e\r\n');
    // Space at either end and a byte-order mark are quoted too, so that no reader strips them.
    expect(formatCsvFile([[' a', 'b ', '\uFEFFc', 'd']], csvDialect(true))).toBe('\uFEFF" a";"b ";"\uFEFFc";d\r\n');
  });
});

describe('formula escaping', () => {
  it.each(['=1+1', '+31 6', '-2', '@SUM(A1)', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠x'])('puts an apostrophe before %j', (value) => {
    expect(escapeFormula(value)).toBe(`'${value}`);
  });

  it.each(['a=1', ' =1', "'=1", '1-2', 'gewoon tekst', ''])('leaves %j alone', (value) => {
    expect(escapeFormula(value)).toBe(value);
  });
});
