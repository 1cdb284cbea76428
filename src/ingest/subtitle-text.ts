import webvtt, { type CueNode } from 'webvtt-parser';
import { MappedTextBuilder } from '../text/source-map.js';
import type { MappedText } from '../model/transcript.js';
import { HTML_ENTITIES, type Cue } from './subtitle-cues.js';

/** A stretch of a cue's text spoken by one voice: `<v Jansen, Piet>...</v>`, or text outside any voice tag. */
export interface CueSpan {
  /** The voice of a `<v>` tag and where its name stands in the file; null outside voice tags. */
  readonly voice: { readonly name: string; readonly offset: number } | null;
  /** The words, tags and entities removed, each character mapped to its place in the file. */
  readonly text: MappedText;
}

/** How far ahead a character of the decoded text is looked for in the raw text (past an entity such as `&nbsp;`). */
const ALIGN_WINDOW = 40;

/**
 * Read a cue's text with webvtt-parser's cue text parser (tags, voices and entities as the WebVTT
 * specification reads them) and map every character back to the file. Styling tags (`<i>`, `<c.x>`,
 * SubRip's `<font>` and `{\an8}`), ruby annotations and karaoke timestamps never reach the text.
 */
export function readCueSpans(cue: Cue): CueSpan[] {
  // SubRip's overrides ({\an8}) become an unknown tag of the same length, which the parser drops.
  const raw = cue.lines
    .map((line) => line.text)
    .join('\n')
    .replace(/\{\\[^}]*\}/g, (override) => `<${'x'.repeat(override.length - 2)}>`);
  const fileOffset = offsetsOf(cue);
  const markup = markupMask(raw);
  const tree = new webvtt.WebVTTCueTextParser(raw, () => {}, 'metadata', HTML_ENTITIES).parse(cue.start, cue.end);
  const spans: CueSpan[] = [];
  let builder = new MappedTextBuilder();
  let voice: CueSpan['voice'] = null;
  let cursor = 0;
  const close = (): void => {
    const text = builder.build();
    if (text.text.trim() !== '') spans.push({ voice, text });
    builder = new MappedTextBuilder();
  };
  const visit = (nodes: readonly CueNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        for (const char of node.value) {
          const found = findChar(raw, markup, char, cursor);
          builder.append(char, fileOffset(found ?? Math.min(cursor, raw.length - 1)));
          if (found !== null) cursor = found + 1;
        }
      } else if (node.type === 'object' && node.name === 'v') {
        close();
        const tag = raw.indexOf('<v', cursor);
        const name = (node.value ?? '').trim();
        const at = name === '' || tag < 0 ? -1 : raw.indexOf(name, tag);
        voice = name === '' ? null : { name, offset: fileOffset(at < 0 ? Math.max(tag, 0) : at) };
        if (tag >= 0) cursor = raw.indexOf('>', tag) < 0 ? raw.length : raw.indexOf('>', tag) + 1;
        visit(node.children);
        close();
        voice = null;
      } else if (node.type === 'object' && node.name !== 'rt') {
        visit(node.children);
      }
    }
  };
  visit(tree.children);
  close();
  return spans;
}

/** File offset of each index of the cue's raw text (lines joined by LF). */
function offsetsOf(cue: Cue): (index: number) => number {
  const starts: number[] = [];
  let length = 0;
  for (const line of cue.lines) {
    starts.push(length);
    length += line.text.length + 1;
  }
  return (index) => {
    let line = starts.length - 1;
    while (line > 0 && starts[line]! > index) line--;
    const entry = cue.lines[line];
    const next = cue.lines[line + 1];
    // The joining LF maps to the file's LF (after a CR, in CRLF files).
    if (entry && next && index - starts[line]! === entry.text.length) return next.offset - 1;
    return entry ? entry.offset + (index - starts[line]!) : 0;
  };
}

/** True for characters of the raw text inside a tag (`<...>`). */
function markupMask(raw: string): Uint8Array {
  const mask = new Uint8Array(raw.length);
  for (const match of raw.matchAll(/<[^>]*>?/g)) mask.fill(1, match.index, match.index + match[0].length);
  return mask;
}

function findChar(raw: string, markup: Uint8Array, char: string, from: number): number | null {
  for (let index = from; index < raw.length && index < from + ALIGN_WINDOW; index++) {
    if (markup[index] === 0 && raw[index] === char) return index;
  }
  return null;
}
