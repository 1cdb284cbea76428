import type { Diagnostic } from '../model.js';
import { MappedTextBuilder } from '../text/source-map.js';
import { unclosedFrontMatter } from './front-matter-fence.js';
import { parseFrontMatter } from './front-matter.js';
import type { Attributes, ParsedTranscript, TextBlock } from './transcript.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

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
    const yamlStart = text.indexOf('\n') + 1;
    const result = parseFrontMatter(frontMatter[1]!, yamlStart, file, text);
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
  let lineStart = start;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, contentEnd);
    if (line.trim() === '') {
      flush();
    } else {
      if (builder.length > 0) builder.append('\n', lineStart - 1);
      const leading = line.length - line.trimStart().length;
      builder.append(line.slice(leading).trimEnd(), lineStart + leading);
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return blocks;
}
