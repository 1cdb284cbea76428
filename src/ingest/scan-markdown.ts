import type { Diagnostic } from '../model/diagnostic.js';
import type { Attributes, ParsedTranscript, TextBlock } from '../model/transcript.js';
import { MappedTextBuilder } from '../text/source-map.js';
import { unclosedFrontMatter } from './front-matter-fence.js';
import { parseFrontMatter } from './front-matter.js';
import { scanInline } from './scan-inline.js';

/**
 * Characters and sequences the scanner leaves to remark: code, escapes, entities, links, images
 * and reference definitions, CR, NUL and other control characters.
 */
const UNSUPPORTED = /[\r\0\\`\x01-\x08\x0B\x0C\x0E-\x1F]|\]\(|\]\[|\]:|!\[|&(?:#\d|#[xX][\dA-Fa-f]|[A-Za-z][A-Za-z\d]*;)/;
/** A line that may start a block the scanner does not read: lists, quotes, breaks, setext underlines, fences, indentation. */
const BLOCK_START = /^(?:[ \t>\-+=~]|\*(?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[*_](?:[ \t]*[*_]){2,}[ \t]*$)/;
/** An ATX heading the scanner reads: one to six `#`, one space, text that does not end in `#`. */
const HEADING = /^(#{1,6}) (?=[^ \t#])(.*?) *$/;
/** A line starting with `#` that remark may read as a heading in a way the scanner does not. */
const HEADING_LIKE = /^#{1,6}(?:[ \t]|$)/;

/**
 * The transcript fast path: read transcript-shaped Markdown (front matter, ATX headings,
 * paragraphs, emphasis and strong, HTML comment blocks) directly into the blocks remark would
 * give. Null as soon as the text holds anything else, so that remark, the parser of record,
 * reads it instead; test/ingest/scan-markdown.test.ts proves the two agree.
 */
export function scanMarkdownTranscript(text: string, file: string): ParsedTranscript | null {
  if (UNSUPPORTED.test(text) || text.charCodeAt(0) === 0xfeff) return null;
  let attributes: Attributes = {};
  const diagnostics: Diagnostic[] = [];
  let position = 0;
  if (text.startsWith('---')) {
    const fence = frontMatter(text);
    if (!fence) return null;
    const result = parseFrontMatter(
      text.slice(fence.valueStart, Math.max(fence.valueStart, fence.closing - 1)),
      fence.valueStart,
      file,
      text,
    );
    attributes = result.attributes;
    diagnostics.push(...result.diagnostics);
    position = fence.end;
  } else {
    const unclosed = unclosedFrontMatter(text, file);
    if (unclosed) return null;
  }
  const blocks = scanBlocks(text, position);
  return blocks ? { attributes, blocks, diagnostics } : null;
}

/** The front matter fence: `---` alone on line 1 and on a later line. Null when remark might read it otherwise. */
function frontMatter(text: string): { valueStart: number; closing: number; end: number } | null {
  if (!text.startsWith('---\n')) return null;
  let start = 4;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line === '---') return { valueStart: 4, closing: start, end: newline < 0 ? text.length : newline + 1 };
    // A fence with trailing white space also closes it: leave that to remark.
    if (/^---[ \t]/.test(line) || newline < 0) return null;
    start = newline + 1;
  }
  return null;
}

/** The blocks from `position` on, or null when a line holds something the scanner does not read. */
function scanBlocks(text: string, position: number): TextBlock[] | null {
  const blocks: TextBlock[] = [];
  let paragraph: number[] = [];
  const flush = (): boolean => {
    if (paragraph.length === 0) return true;
    const built = buildBlock(text, paragraph, 'paragraph', 0, blocks);
    paragraph = [];
    return built;
  };
  let start = position;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const next = newline < 0 ? text.length : newline + 1;
    const first = text.charCodeAt(start);
    if (isBlank(text, start, end)) {
      if (!flush()) return null;
    } else if (first === 60 /* < */) {
      const close = commentEnd(text, start);
      if (close < 0 || !flush()) return null;
      start = close;
      continue;
    } else if (first === 35 /* # */ && HEADING_LIKE.test(text.slice(start, Math.min(end, start + 8)))) {
      const heading = HEADING.exec(text.slice(start, end));
      // A closing sequence (`## Kop ##`) or trailing tab: leave it to remark.
      if (!heading || /[#\t]$/.test(heading[2]!) || !flush()) return null;
      const depth = heading[1]!.length;
      const contentStart = start + depth + 1;
      if (!buildBlock(text, [contentStart, contentStart + heading[2]!.length], 'heading', depth, blocks)) return null;
    } else if (BLOCK_START.test(text.slice(start, end))) {
      return null;
    } else {
      paragraph.push(start, end);
    }
    start = next;
  }
  return flush() ? blocks : null;
}

/** Whether `[start, end)` holds only spaces and tabs. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * The start of the line after an HTML comment block (`<!--` at the start of a line, up to the
 * line holding `-->`), or -1 for any other HTML.
 */
function commentEnd(text: string, start: number): number {
  if (!text.startsWith('<!--', start) || text.startsWith('>', start + 4) || text.startsWith('->', start + 4)) return -1;
  const close = text.indexOf('-->', start + 4);
  if (close < 0) return -1;
  const newline = text.indexOf('\n', close);
  return newline < 0 ? text.length : newline + 1;
}

/** Add the block made of the lines `[start, end, start, end, ...]`; false when its inline content needs remark. */
function buildBlock(text: string, lines: readonly number[], kind: TextBlock['kind'], depth: number, blocks: TextBlock[]): boolean {
  const builder = new MappedTextBuilder();
  if (!scanInline(text, lines, builder)) return false;
  const block = builder.build();
  if (block.text.trim() !== '') blocks.push({ kind, depth, ...block });
  return true;
}
