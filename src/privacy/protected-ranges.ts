import type { TextRange } from './finding.js';

const FENCE_OPEN = /^---[ \t]*\r?\n/;
const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/m;
const KEY = /^[ \t]*(?:- )?[\p{L}\p{N}_-]{1,40}:/gmu;
const BOLD_LABEL = /^[ \t]*(?:\*\*[^*\n]{1,40}:\*\*|\*\*[^*\n]{1,40}\*\*:)/gmu;
const PLAIN_LABEL =
  /^[ \t]*(?:\[\d\d:\d\d:\d\d\] )?(?:[\p{Lu}\p{N}][\p{L}\p{N}.-]{0,24}|\[[^\]\n]{1,30}\])(?: \(\d\d:\d\d:\d\d\))?:?(?=[ \t])/gmu;

/** The front matter of a transcript as the privacy scan sees it. */
export interface FrontMatterParts {
  /** From the opening fence to the end of the closing one. */
  readonly block: TextRange;
  /** The fences and every key (`gemeente:`), and the whole `names:` entry: never scanned or changed. */
  readonly protected: readonly TextRange[];
  /** The `names:` entry (its line and the indented or `- ` lines below it), or null. */
  readonly names: TextRange | null;
}

/**
 * The front matter between `---` fences at the start of the text, or null when there is none.
 * Values are scanned (an `interviewer:` may hold a name), keys are not. The `names:` entry is the
 * list the scan uses: it is protected as a whole, and a pseudonymised copy leaves it out.
 */
export function frontMatterParts(text: string): FrontMatterParts | null {
  const open = FENCE_OPEN.exec(text);
  if (!open) return null;
  const close = FENCE_CLOSE.exec(text.slice(open[0].length));
  if (!close) return null;
  const closeStart = open[0].length + close.index;
  const end = closeStart + close[0].length;
  const ranges: TextRange[] = [{ start: 0, end: open[0].length }];
  const block = text.slice(0, closeStart);
  let names: TextRange | null = null;
  for (const key of block.matchAll(KEY)) {
    if (key.index < open[0].length) continue;
    if (key[0].trim() === 'names:') {
      names = { start: key.index, end: entryEnd(block, key.index) };
      ranges.push(names);
    } else {
      ranges.push({ start: key.index, end: key.index + key[0].length });
    }
  }
  ranges.push({ start: closeStart, end });
  return { block: { start: 0, end }, protected: ranges, names };
}

/**
 * The parts of a transcript that pseudonymisation must leave as they are: the front matter fences and
 * keys (frontMatterParts) and speaker labels at the start of a line in the shapes of the demo corpus
 * (`**R01:**`, `**R13**:`, `R05:`, `[R07]`, `R06 (00:12:31):`, `[00:01:12] R09:`). A one-word label
 * only: the CLI takes labels from the segmenter instead (scanTranscript).
 */
export function protectedRanges(text: string): TextRange[] {
  const front = frontMatterParts(text);
  const ranges: TextRange[] = [...(front?.protected ?? [])];
  const bodyStart = front?.block.end ?? 0;
  for (const pattern of [BOLD_LABEL, PLAIN_LABEL]) {
    for (const label of text.slice(bodyStart).matchAll(pattern)) {
      if (pattern === PLAIN_LABEL && !label[0].endsWith(':') && !label[0].trimEnd().endsWith(']')) continue;
      ranges.push({ start: bodyStart + label.index, end: bodyStart + label.index + label[0].length });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Where a front matter entry starting at `start` ends: its line and the indented or `- ` lines below it. */
function entryEnd(block: string, start: number): number {
  let end = block.indexOf('\n', start);
  while (end >= 0 && end + 1 < block.length && (block[end + 1] === ' ' || block[end + 1] === '\t' || block[end + 1] === '-')) {
    const next = block.indexOf('\n', end + 1);
    if (next < 0) return block.length;
    end = next;
  }
  return end < 0 ? block.length : end;
}
