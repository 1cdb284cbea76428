import { describe, expect, it } from 'vitest';
import { createMarkdownParser } from '../../src/ingest/parse-markdown.js';
import { parseTranscript } from '../../src/ingest/parse.js';
import { createLocator } from '../../src/text/locate.js';
import { toSourceOffset } from '../../src/text/source-map.js';
import { segment } from '../helpers.js';

// Old Mac files end lines with a lone CR: every line must still get its own number.
const lf =
  '---\nid: R7\nrol: inwoner\n---\n\nI: Hoe ging dat?\n\nR7: Ik stond op een wachtlijst.\nNiemand belde terug.\n\nI: En toen?\n\nR7: Toen ging het beter.\n';

describe('lone CR line endings', () => {
  it('are line ends for the locator, as LF and CRLF are', () => {
    const locator = createLocator('a\rb\r\nc\nd');
    expect([0, 2, 5, 7].map((offset) => locator.point(offset))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 1, offset: 2 },
      { line: 3, column: 1, offset: 5 },
      { line: 4, column: 1, offset: 7 },
    ]);
  });

  for (const format of ['text', 'markdown'] as const) {
    it(`give the same segments, attributes and line numbers as LF in ${format}`, () => {
      const cr = lf.replaceAll('\n', '\r');
      const expected = segment(lf, { format, documentId: 'R7' }).segments;
      const found = segment(cr, { format, documentId: 'R7' }).segments;
      expect(found.map((item) => [item.speaker, item.role, item.text, item.start, item.end])).toEqual(
        expected.map((item) => [item.speaker, item.role, item.text, item.start, item.end]),
      );
      expect(found[1]!.text).toBe('Ik stond op een wachtlijst.\nNiemand belde terug.');
      expect(found[1]!.start.line).toBe(8);
      expect(found[1]!.end.line).toBe(9);
      // The LF in the text stands for the CR in the file.
      expect(cr[toSourceOffset(found[1]!.map, found[1]!.text.indexOf('\n'))]).toBe('\r');
      expect(parseTranscript(cr, format, 'r7', createMarkdownParser()).attributes).toEqual({ id: 'R7', rol: 'inwoner' });
    });
  }

  it('mixes with CRLF and LF in one file', () => {
    const mixed = 'I: Vraag?\r\rR1: Antwoord een.\r\nNog een regel.\n\nI: Oké.\r\n\r\nR1: Ja.\r';
    const { segments } = segment(mixed, { format: 'text', documentId: 'R1' });
    expect(segments.map((item) => [item.text, item.start.line, item.end.line])).toEqual([
      ['Vraag?', 1, 1],
      ['Antwoord een.\nNog een regel.', 3, 4],
      ['Oké.', 6, 6],
      ['Ja.', 8, 8],
    ]);
  });
});
