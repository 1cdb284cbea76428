import type { MappedTextBuilder } from '../text/source-map.js';

/** A run of `*` or `_`: its place now (consumed delimiters are cut from its ends) and what it can do. */
interface Sequence {
  readonly marker: number;
  readonly from: number;
  readonly to: number;
  start: number;
  end: number;
  readonly open: boolean;
  readonly close: boolean;
  /** False once it lies inside emphasis formed around it: it can no longer match. */
  alive: boolean;
}

const WHITESPACE = 1;
const PUNCTUATION = 2;
const PUNCTUATION_OR_SYMBOL = /\p{P}|\p{S}/u;

/**
 * Append the inline content of a block, the lines `[start, end, start, end, ...]` of `text`, to
 * `builder` as remark's tree gives it: emphasis and strong delimiters removed (by CommonMark's
 * rules, as micromark applies them), soft line endings and hard breaks (two trailing spaces) as
 * LF, other trailing spaces dropped. False when the content holds HTML or a trailing tab.
 */
export function scanInline(text: string, lines: readonly number[], builder: MappedTextBuilder): boolean {
  const ranges: number[] = [];
  const sequences: Sequence[] = [];
  for (let line = 0; line < lines.length; line += 2) {
    const start = lines[line]!;
    let end = lines[line + 1]!;
    const last = line + 2 === lines.length;
    const lineEnd = end;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    if (end > start && text.charCodeAt(end - 1) === 9) return false;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code === 60 /* < */) return false;
      if (code !== 42 /* * */ && code !== 95 /* _ */) continue;
      let runEnd = index + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd++;
      sequences.push(createSequence(text, code, index, runEnd));
      index = runEnd - 1;
    }
    ranges.push(start, end);
    // A line ending: a hard break (two or more trailing spaces) maps to the first space, a soft one to the LF.
    if (!last) ranges.push(lineEnd - end >= 2 ? end : lineEnd, -1);
  }
  resolveEmphasis(sequences);
  emit(text, ranges, cuts(sequences), builder);
  return true;
}

function createSequence(text: string, marker: number, from: number, to: number): Sequence {
  const before = classify(text, from - 1);
  const after = classify(text, to);
  // micromark's attention tokenizer: left- and right-flanking, with `_`'s extra rule.
  const open = !after || (after === PUNCTUATION && before !== 0);
  const close = !before || (before === PUNCTUATION && after !== 0);
  return {
    marker,
    from,
    to,
    start: from,
    end: to,
    open: marker === 42 ? open : open && (before !== 0 || !close),
    close: marker === 42 ? close : close && (after !== 0 || !open),
    alive: true,
  };
}

/** Whitespace (also the start and end of the text), punctuation or symbol, or other (0), per UTF-16 unit as micromark does. */
function classify(text: string, index: number): number {
  if (index < 0 || index >= text.length) return WHITESPACE;
  const char = text[index]!;
  if (/\s/.test(char)) return WHITESPACE;
  return PUNCTUATION_OR_SYMBOL.test(char) ? PUNCTUATION : 0;
}

/** Pair closers with openers as micromark's resolveAllAttention does, cutting the delimiters used from the runs. */
function resolveEmphasis(sequences: Sequence[]): void {
  for (let closer = 0; closer < sequences.length; closer++) {
    const close = sequences[closer]!;
    if (!close.close) continue;
    let opener = closer - 1;
    while (opener >= 0 && close.end > close.start) {
      const open = sequences[opener]!;
      const openLength = open.end - open.start;
      const closeLength = close.end - close.start;
      if (!open.alive || !open.open || open.marker !== close.marker || openLength === 0) {
        opener--;
        continue;
      }
      if ((open.close || close.open) && closeLength % 3 !== 0 && (openLength + closeLength) % 3 === 0) {
        opener--;
        continue;
      }
      const use = openLength > 1 && closeLength > 1 ? 2 : 1;
      open.end -= use;
      close.start += use;
      for (let inside = opener + 1; inside < closer; inside++) sequences[inside]!.alive = false;
      // The rest of the closer looks for an opener again, from the one just used.
    }
  }
}

/** The delimiter characters used by emphasis, as sorted `[start, end)` pairs. */
function cuts(sequences: readonly Sequence[]): number[] {
  const result: number[] = [];
  for (const sequence of sequences) {
    if (sequence.start > sequence.from) result.push(sequence.from, sequence.start);
    if (sequence.to > sequence.end) result.push(sequence.end, sequence.to);
  }
  return result;
}

/** Append the content ranges less the cuts; a range with end -1 is a line ending mapped to its start. */
function emit(text: string, ranges: readonly number[], cut: readonly number[], builder: MappedTextBuilder): void {
  let next = 0;
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index]!;
    const end = ranges[index + 1]!;
    if (end < 0) {
      builder.append('\n', start);
      continue;
    }
    let cursor = start;
    while (next < cut.length && cut[next]! < end) {
      if (cut[next]! > cursor) builder.append(text.slice(cursor, cut[next]!), cursor);
      cursor = Math.max(cursor, cut[next + 1]!);
      next += 2;
    }
    if (end > cursor) builder.append(text.slice(cursor, end), cursor);
  }
}
