import type { RankedTerm } from './rank-terms.js';
import type { SegmentWords } from './segment-words.js';
import { segmentOccurrences, type Occurrence } from './term-counts.js';
import type { TermKeys } from './term-keys.js';

/** Where a candidate's terms stand in the gap of one segment. */
export interface SegmentEvidence {
  readonly segment: number;
  readonly occurrences: readonly Occurrence[];
  /** Distinct terms of the candidate in the segment: more is stronger evidence. */
  readonly strength: number;
}

/** The occurrences of a candidate's terms in the gap of each segment it reaches. */
export function candidateEvidence(
  segments: readonly SegmentWords[],
  indexes: readonly number[],
  terms: readonly RankedTerm[],
  keys: TermKeys,
): SegmentEvidence[] {
  const wanted = new Set(terms.map((term) => term.key));
  const phrases = terms.some((term) => term.phrase);
  return indexes.map((segment) => {
    const words = segments[segment]!;
    const occurrences = segmentOccurrences(words, keys, phrases).filter(
      (entry) => wanted.has(entry.key) && !words.reached[entry.positions[0]!],
    );
    return { segment, occurrences, strength: new Set(occurrences.map((entry) => entry.key)).size };
  });
}

/** Segments of this many characters read well as a quote. */
const READABLE = { min: 60, max: 400 } as const;

/** Up to `count` segments from distinct interviews: most distinct terms first, then readable length, then corpus order. */
export function pickEvidence(segments: readonly SegmentWords[], evidence: readonly SegmentEvidence[], count: number): SegmentEvidence[] {
  const offLength = (entry: SegmentEvidence): number => {
    const length = segments[entry.segment]!.segment.text.length;
    return length < READABLE.min ? READABLE.min - length : length > READABLE.max ? length - READABLE.max : 0;
  };
  const ordered = [...evidence].sort((a, b) => b.strength - a.strength || offLength(a) - offLength(b) || a.segment - b.segment);
  const picked: SegmentEvidence[] = [];
  const used = new Set<number>();
  for (const entry of ordered) {
    const document = segments[entry.segment]!.document;
    if (picked.length >= count || used.has(document)) continue;
    used.add(document);
    picked.push(entry);
  }
  return picked;
}

/** The sentence (clause) of a segment around a token, with its closing punctuation, notes such as `(stilte)` at its edges left out: an example for a code stub. */
export function sentenceAround(words: SegmentWords, position: number): string {
  const { tokens, notes } = words;
  const text = words.segment.text;
  const clause = tokens[position]!.clause;
  let first = position;
  while (first > 0 && tokens[first - 1]!.clause === clause) first--;
  let last = position;
  while (last + 1 < tokens.length && tokens[last + 1]!.clause === clause) last++;
  while (first < last && notes.has(first)) first++;
  while (last > first && notes.has(last)) last--;
  const end = tokens[last]!.end;
  const closing = /^[^\p{L}\p{N}\s([{<]*/u.exec(text.slice(end))![0];
  return text
    .slice(tokens[first]!.start, end + closing.length)
    .replace(/\s+/g, ' ')
    .trim();
}
