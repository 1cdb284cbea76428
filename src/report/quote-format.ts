import { markdownLineStart, markdownPiece } from '../text/markdown.js';

/** How long a quote may be, in characters, before it is trimmed around the evidence. */
export const QUOTE_LENGTH = 320;

/**
 * A quote in Markdown: the segment text trimmed to about QUOTE_LENGTH characters around the
 * evidence, cut at word boundaries (at a sentence start where one is near), with an ellipsis
 * where text was left out, the matched words in bold and paragraph breaks shown as " / ".
 * Transcript text never becomes markup: it is escaped as markdownText does.
 */
export function formatQuote(text: string, hits: readonly { readonly start: number; readonly end: number }[]): string {
  const spans = mergeSpans(hits);
  const [start, end] = window(text, spans);
  let markdown = '';
  let plain = '';
  let cursor = start;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, end);
    // White space stays outside the asterisks, or they would not mark bold.
    const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(flatten(text.slice(from, to)))!;
    plain += flatten(text.slice(cursor, from)) + lead;
    if (words !== '') {
      markdown += `${markdownPiece(plain)}**${markdownPiece(words!)}**`;
      plain = '';
    }
    plain += trail;
    cursor = to;
  }
  markdown += markdownPiece(plain + flatten(text.slice(cursor, end)));
  return markdownLineStart(`${start > 0 ? '…' : ''}${markdown.trim()}${end < text.length ? '…' : ''}`);
}

/** Hits sorted and merged where they overlap. */
function mergeSpans(hits: readonly { readonly start: number; readonly end: number }[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = spans[spans.length - 1];
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else spans.push({ start: hit.start, end: hit.end });
  }
  return spans;
}

/** The part of the text to quote: the evidence with context on both sides, within QUOTE_LENGTH. */
function window(text: string, spans: readonly { readonly start: number; readonly end: number }[]): [number, number] {
  if (text.length <= QUOTE_LENGTH || spans.length === 0) return [0, Math.min(text.length, QUOTE_LENGTH)];
  const first = spans[0]!;
  const last = spans[spans.length - 1]!;
  // All the evidence when it fits, otherwise the first hit; then context on both sides, and the
  // room one side cannot use goes to the other.
  let start = first.start;
  let end = last.end - first.start <= QUOTE_LENGTH ? last.end : first.end;
  const room = QUOTE_LENGTH - (end - start);
  const after = Math.min(text.length - end, room - Math.min(start, Math.floor(room / 2)));
  const before = Math.min(start, room - after);
  start -= before;
  end += after;
  return [snapStart(text, start, first.start), snapEnd(text, end, Math.min(end, last.end))];
}

/** Move a start forward to a sentence start if one lies before the evidence, else to a word start. */
function snapStart(text: string, start: number, evidence: number): number {
  if (start === 0) return 0;
  const sentence = /[.!?…]["”’)]*\s+/g;
  sentence.lastIndex = start;
  const found = sentence.exec(text);
  if (found && found.index + found[0].length <= evidence) return found.index + found[0].length;
  const space = text.indexOf(' ', start);
  return space >= 0 && space < evidence ? space + 1 : start;
}

/** Move an end back to the end of a word (or sentence) after the evidence. */
function snapEnd(text: string, end: number, evidence: number): number {
  if (end >= text.length) return text.length;
  const slice = text.slice(evidence, end);
  const sentenceEnd = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('? '), slice.lastIndexOf('! '));
  if (sentenceEnd >= 0) return evidence + sentenceEnd + 1;
  const space = text.lastIndexOf(' ', end);
  return space > evidence ? space : end;
}

/** Paragraph breaks become " / ", other line breaks spaces. */
function flatten(text: string): string {
  return text.replace(/\s*\n\s*\n\s*/g, ' / ').replace(/\s*\n\s*/g, ' ');
}
