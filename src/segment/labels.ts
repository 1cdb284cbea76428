/**
 * Speaker labels, as DESIGN.md "Transcripts" lists them, recognised on the plain text of a
 * paragraph (Markdown bold already removed): `R07:`, `R07 (00:12:31):`, `[00:12:31] R07:`,
 * `[R07]`. A label names up to four words and ends in a colon followed by white space.
 */

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}._'’\-]*`;
const LABEL = `${WORD}(?:[ \\t]${WORD}){0,3}`;
const LEADING_TIME = String.raw`(?:\[(${TIME})\][ \t]*)?`;
const TRAILING = String.raw`[ \t]*(?:[(\[](${TIME})[)\]])?[ \t]*:(?=\s|$)`;

/** A label found at the start of a line or mid-line. */
export interface LabelMatch {
  /** Where the label (with its timestamp) starts in the block text. */
  readonly start: number;
  /** Where the speaker's words start. */
  readonly contentStart: number;
  readonly label: string;
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

/** How far from the start of a line the colon or bracket of a label can stand. */
const MAX_LABEL_PREFIX = 80;
const LINE_START_LABEL = String.raw`[ \t]*${LEADING_TIME}(?:\[(${LABEL})\](?=\s|$)|(${LABEL})${TRAILING})[ \t]*`;

/** Finds every label-shaped prefix at the start of a line, speaker or not; make one per document. */
export function createLabelFinder(): (text: string) => LabelMatch[] {
  const pattern = new RegExp(LINE_START_LABEL, 'uy');
  return (text) => {
    const found: LabelMatch[] = [];
    for (let lineStart = 0; lineStart < text.length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      if (hasLabelEnd(text, lineStart, Math.min(lineEnd, lineStart + MAX_LABEL_PREFIX))) {
        pattern.lastIndex = lineStart;
        const match = pattern.exec(text);
        if (match) {
          const leading = match[0].length - match[0].trimStart().length;
          const label = (match[2] ?? match[3])!;
          found.push({ start: lineStart + leading, contentStart: lineStart + match[0].length, label, key: labelKey(label), time: match[1] ?? match[4] ?? null });
        }
      }
      lineStart = lineEnd + 1;
    }
    return found;
  };
}

/** A label ends in ":" or "]" near the start of its line; most lines have neither. */
function hasLabelEnd(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 58 || code === 93) return true;
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
      found.push({ start, contentStart, label, key: labelKey(label), time: stamp });
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

