import type { Point } from '../model.js';

/** Converts UTF-16 offsets of one text into points and Unicode code point offsets. */
export interface Locator {
  point(offset: number): Point;
  codePoint(offset: number): number;
}

/** Build a locator for `text`; lines end at LF (a CR before it belongs to the line). */
export function createLocator(text: string): Locator {
  const lineStarts = [0];
  const astral: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 10) lineStarts.push(index + 1);
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) astral.push(index + 1);
    }
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
