/**
 * Speaker labels, as the README's "Transcripts" section lists them, recognised on the plain text
 * of a paragraph (Markdown bold already removed): `R07:`, `R07 (00:12:31):`, `[00:12:31] R07:`,
 * `[R07]`, `Onderzoeker (Gemeente X):`, `Jansen, Piet:`, `R07<tab>words`, and a label with a timestamp on a line
 * of its own above the words (`Marieke de Vries  0:09`, `Spreker 1 [00:00:05]`). A label names
 * up to five words.
 */

import { isExactRoleLabel } from './label-shape.js';

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}._'’\-]*`;
const LABEL = String.raw`${WORD}(?:(?:[ \t]+|,[ \t]*)${WORD}){0,4}`;
const PAREN = String.raw`\([^()\n:]{1,60}\)`;
/** A paragraph number of text taken from a PDF (`23   Participant: ...`), only in numbered documents. */
const NUMBER = String.raw`(?:\d{1,5}[ \t]+)?`;
const LEADING_TIME = String.raw`(?:[\[(]?(?<lead>${TIME})[\])]?[ \t]+)?`;
/** `LABEL:` with an optional parenthesised part and timestamps before or after it. */
const COLON_LABEL = String.raw`${LEADING_TIME}(?<name>${LABEL})(?:[ \t]*(?<part>${PAREN}))?[ \t]*(?:[(\[](?<trail>${TIME})[)\]])?[ \t]*:(?=\s|$)[ \t]*`;
/** `[LABEL]` before the words. */
const BRACKET_LABEL = String.raw`${LEADING_TIME}\[(?<name>${LABEL})\](?=\s|$)[ \t]*`;
/** `LABEL<tab>words`, as a table of turns copied from a spreadsheet or a transcription tool writes them (words in the label separated by spaces only). */
const TAB_LABEL = String.raw`${LEADING_TIME}(?<name>${WORD}(?:(?: +|, *)${WORD}){0,4})(?: *(?<part>${PAREN}))?\t+`;
/** A label and a timestamp alone on their line; the words follow below. */
const LINE_LABEL = String.raw`(?:[\[(]?(?<lead>${TIME})[\])]?[ \t]+(?<name>${LABEL})(?:[ \t]*(?<part>${PAREN}))?|(?<name2>${LABEL})(?:[ \t]*(?<part2>${PAREN}))?(?:[ \t]+|[ \t]*[\[(])(?<trail>${TIME})[\])]?)[ \t]*:?[ \t]*(?=\n|$)`;

/** The parenthesised part at the end of a label (`Onderzoeker (Gemeente X)`). */
const PART_AFTER_NAME = / \([^()\n:]{1,60}\)$/u;

/** A label found at the start of a line or mid-line. */
export interface LabelMatch {
  /** Where the label (with its timestamp) starts in the block text. */
  readonly start: number;
  /** Where the speaker's words start. */
  readonly contentStart: number;
  readonly label: string;
  /** Where the speaker's name (the label without a parenthesised part or timestamp) stands in the block text. */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The label as compared (see labelKey). */
  readonly key: string;
  readonly time: string | null;
}

