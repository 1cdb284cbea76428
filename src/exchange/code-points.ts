/** Converts offsets in Unicode code points (REFI-QDA counts these) into UTF-16 offsets (JavaScript strings count these), and back. */
export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly length: number;
  /** The UTF-16 offset of a code point offset in 0..length. */
  toUtf16(codePoint: number): number;
  /** The code point offset of a UTF-16 offset in 0..text.length (an offset inside a surrogate pair counts its character). */
  toCodePoint(utf16: number): number;
}

/** Index the astral characters of `text` (two UTF-16 units, one code point); usually there are none. */
export function indexCodePoints(text: string): CodePointIndex {
  // Code point offsets and UTF-16 offsets of the astral characters, ascending.
  const astral: number[] = [];
  const astralUtf16: number[] = [];
  for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) {
    astral.push(match.index - astral.length);
    astralUtf16.push(match.index);
  }
  return {
    length: text.length - astral.length,
    toUtf16(codePoint) {
      return codePoint + countBelow(astral, codePoint);
    },
    toCodePoint(utf16) {
      return utf16 - countBelow(astralUtf16, utf16 - 1);
    },
  };
}

/** How many values of the sorted array are < value. */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
