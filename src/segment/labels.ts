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
  readonly time: string | null;
}

/** Ranges of timestamps standing alone in running text (`[00:12:31]`), removed from the coded text. */
export function findInlineTimes(text: string, start: number, end: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const pattern = new RegExp(String.raw`\[${TIME}\]`, 'gu');
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    if (match.index + match[0].length <= end) found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

const LINE_START_LABEL = String.raw`^[ \t]*${LEADING_TIME}(?:\[(${LABEL})\](?=\s|$)|(${LABEL})${TRAILING})[ \t]*`;

/** Every label-shaped prefix at the start of a line of `text`, speaker or not. */
export function findLabelCandidates(text: string): LabelMatch[] {
  const found: LabelMatch[] = [];
  const pattern = new RegExp(LINE_START_LABEL, 'gmu');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const leading = match[0].length - match[0].trimStart().length;
    found.push({
      start: match.index + leading,
      contentStart: match.index + match[0].length,
      label: (match[2] ?? match[3])!,
      time: match[1] ?? match[4] ?? null,
    });
  }
  return found;
}

/** Finds labels of known speakers in the middle of a line ("R1: ja I: oke"). */
export function createMidLineScanner(labels: readonly string[]): (text: string) => LabelMatch[] {
  if (labels.length === 0) return () => [];
  const alternatives = [...labels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(String.raw`(?<=\S[ \t]+)${LEADING_TIME}(${alternatives})${TRAILING}[ \t]*`, 'gu');
  return (text) => {
    const found: LabelMatch[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ start: match.index, contentStart: match.index + match[0].length, label: match[2]!, time: match[1] ?? match[3] ?? null });
    }
    return found;
  };
}

/** The key under which labels are compared: case and spacing do not matter. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ \t]+/g, '[ \\t]+');
}
