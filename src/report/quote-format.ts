import type { Inline } from './document/model.js';
import { markdownInlines } from './formats/markdown-inline.js';
import { excerptWindow, mergeSpans } from '../text/excerpt.js';

/** How long a quote may be, in characters, before it is trimmed around the evidence. */
export const QUOTE_LENGTH = 320;

/**
 * A quote as runs of text: the segment text trimmed to about QUOTE_LENGTH characters around the
 * evidence, cut at word boundaries (at a sentence start where one is near), with an ellipsis
 * where text was left out, the matched words bold and paragraph breaks shown as " / ".
 */
export function quoteRuns(text: string, hits: readonly { readonly start: number; readonly end: number }[]): Inline[] {
  const spans = mergeSpans(hits);
  const [start, end] = excerptWindow(text, spans, QUOTE_LENGTH);
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

/** Paragraph breaks become " / ", other line breaks spaces. */
function flatten(text: string): string {
  return text.replace(/\s*\n\s*\n\s*/g, ' / ').replace(/\s*\n\s*/g, ' ');
}
