/** Converts offsets in Unicode code points (REFI-QDA counts these) into UTF-16 offsets (JavaScript strings count these). */
export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly length: number;
  /** The UTF-16 offset of a code point offset in 0..length. */
  toUtf16(codePoint: number): number;
}

/** Index the astral characters of `text` (two UTF-16 units, one code point); usually there are none. */
export function indexCodePoints(text: string): CodePointIndex {
  // Code point offsets of the astral characters, ascending.
  const astral: number[] = [];
  for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) astral.push(match.index - astral.length);
  return {
    length: text.length - astral.length,
    toUtf16(codePoint) {
      return codePoint + countBelow(astral, codePoint);
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
