import { splitsPair } from './cut.js';

/** A stretch of a text: UTF-16 offsets, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Spans sorted and merged where they overlap. */
export function mergeSpans(spans: readonly Span[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/**
 * The part of `text` to show around the evidence (`spans`, sorted and merged): all the evidence
 * when it fits in `length` characters, otherwise the first span; then context on both sides (the
 * room one side cannot use goes to the other), cut at a sentence start before the evidence where
 * one is near, else at word boundaries. The whole text when it is no longer than `length`.
 */
export function excerptWindow(text: string, spans: readonly Span[], length: number): [number, number] {
  const [start, end] = window(text, spans, length);
  return wholeCharacters(text, start, end);
}

/**
 * A window moved inward so that it does not cut a character outside the Basic Multilingual Plane
 * (an emoji) in half: half of a UTF-16 surrogate pair would be written as U+FFFD.
 */
function wholeCharacters(text: string, start: number, end: number): [number, number] {
  return [splitsPair(text, start) ? start + 1 : start, splitsPair(text, end) ? end - 1 : end];
}

function window(text: string, spans: readonly Span[], length: number): [number, number] {
  if (text.length <= length || spans.length === 0) return [0, Math.min(text.length, length)];
  const first = spans[0]!;
  const last = spans[spans.length - 1]!;
  let start = first.start;
  let end = last.end - first.start <= length ? last.end : first.end;
  // Evidence longer than the window (a passage a person coded): its start, to the last word that fits.
  if (end - start > length) {
    const space = text.lastIndexOf(' ', start + length);
    return [start, space > start ? space : start + length];
  }
  const room = length - (end - start);
  const after = Math.min(text.length - end, room - Math.min(start, Math.floor(room / 2)));
  const before = Math.min(start, room - after);
  start -= before;
  end += after;
  return [snapStart(text, start, first.start), snapEnd(text, end, Math.min(end, last.end))];
}

/**
 * The text around the evidence in at most `length` characters: the text itself when it fits,
 * otherwise the window of excerptWindow with "…" where text was left out (the ellipses count).
 */
export function excerpt(text: string, spans: readonly Span[], length: number): string {
  if (text.length <= length) return text;
  const room = length - 2;
  const merged = mergeSpans(spans);
  const first = merged[0];
  // Evidence longer than the room (a long phrase) is shown from its start.
  const [start, end] =
    first && first.end - first.start > room ? wholeCharacters(text, first.start, first.start + room) : excerptWindow(text, merged, room);
  let shown = text.slice(start, end);
  if (start > 0) shown = `…${shown.trimStart()}`;
  if (end < text.length) shown = `${shown.trimEnd()}…`;
  return shown;
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
