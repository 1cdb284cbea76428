import type { CodeRef, Coding, Hit } from '../model/coding.js';

/**
 * One code's codings of a file, as numbers: per segment that has one, its position, 1 when
 * negated (else 0) and its number of hits, then per hit the pattern (its place among the code's
 * patterns, `match` then `unless`), start, end, 1 when negated, and where its negation cue lies
 * in the segment's text (-1, -1 for none).
 */
export type StoredCodings = readonly number[];

/** The code's patterns as hits name them, in the order the numbers refer to. */
function patternsOf(code: CodeRef): string[] {
  return [...code.code.match, ...code.code.unless].map((source) => source.text.trim());
}

/** Store the codings of one code of a file's segments; null when a hit's pattern or cue is not found where it should be. */
export function storeCodings(
  segments: readonly { readonly text: string; readonly codings: readonly Coding[] }[],
  code: CodeRef,
): StoredCodings | null {
  const patterns = patternsOf(code);
  const stored: number[] = [];
  for (let position = 0; position < segments.length; position++) {
    const { text, codings } = segments[position]!;
    const coding = codings.find((one) => one.code.order === code.order);
    if (!coding) continue;
    stored.push(position, coding.negated ? 1 : 0, coding.hits.length);
    for (const hit of coding.hits) {
      const pattern = patterns.indexOf(hit.pattern);
      const cue = hit.cue === null ? -1 : text.indexOf(hit.cue);
      if (pattern < 0 || (hit.cue !== null && cue < 0)) return null;
      stored.push(pattern, hit.start, hit.end, hit.negated ? 1 : 0, cue, cue < 0 ? -1 : cue + hit.cue!.length);
    }
  }
  return stored;
}

/** The codings of `code` per segment position from a stored value; null when anything in it does not fit the segments. */
export function restoreCodings(
  value: unknown,
  segments: readonly { readonly text: string; readonly coded: boolean }[],
  code: CodeRef,
): Map<number, Coding> | null {
  if (!Array.isArray(value) || !value.every((number) => Number.isInteger(number))) return null;
  const numbers = value as number[];
  const patterns = patternsOf(code);
  const codings = new Map<number, Coding>();
  for (let at = 0; at < numbers.length; ) {
    const [position, negated, count] = [numbers[at]!, numbers[at + 1], numbers[at + 2]];
    const segment = segments[position];
    const end = at + 3 + 6 * (count ?? -1);
    if (!segment?.coded || codings.has(position) || !isFlag(negated) || count === undefined || count < 0 || end > numbers.length)
      return null;
    const hits: Hit[] = [];
    for (let hitAt = at + 3; hitAt < end; hitAt += 6) {
      const hit = restoreHit(numbers.slice(hitAt, hitAt + 6), segment.text, patterns);
      if (!hit) return null;
      hits.push(hit);
    }
    codings.set(position, { code, negated: negated === 1, hits });
    at = end;
  }
  return codings;
}

function restoreHit(value: readonly number[], text: string, patterns: readonly string[]): Hit | null {
  const [index, start, end, negated, cueStart, cueEnd] = value as [number, number, number, number, number, number];
  const pattern = patterns[index];
  if (pattern === undefined || !isFlag(negated) || start < 0 || start > end || end > text.length) return null;
  if (cueStart === -1 && cueEnd === -1) return { pattern, start, end, negated: negated === 1, cue: null };
  if (cueStart < 0 || cueStart >= cueEnd || cueEnd > text.length) return null;
  return { pattern, start, end, negated: negated === 1, cue: text.slice(cueStart, cueEnd) };
}

function isFlag(value: number | undefined): boolean {
  return value === 0 || value === 1;
}
