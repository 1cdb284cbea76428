import type { Heading, ListItem, Nodes, Paragraph, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Diagnostic } from '../model/diagnostic.js';
import { MappedTextBuilder } from '../text/source-map.js';
import { unclosedFrontMatter } from './front-matter-fence.js';
import { parseFrontMatter } from './front-matter.js';
import type { Attributes, ParsedTranscript, TextBlock } from '../model/transcript.js';

/** Parses Markdown text into an mdast tree. */
export type MarkdownParser = (text: string) => Root;

/** Create the remark parser (CommonMark with YAML front matter); make it once per run. */
export function createMarkdownParser(): MarkdownParser {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
  return (text) => processor.parse(text);
}

/** Parse a Markdown transcript into front-matter attributes and blocks of plain text. */
export function parseMarkdownTranscript(text: string, file: string, parse: MarkdownParser): ParsedTranscript {
  const tree = parse(text);
  const blocks: TextBlock[] = [];
  let attributes: Attributes = {};
  const diagnostics: Diagnostic[] = [];
  const visitParagraph = (node: Heading | Paragraph, markerStart?: number): void => {
    const builder = new MappedTextBuilder();
    const start = node.position?.start.offset;
    if (markerStart !== undefined && start !== undefined && start > markerStart)
      builder.append(text.slice(markerStart, start), markerStart);
    for (const child of node.children) appendInline(child, text, builder);
    const block = builder.build();
    if (block.text.trim() !== '') blocks.push({ kind: node.type, depth: node.type === 'heading' ? node.depth : 0, ...block });
  };
  /** An ordered item that holds no paragraph ("300." on a line of its own): its number is the text. */
  const appendMarker = (item: ListItem): void => {
    const start = item.position?.start.offset ?? 0;
    const marker = /^\d{1,9}[.)]/.exec(text.slice(start));
    if (marker) blocks.push({ kind: 'paragraph', depth: 0, text: marker[0], map: [[0, start, marker[0].length]] });
  };
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml': {
        const start = node.position?.start.offset ?? 0;
        // The YAML starts after the opening fence's line ending: LF, CRLF or a lone CR.
        const yamlStart = start + (/^---[ \t]*(\r\n?|\n)/.exec(text.slice(start, start + 64))?.[0].length ?? 4);
        const result = parseFrontMatter(node.value, yamlStart, file, text);
        attributes = result.attributes;
        diagnostics.push(...result.diagnostics);
        return;
      }
      case 'list':
        // The number of an ordered list item is what someone said ("2020. Toen ..."): keep it.
        for (const item of node.children) {
          const first = item.children[0];
          if (node.ordered && first?.type !== 'paragraph') appendMarker(item);
          item.children.forEach((child, index) => {
            if (index === 0 && node.ordered && child.type === 'paragraph') visitParagraph(child, item.position?.start.offset);
            else visit(child);
          });
        }
        return;
      case 'heading':
      case 'paragraph':
        visitParagraph(node);
        return;
      case 'code': {
        // Indented text becomes a code block in Markdown; it is still what someone said.
        const builder = new MappedTextBuilder();
        appendAligned(node.value, text, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, builder);
        const block = builder.build();
        if (block.text.trim() !== '') blocks.push({ kind: 'paragraph', depth: 0, ...block });
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes);
    }
  };
  visit(tree);
  const unclosed = tree.children[0]?.type === 'yaml' ? null : unclosedFrontMatter(text, file);
  if (unclosed) diagnostics.push(unclosed);
  return { attributes, blocks, diagnostics };
}

function appendInline(node: Nodes, source: string, builder: MappedTextBuilder): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      appendAligned(node.value, source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, builder);
      return;
    case 'break':
      builder.append('\n', node.position?.start.offset ?? 0);
      return;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) for (const child of node.children) appendInline(child as Nodes, source, builder);
  }
}

/**
 * Append a node's value, mapping each character to where it stands in the source. Values differ
 * from the source where Markdown removed something (escapes, `>` prefixes, indentation, CR).
 */
function appendAligned(value: string, source: string, start: number, end: number, builder: MappedTextBuilder): void {
  if (!value.includes('\r') && source.slice(start, end) === value) {
    builder.append(value, start);
    return;
  }
  let cursor = start;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\r' && value[index + 1] === '\n') continue;
    if (char === '\r') {
      // A lone CR (old Mac files) ends a line: the text gets LF, mapped to the CR.
      const at = source.indexOf('\r', cursor);
      const found = at >= 0 && at < end ? at : Math.min(cursor, Math.max(start, end - 1));
      builder.append('\n', found);
      cursor = found + 1;
      continue;
    }
    let found = -1;
    for (let probe = cursor; probe < end && probe < cursor + 16; probe++) {
      if (source[probe] === char) {
        found = probe;
        break;
      }
    }
    if (found >= 0) {
      builder.append(char, found);
      cursor = found + 1;
    } else {
      builder.append(char, Math.min(cursor, Math.max(start, end - 1)));
    }
  }
}