/** Ranges of timestamps standing alone in running text (`[00:12:31]`), removed from the coded text. */
export function findInlineTimes(text: string, start: number, end: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const bracket = text.indexOf('[', start);
  if (bracket < 0 || bracket >= end) return found;
  const pattern = new RegExp(String.raw`\[${TIME}\]`, 'gu');
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    if (match.index + match[0].length <= end) found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** How far from the start of a line the colon, bracket or timestamp of a label can stand. */
const MAX_LABEL_PREFIX = 100;

/**
 * Finds every label-shaped prefix at the start of a line, speaker or not; make one per document.
 * In a `numbered` document a paragraph number may stand before the label.
 */
export function createLabelFinder(numbered: boolean): (text: string) => LabelMatch[] {
  const indent = String.raw`[ \t]*${numbered ? NUMBER : ''}`;
  const patterns = [COLON_LABEL, BRACKET_LABEL, TAB_LABEL, LINE_LABEL].map((pattern) => new RegExp(indent + pattern, 'uy'));
  return (text) => {
    const found: LabelMatch[] = [];
    for (let lineStart = 0; lineStart < text.length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      if (hasLabelEnd(text, lineStart, Math.min(lineEnd, lineStart + MAX_LABEL_PREFIX))) {
        for (const pattern of patterns) {
          pattern.lastIndex = lineStart;
          const match = pattern.exec(text);
          if (match) {
            found.push(toLabelMatch(match, lineStart));
            break;
          }
        }
      } else if (lineEnd < text.length) {
        const bare = roleLine(text, lineStart, lineEnd);
        if (bare) found.push(bare);
      }
      lineStart = lineEnd + 1;
    }
    return found;
  };
}

function toLabelMatch(match: RegExpExecArray, lineStart: number): LabelMatch {
  const groups = match.groups!;
  const name = (groups['name'] ?? groups['name2'])!;
  const part = groups['part'] ?? groups['part2'];
  const label = part ? `${name} ${part}` : name;
  const start = lineStart + (match[0].length - match[0].trimStart().length);
  // The name comes first, or right after a leading timestamp.
  const lead = groups['lead'];
  const nameStart = lineStart + match[0].indexOf(name, lead === undefined ? 0 : match[0].indexOf(lead) + lead.length);
  const time = lead ?? groups['trail'] ?? null;
  return {
    start,
    contentStart: lineStart + match[0].length,
    label,
    nameStart,
    nameEnd: nameStart + name.length,
    key: labelKey(label),
    time,
  };
}

/** The longest line that can be a role word alone (`INTERVIEWER`, `Respondent 2`). */
const MAX_ROLE_LINE = 40;
const ROLE_LINE = new RegExp(String.raw`^[ \t]*(?<name>${LABEL})[ \t]*$`, 'u');

/**
 * A role word alone on its line with the words below it (`INTERVIEWER` / `Hoe gaat het?`), as
 * Word transcripts write turns: only a role word (with a number), never a name or other text.
 */
function roleLine(text: string, lineStart: number, lineEnd: number): LabelMatch | null {
  if (lineEnd - lineStart > MAX_ROLE_LINE) return null;
  const line = text.slice(lineStart, lineEnd);
  const match = ROLE_LINE.exec(line);
  const name = match?.groups?.['name'];
  if (!name || !isExactRoleLabel(name)) return null;
  const nameStart = lineStart + line.indexOf(name);
  return {
    start: nameStart,
    contentStart: lineEnd + 1,
    label: name,
    nameStart,
    nameEnd: nameStart + name.length,
    key: labelKey(name),
    time: null,
  };
}

/** A label ends in ":", "]" or a tab near the start of its line; most lines have none. */
function hasLabelEnd(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 58 || code === 93 || code === 9) return true;
  }
  return false;
}

/**
 * Finds labels of known speakers in the middle of a line ("R1: ja I: oke"): from each colon
 * followed by white space, look back for an optional `(00:12:31)`, a known label (exact case)
 * and an optional `[00:12:31]`, preceded by white space after other text on the same line.
 */
export function createMidLineScanner(labels: readonly string[]): (text: string) => LabelMatch[] {
  if (labels.length === 0) return () => [];
  const known = [...new Set(labels)].sort((a, b) => b.length - a.length);
  const time = new RegExp(`^${TIME}$`, 'u');
  return (text) => {
    const found: LabelMatch[] = [];
    for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      if (colon + 1 < text.length && !/\s/.test(text[colon + 1]!)) continue;
      let end = skipBlanksBack(text, colon);
      let stamp: string | null = null;
      const close = text[end - 1];
      if (close === ')' || close === ']') {
        const open = text.lastIndexOf(close === ')' ? '(' : '[', end - 1);
        if (open >= 0 && time.test(text.slice(open + 1, end - 1))) {
          stamp = text.slice(open + 1, end - 1);
          end = skipBlanksBack(text, open);
        }
      }
      const label = known.find((candidate) => text.startsWith(candidate, end - candidate.length));
      if (!label) continue;
      let start = end - label.length;
      const beforeLabel = skipBlanksBack(text, start);
      if (text[beforeLabel - 1] === ']') {
        const open = text.lastIndexOf('[', beforeLabel - 1);
        if (open >= 0 && time.test(text.slice(open + 1, beforeLabel - 1))) {
          stamp ??= text.slice(open + 1, beforeLabel - 1);
          start = open;
        }
      }
      if (!/[ \t]/.test(text[start - 1] ?? '') || !/\S/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) continue;
      let contentStart = colon + 1;
      while (contentStart < text.length && /[ \t]/.test(text[contentStart]!)) contentStart++;
      // A spelling seen at a line start is "name (part)": the name is what stands before the part.
      const nameEnd = end - label.length + (PART_AFTER_NAME.exec(label)?.index ?? label.length);
      found.push({ start, contentStart, label, nameStart: end - label.length, nameEnd, key: labelKey(label), time: stamp });
    }
    return found;
  };
}

function skipBlanksBack(text: string, index: number): number {
  let position = index;
  while (position > 0 && /[ \t]/.test(text[position - 1]!)) position--;
  return position;
}

/** The key under which labels are compared: case and spacing do not matter. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}
