import { locateQuote, prepareText } from '../exchange/quotes/locate-quote.js';
import { createLocator, type Locator } from '../text/locate.js';
import type { Disagreement } from './compare.js';
import type { UnitDocument } from './units.js';

/** Where a human coder's spans lie in and around the segment of a disagreement. */
export interface Passage {
  /** The coded parts of the segment, in its text (empty when the coding covers the whole segment). */
  readonly marks: readonly { readonly start: number; readonly end: number }[];
  /** Lines of the transcript the coding runs over, when it runs beyond the segment (a question before an answer); else null. */
  readonly lines: { readonly start: number; readonly end: number } | null;
}

/** A share of the segment's characters a span must leave out for its part to be marked. */
const WHOLE = 0.9;

/**
 * The passage a human coder coded, seen from one segment: the part of the segment's text it
 * covers (found again by its words, since the segment's text leaves out labels and layout), and
 * the transcript lines it spans when those reach beyond the segment. Nothing is known without the
 * transcript's text (a rodedraad result codes whole segments).
 */
export function passageOf(entry: Disagreement, locators: WeakMap<UnitDocument, Locator>): Passage {
  const { document, segment } = entry;
  const text = document.text;
  if (text === null || entry.spans.length === 0) return { marks: [], lines: null };
  const from = segment.start.offset;
  const to = segment.end.offset;
  const marks: { start: number; end: number }[] = [];
  let prepared: ReturnType<typeof prepareText> | null = null;
  for (const span of entry.spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (end <= start || end - start >= WHOLE * (to - from)) continue;
    prepared ??= prepareText(segment.text);
    const found = locateQuote(text.slice(start, end), prepared);
    if (found.kind !== 'not-found') marks.push({ start: found.start, end: found.end });
  }
  const first = Math.min(...entry.spans.map((span) => span.start));
  const last = Math.max(...entry.spans.map((span) => span.end));
  let locator = locators.get(document);
  if (locator === undefined) {
    locator = createLocator(text);
    locators.set(document, locator);
  }
  // The end is exclusive: the line of its last character. A label or a number on the segment's own lines is no passage beyond it.
  const lines = { start: locator.point(first).line, end: locator.point(Math.max(first, last - 1)).line };
  return { marks, lines: lines.start < segment.start.line || lines.end > segment.end.line ? lines : null };
}
