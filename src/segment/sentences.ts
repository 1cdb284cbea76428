import { ABBREVIATIONS } from '../text/abbreviations.js';

const BOUNDARY = String.raw`[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])`;

/**
 * Split the range `[start, end)` of `text` into sentence ranges. A sentence ends at . ! ? or …
 * followed by white space and a capital or digit, unless the dot ends a known abbreviation or an
 * initial. Ranges are trimmed of white space.
 */
export function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  const boundary = new RegExp(BOUNDARY, 'gu');
  for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
    if (match[0] === '.' && isAbbreviation(slice, match.index)) continue;
    pushTrimmed(ranges, slice, sentenceStart, match.index + match[0].length, start);
    sentenceStart = match.index + match[0].length;
  }
  pushTrimmed(ranges, slice, sentenceStart, slice.length, start);
  return ranges;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

function pushTrimmed(ranges: Array<[number, number]>, text: string, from: number, to: number, offset: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) ranges.push([offset + start, offset + end]);
}
