import { describe, expect, it } from 'vitest';
import { mapSpansToSegments } from '../../src/agree/map-spans.js';
import { readCodingsTable } from '../../src/exchange/codings-table/read-table.js';
import { segment } from '../helpers.js';

/** Segments at the given [start, end) offsets (only the offsets matter here). */
const at = (...ranges: [number, number][]) =>
  ranges.map(([start, end]) => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } }));

const text = 'aaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbb cccc';
//            0                   20 21                  41 42  46
const segments = at([0, 20], [21, 41], [42, 46]);

describe('mapping coded spans onto segments', () => {
  it('a segment carries a code when a span overlaps it by at least 10 characters', () => {
    const { codes, unplaced, grazes } = mapSpansToSegments(text, segments, [
      { start: 5, end: 35, codeId: 'x' },
      { start: 8, end: 41, codeId: 'y' },
    ]);
    expect(codes).toEqual([['x', 'y'], ['x', 'y'], []]);
    expect(unplaced).toEqual([]);
    expect(grazes).toBe(0);
  });

  it('a spill of a few characters over a boundary does not count, white space never counts', () => {
    const spill = { start: 0, end: 25, codeId: 'x' };
    const blank = { start: 20, end: 21, codeId: 'y' };
    const { codes, unplaced, grazes } = mapSpansToSegments(text, segments, [spill, blank]);
    expect(codes).toEqual([['x'], [], []]);
    expect(unplaced).toEqual([blank]);
    expect(grazes).toBe(1);
  });

  it('a short span wholly inside a segment counts, and so does one covering a short segment', () => {
    const { codes } = mapSpansToSegments(text, segments, [
      { start: 22, end: 25, codeId: 'inside' },
      { start: 30, end: 46, codeId: 'covers' },
    ]);
    expect(codes).toEqual([[], ['covers', 'inside'], ['covers']]);
  });

  it('with a share, the overlap must reach that share of the segment', () => {
    const spans = [{ start: 10, end: 41, codeId: 'x' }];
    expect(mapSpansToSegments(text, segments, spans, { share: 0.5 }).codes).toEqual([['x'], ['x'], []]);
    expect(mapSpansToSegments(text, segments, spans, { share: 0.6 }).codes).toEqual([[], ['x'], []]);
    expect(mapSpansToSegments(text, segments, spans, { characters: 30 }).codes).toEqual([[], ['x'], []]);
  });

  it('spans outside every segment, no segments, no spans: defined results', () => {
    expect(mapSpansToSegments(text, [], [{ start: 0, end: 5, codeId: 'x' }]).unplaced).toHaveLength(1);
    expect(mapSpansToSegments(text, segments, []).codes).toEqual([[], [], []]);
    expect(mapSpansToSegments('', at([0, 0]), [{ start: 3, end: 9, codeId: 'x' }]).codes).toEqual([[]]);
  });
});

describe('human codings of a transcript on its rodedraad segments', () => {
  const transcript = [
    '# Interview R07',
    '',
    '**I:** Hoe kwam u bij het wijkteam terecht?',
    '',
    '**R07:** Ik heb maanden op een *wachtlijst* gestaan. Niemand belde me terug.',
    '',
    '**I:** En toen?',
    '',
    '**R07:** Toen ben ik zelf gaan bellen, en toen kwam er eindelijk iemand langs.',
  ].join('\n');

  it('quotes located in the transcript land on the turns they were taken from', () => {
    const { segments: turns } = segment(transcript, { documentId: 'R07' });
    const table =
      'document,code,quote\n' +
      'R07,wachten,"Ik heb maanden op een wachtlijst gestaan."\n' +
      'R07,zelf doen,"Toen ben ik zelf gaan bellen"\n' +
      'R07,wachten,"Niemand belde me terug. **I:** En toen?"\n';
    const { project } = readCodingsTable(table, 'codes.csv', [{ id: 'R07', text: transcript }]);
    const mapping = mapSpansToSegments(transcript, turns, project!.spans);
    expect(turns.map((turn, index) => [turn.speaker, mapping.codes[index]])).toEqual([
      ['I', []],
      ['R07', ['wachten']],
      ['I', ['wachten']],
      ['R07', ['zelf doen']],
    ]);
  });
});
