import type { Diagnostic } from '../model/diagnostic.js';
import { createLocator } from '../text/locate.js';
import { MappedTextBuilder } from '../text/source-map.js';
import type { DocxElement, DocxParagraph } from './docx-model.js';
import { addLabelColons } from './docx-labels.js';
import { readMetadataTable, readTranscriptTable } from './docx-tables.js';
import type { ParsedTranscript, TextBlock } from '../model/transcript.js';

/** A Word document as plain text (one line per paragraph) and the transcript read from it. */
export interface DocxTranscript {
  /**
   * Every paragraph of the document body, one per line, in document order: headings, empty
   * paragraphs and the paragraphs of table cells too, so that line N is the Nth paragraph. A line
   * break inside a paragraph (Shift+Enter) is U+2028 here and a line break in the coded text.
   */
  readonly text: string;
  readonly parsed: ParsedTranscript;
}

const HEADING_STYLE = /^(?:heading|kop)\s*([1-6])$/i;
const TITLE_STYLE = /^(?:title|titel)$/i;

/**
 * Turn mammoth's model of a Word document into a transcript: paragraphs become blocks, heading
 * styles (Heading 1-6, Kop 1-6, Title) become headings, a key/value table at the top becomes the
 * attributes, a table of speaker turns becomes turns, and footnotes, endnotes and comments are left
 * out with a note. Offsets and lines refer to `text`.
 */
export function docxToTranscript(document: DocxElement, file: string): DocxTranscript {
  const paragraphs: DocxParagraph[] = [];
  const notes = { footnote: 0, endnote: 0, comment: 0, firstLine: 0 };
  const lines: string[] = [];
  let length = 0;
  const collect = (element: DocxElement, table: DocxElement | null): void => {
    if (element.type === 'paragraph') {
      const offset = length;
      const builder = new MappedTextBuilder();
      let line = '';
      // How far the paragraph starts in bold: a label typed bold without a colon ends there.
      let boldEnd = 0;
      let leading = true;
      const inline = (node: DocxElement, bold: boolean): void => {
        if (node.type === 'text' && node.value) {
          // Word shows a line feed inside a run as a space; as a space it keeps one line per paragraph.
          const value = node.value.replace(/[\r\n]/g, ' ');
          builder.append(value, offset + line.length);
          line += value;
          if (leading && bold) boldEnd = line.trimEnd().length;
          else if (value.trim() !== '') leading = false;
        } else if (node.type === 'tab') {
          builder.append('\t', offset + line.length);
          line += '\t';
        } else if (node.type === 'break' && node.breakType === 'line') {
          builder.append('\n', offset + line.length);
          line += '\u2028';
        } else if (node.type === 'noteReference' || node.type === 'commentReference') {
          const kind = node.type === 'commentReference' ? 'comment' : node.noteType === 'endnote' ? 'endnote' : 'footnote';
          notes[kind]++;
          if (notes.firstLine === 0) notes.firstLine = lines.length + 1;
        } else {
          for (const child of node.children ?? []) inline(child, node.type === 'run' ? node.isBold === true : bold);
        }
      };
      for (const child of element.children ?? []) inline(child, false);
      lines.push(line);
      length += line.length + 1;
      paragraphs.push({
        ...builder.build(),
        element,
        line: lines.length,
        depth: headingDepth(element),
        table,
        boldEnd: leading ? 0 : boldEnd,
      });
      return;
    }
    for (const child of element.children ?? []) collect(child, element.type === 'table' ? element : table);
  };
  for (const child of document.children ?? []) collect(child, null);
  const text = lines.join('\n');
  const locator = createLocator(text);
  const diagnostics: Diagnostic[] = [];
  addLabelColons(paragraphs);
  const byElement = new Map(paragraphs.map((paragraph) => [paragraph.element, paragraph]));
  const { attributes, used } = readMetadataTable(paragraphs, byElement, file, diagnostics, locator);
  const blocks: TextBlock[] = [];
  const tables = new Set<DocxElement>();
  for (const paragraph of paragraphs) {
    if (paragraph.table !== null && used.has(paragraph.table)) continue;
    if (paragraph.table !== null && !tables.has(paragraph.table)) {
      tables.add(paragraph.table);
      const turns = readTranscriptTable(paragraph.table, byElement);
      if (turns) {
        blocks.push(...turns);
        used.add(paragraph.table);
        continue;
      }
    }
    if (paragraph.text.trim() === '') continue;
    blocks.push({ kind: paragraph.depth > 0 ? 'heading' : 'paragraph', depth: paragraph.depth, text: paragraph.text, map: paragraph.map });
  }
  const left = [
    notes.footnote && `${notes.footnote} footnote(s)`,
    notes.endnote && `${notes.endnote} endnote(s)`,
    notes.comment && `${notes.comment} comment(s)`,
  ].filter(Boolean);
  if (left.length > 0) {
    const offset =
      text
        .split('\n')
        .slice(0, notes.firstLine - 1)
        .join('\n').length + (notes.firstLine > 1 ? 1 : 0);
    diagnostics.push({
      file,
      place: locator.point(offset),
      severity: 'info',
      reason: `${left.join(', ')} left out of the coded text`,
      ruleId: 'docx-notes',
    });
  }
  return { text, parsed: { attributes, blocks, diagnostics } };
}

function headingDepth(paragraph: DocxElement): number {
  for (const style of [paragraph.styleName, paragraph.styleId]) {
    if (!style) continue;
    const heading = HEADING_STYLE.exec(style) ?? HEADING_STYLE.exec(style.replace(/(\D)(\d)$/, '$1 $2'));
    if (heading) return Number(heading[1]);
    if (TITLE_STYLE.test(style)) return 1;
  }
  return 0;
}
