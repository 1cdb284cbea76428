import type { Point } from '../model/position.js';

/** Converts UTF-16 offsets of one text into points and Unicode code point offsets. */
export interface Locator {
  point(offset: number): Point;
  codePoint(offset: number): number;
}

/** Build a locator for `text`; lines end at LF, CRLF or a lone CR (old Mac files). */
export function createLocator(text: string): Locator {
  const lineStarts = [0];
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) lineStarts.push(newline + 1);
  if (text.includes('\r')) {
    for (const match of text.matchAll(/\r(?!\n)/g)) lineStarts.push(match.index + 1);
    lineStarts.sort((a, b) => a - b);
  }
  // Positions just after each astral character (two UTF-16 units, one code point); usually none.
  const astral: number[] = [];
  if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
    for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) astral.push(match.index + 1);
  }
  return {
    point(offset) {
      const line = countAtOrBelow(lineStarts, offset);
      return { line, column: offset - lineStarts[line - 1]! + 1, offset };
    },
    codePoint(offset) {
      return offset - countAtOrBelow(astral, offset - 1);
    },
  };
}

/** How many values of the sorted array are <= value. */
function countAtOrBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
