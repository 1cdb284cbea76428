import type { ResultDocument } from '../model/result.js';

/** A document's text rebuilt from result.json, and where each segment's text starts in it (UTF-16). */
export interface StoredText {
  readonly text: string;
  readonly segmentStarts: ReadonlyMap<number, number>;
}

/**
 * Rebuild a document's text from the segment texts result.json stores, for a transcript that is
 * gone or changed: each segment a paragraph, after its speaker's label when the speaker changes,
 * and each new section as a line of its own. Front matter, headings' markup, text outside segments
 * and line breaks inside a turn are not in the result, so they are not in the text. Every segment's
 * text (and every hit in it) is at a known place, so positions stay exact.
 */
export function rebuildText(document: Pick<ResultDocument, 'segments'>): StoredText {
  const parts: string[] = [];
  const segmentStarts = new Map<number, number>();
  let length = 0;
  let section: string | null = null;
  let speaker: string | null = null;
  const add = (part: string): void => {
    parts.push(part);
    length += part.length;
  };
  for (const segment of document.segments) {
    if (parts.length > 0) add('\n\n');
    if (segment.section !== null && segment.section !== section) {
      add(`${segment.section}\n\n`);
      speaker = null;
    }
    section = segment.section;
    if (segment.speaker !== null && segment.speaker !== speaker) add(`${segment.speaker}: `);
    speaker = segment.speaker;
    segmentStarts.set(segment.index, length);
    add(segment.text);
  }
  if (parts.length > 0) add('\n');
  return { text: parts.join(''), segmentStarts };
}
