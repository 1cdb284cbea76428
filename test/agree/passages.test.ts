import { describe, expect, it } from 'vitest';
import { passageOf } from '../../src/agree/passages.js';
import type { UnitDocument } from '../../src/agree/units.js';
import type { ExchangeSpan } from '../../src/exchange/coding-model.js';

const text = 'I: Did you wait long?\nR1: Yes. Months, and nobody called back.\nI: And then?\n';
//            0                     22                                            63
const start = text.indexOf('Yes');
const end = text.indexOf('\nI: And');
const segment = {
  index: 1,
  speaker: 'R1',
  start: { line: 2, column: 5, offset: start },
  end: { line: 2, column: end - 21, offset: end },
  text: text.slice(start, end),
  unit: true,
};
const document: UnitDocument = { id: 'r1', aliases: [], file: 'r1.txt', text, sha256: null, segments: [segment] };
const span = (from: number, to: number): ExchangeSpan => ({
  sourceId: 'r1',
  codeId: 'c',
  coderId: null,
  start: from,
  end: to,
  origin: 'row',
});
const passage = (...spans: ExchangeSpan[]) => passageOf({ document, segment, spans }, new WeakMap());

describe('the passage a human coded, seen from a segment', () => {
  it('the part of the segment it covers, in the segment text', () => {
    const from = text.indexOf('nobody');
    expect(passage(span(from, from + 'nobody called back'.length))).toEqual({ marks: [{ start: 17, end: 35 }], lines: null });
    expect(segment.text.slice(17, 35)).toBe('nobody called back');
  });

  it('nothing marked when it covers the segment, nor lines when it stays on the lines of the segment (a label)', () => {
    expect(passage(span(text.indexOf('R1:'), end))).toEqual({ marks: [], lines: null });
  });

  it('the lines it runs over when it starts in the question before, up to the line of its last character', () => {
    expect(passage(span(0, end))).toEqual({ marks: [], lines: { start: 1, end: 2 } });
    // With the line break after it, the passage still ends on line 2.
    expect(passage(span(0, end + 1))).toEqual({ marks: [], lines: { start: 1, end: 2 } });
    expect(passage(span(0, text.indexOf('And then')))).toEqual({ marks: [], lines: { start: 1, end: 3 } });
  });

  it('nothing without the transcript text', () => {
    expect(passageOf({ document: { ...document, text: null }, segment, spans: [span(0, end)] }, new WeakMap())).toEqual({
      marks: [],
      lines: null,
    });
  });
});
