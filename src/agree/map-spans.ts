import type { Segment } from '../model/segment.js';

/**
 * How much a coded span must overlap a segment for the segment to carry its code, counted in
 * characters that are not white space: at least `characters` of them, or at least `share` of the
 * segment's own. With `characters`, a span that lies wholly inside the segment, or covers it
 * wholly, always counts, however short: the minimum only keeps a selection that spills a few
 * characters over a boundary (into the next turn or sentence) from coding that segment too.
 */
export type MinimumOverlap = { readonly characters: number } | { readonly share: number };

/** Default: 10 characters; a selection spills over a boundary by a word at most, a real coding is longer or wholly inside. */
export const DEFAULT_MINIMUM_OVERLAP: MinimumOverlap = { characters: 10 };

/** A coded span of a document: UTF-16 offsets in the text the segments were cut from. */
export interface CodedRange {
  readonly start: number;
  readonly end: number;
  readonly codeId: string;
}

/** Which segments carry which codes, and the spans that reached no segment. */
export interface SpanMapping<S extends CodedRange> {
  /** Per segment, in the order given, the ids of the codes it carries (sorted, each once). */
  readonly codes: readonly (readonly string[])[];
  /** Spans that carry their code into no segment: outside every segment (a label, a heading) or below the minimum. */
  readonly unplaced: readonly S[];
  /** Span-segment pairs that overlap by less than the minimum, so do not count. */
  readonly grazes: number;
}

/** Map the coded spans of one document onto its segments (in document order, as segmentation gives them). */
export function mapSpansToSegments<S extends CodedRange>(
  text: string,
  segments: readonly Pick<Segment, 'start' | 'end'>[],
  spans: readonly S[],
  minimum: MinimumOverlap = DEFAULT_MINIMUM_OVERLAP,
): SpanMapping<S> {
  const solid = solidPrefix(text);
  const solidIn = (start: number, end: number): number =>
    end <= start ? 0 : solid[clamp(end, text.length)]! - solid[clamp(start, text.length)]!;
  const codes = segments.map(() => new Set<string>());
  const unplaced: S[] = [];
  let grazes = 0;
  for (const span of spans) {
    let placed = false;
    for (let index = firstEndingAfter(segments, span.start); index < segments.length; index++) {
      const segment = segments[index]!;
      const segmentStart = segment.start.offset;
      const segmentEnd = segment.end.offset;
      if (segmentStart >= span.end) break;
      const overlap = solidIn(Math.max(segmentStart, span.start), Math.min(segmentEnd, span.end));
      if (overlap === 0) continue;
      const inside = span.start >= segmentStart && span.end <= segmentEnd;
      const covers = span.start <= segmentStart && span.end >= segmentEnd;
      const enough =
        'share' in minimum
          ? overlap >= minimum.share * solidIn(segmentStart, segmentEnd)
          : overlap >= minimum.characters || inside || covers;
      if (enough) {
        codes[index]!.add(span.codeId);
        placed = true;
      } else {
        grazes++;
      }
    }
    if (!placed) unplaced.push(span);
  }
  return { codes: codes.map((set) => [...set].sort()), unplaced, grazes };
}

/** solid[i]: how many of the first i characters are not white space. */
function solidPrefix(text: string): Int32Array {
  const solid = new Int32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) solid[index + 1] = solid[index]! + (/\s/.test(text[index]!) ? 0 : 1);
  return solid;
}

/** Index of the first segment that ends after `offset` (segments are in document order). */
function firstEndingAfter(segments: readonly Pick<Segment, 'start' | 'end'>[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end.offset <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}
