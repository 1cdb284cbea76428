import type { Diagnostic } from '../model/diagnostic.js';
import { MappedTextBuilder } from '../text/source-map.js';
import { unclosedFrontMatter } from './front-matter-fence.js';
import { parseFrontMatter } from './front-matter.js';
import type { Attributes, ParsedTranscript, TextBlock } from '../model/transcript.js';

const FRONT_MATTER = /^(---[ \t]*(?:\r\n?|\n))([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/m;

/**
 * Parse a plain-text transcript: optional YAML front matter between `---` lines, then
 * paragraphs separated by blank lines. No markup is interpreted.
 */
export function parseTextTranscript(text: string, file: string): ParsedTranscript {
  let attributes: Attributes = {};
  const diagnostics: Diagnostic[] = [];
  let bodyStart = 0;
  const frontMatter = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  if (frontMatter && frontMatter.index === 0) {
    const yamlStart = frontMatter[1]!.length;
    const result = parseFrontMatter(frontMatter[2]!, yamlStart, file, text);
    attributes = result.attributes;
    diagnostics.push(...result.diagnostics);
    bodyStart = frontMatter[0].length;
  } else {
    const unclosed = unclosedFrontMatter(text, file);
    if (unclosed) diagnostics.push(unclosed);
  }
  return { attributes, blocks: splitParagraphs(text, bodyStart), diagnostics };
}

function splitParagraphs(text: string, start: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let builder = new MappedTextBuilder();
  const flush = (): void => {
    const block = builder.build();
    if (block.text.trim() !== '') blocks.push({ kind: 'paragraph', depth: 0, ...block });
    builder = new MappedTextBuilder();
  };
  const lineEnd = lineEnds(text);
  let lineStart = start;
  while (lineStart < text.length) {
    const end = lineEnd(lineStart);
    const contentEnd = end > lineStart && text[end - 1] === '\r' && text[end] === '\n' ? end - 1 : end;
    const line = text.slice(lineStart, contentEnd);
    if (line.trim() === '') {
      flush();
    } else {
      if (builder.length > 0) builder.append('\n', lineStart - 1);
      const leading = line.length - line.trimStart().length;
      builder.append(line.slice(leading).trimEnd(), lineStart + leading);
    }
    lineStart = end + 1;
  }
  flush();
  return blocks;
}

/**
 * A function giving where the line that starts at `from` ends: its LF, its lone CR (old Mac
 * files), or the end of the text. Calls must come with increasing `from`; linear over the text.
 */
function lineEnds(text: string): (from: number) => number {
  // Both searches move forward only, so a file with only CRs (or only LFs) is not scanned again per line.
  let cr = text.indexOf('\r');
  let newline = text.indexOf('\n');
  return (from) => {
    if (newline >= 0 && newline < from) newline = text.indexOf('\n', from);
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
    const end = newline < 0 ? text.length : newline;
    // A CR right before the LF belongs to a CRLF line ending.
    return cr >= 0 && cr < end - 1 ? cr : end;
  };
}
