import type { TextBlock } from '../model/transcript.js';
import { findInlineTimes } from './labels.js';

/** A line that starts with a paragraph number of text taken from a PDF: `23   Participant: ...`, or `1` alone. */
const NUMBERED_LINE = /^[ \t]*(\d{1,5})(?:[ \t]{2,}|\t|[ \t]*$)/;

/**
 * Whether a document numbers its paragraphs at line starts, as text copied from a PDF does:
 * at least three numbered lines, mostly in increasing order. Only then are such numbers layout.
 */
export function isNumbered(blocks: readonly TextBlock[]): boolean {
  const numbers: number[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const line of block.text.split('\n')) {
      const match = NUMBERED_LINE.exec(line);
      if (match && line.trim() !== '') numbers.push(Number(match[1]));
    }
  }
  if (numbers.length < 3) return false;
  let rising = 0;
  for (let index = 1; index < numbers.length; index++) if (numbers[index]! > numbers[index - 1]!) rising++;
  return rising >= 0.8 * (numbers.length - 1);
}

/**
 * Ranges of a block's text that are layout, not speech: timestamps in the running text, and in a
 * numbered document the paragraph numbers at line starts (with the spaces after them).
 */
export function layoutRanges(block: TextBlock, numbered: boolean): Array<[number, number]> {
  const ranges = findInlineTimes(block.text, 0, block.text.length);
  if (numbered) {
    const pattern = /^[ \t]*\d{1,5}(?:[ \t]{2,}|\t|[ \t]*(?:\n|$))[ \t]*/gm;
    for (const match of block.text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
    ranges.sort((a, b) => a[0] - b[0]);
  }
  return ranges;
}
