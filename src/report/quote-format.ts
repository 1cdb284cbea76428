import type { Inline } from './document/model.js';
import { markdownInlines } from './formats/markdown-inline.js';

/** How long a quote may be, in characters, before it is trimmed around the evidence. */
export const QUOTE_LENGTH = 320;

/**
 * A quote as runs of text: the segment text trimmed to about QUOTE_LENGTH characters around the
 * evidence, cut at word boundaries (at a sentence start where one is near), with an ellipsis
 * where text was left out, the matched words bold and paragraph breaks shown as " / ".
 */
export function quoteRuns(text: string, hits: readonly { readonly start: number; readonly end: number }[]): Inline[] {
  const spans = mergeSpans(hits);
  const [start, end] = window(text, spans);
  const runs: Inline[] = [];
  let plain = start > 0 ? '…' : '';
  let cursor = start;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, end);
    // White space stays outside the bold run, where Markdown needs it to mark bold.
    const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(flatten(text.slice(from, to)))!;
    plain += flatten(text.slice(cursor, from)) + lead;
    if (words !== '') {
      if (plain !== '') runs.push({ kind: 'text', text: plain });
      runs.push({ kind: 'strong', text: words! });
      plain = '';
    }
    plain += trail;
    cursor = to;
  }
  plain += flatten(text.slice(cursor, end)) + (end < text.length ? '…' : '');
  if (plain !== '') runs.push({ kind: 'text', text: plain });
  return trimRuns(runs);
}

/** A quote in Markdown, as quoteRuns cuts it; transcript text never becomes markup. */
export function formatQuote(text: string, hits: readonly { readonly start: number; readonly end: number }[]): string {
  return markdownInlines(quoteRuns(text, hits));
}

/** White space off both ends of a line of runs. */
function trimRuns(runs: Inline[]): Inline[] {
  const first = runs[0];
  if (first?.kind === 'text') runs[0] = { kind: 'text', text: first.text.trimStart() };
  const last = runs[runs.length - 1];
  if (last?.kind === 'text') runs[runs.length - 1] = { kind: 'text', text: last.text.trimEnd() };
  return runs.filter((run) => run.kind !== 'text' || run.text !== '');
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
