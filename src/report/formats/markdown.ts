// The report as Markdown (CommonMark with GFM tables and pandoc's footnotes): readable as text,
// on GitHub, and through pandoc into Word, which sizes table columns by the dashes of the
// separator row and keeps the appendix because it is a heading, not a <details> element.
import { markdownText } from '../../text/markdown.js';
import type { Block, Inline, ListItem, Note, ReportDocument } from '../document/model.js';
import { markdownInlines } from './markdown-inline.js';
import { layoutColumns, measureColumns } from './table-layout.js';

/** Characters across a page of text, as the widths of the separator row count them. */
const PAGE_CHARACTERS = 90;
/** Room around the content of a cell, in characters. */
const CELL_PADDING = 2;

/** report.md: the document with references to the chart files beside it. */
export function renderMarkdown(document: ReportDocument): string {
  const notes = new Map(document.notes.map((note) => [note.number, note]));
  const lines = [`# ${markdownText(document.title)}`, '', ...markdownBlocks([...document.body, ...document.appendix], notes)];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Blocks as Markdown lines, each block followed by a blank line; a quote is followed by the definition of its note. */
export function markdownBlocks(blocks: readonly Block[], notes: ReadonlyMap<number, Note> = new Map()): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push(`${'#'.repeat(block.level)} ${markdownInlines(block.content)}`);
        break;
      case 'paragraph':
        lines.push(markdownInlines(block.strong === true ? block.content.map(emphasise) : block.content));
        break;
      case 'notice':
        lines.push(`> ${markdownInlines(block.content)}`);
        break;
      case 'list':
        lines.push(...listLines(block.items, ''));
        break;
      case 'table':
        lines.push(...tableLines(block));
        break;
      case 'chart':
        lines.push(`![${markdownText(block.chart.title)}](${block.chart.name})`);
        break;
      case 'quote': {
        const mark = block.note === null ? '' : `[^${block.note}]`;
        lines.push(`> ${markdownInlines(block.content)}`, `> — ${markdownInlines(block.attribution)}${mark}`);
        const note = block.note === null ? undefined : notes.get(block.note);
        if (note !== undefined) lines.push('', `[^${block.note}]: ${markdownInlines(note.content)}`);
        break;
      }
    }
    lines.push('');
  }
  return lines;
}

/** A plain run made bold. */
function emphasise(run: Inline): Inline {
  return run.kind === 'text' ? { kind: 'strong', text: run.text } : run;
}

function listLines(items: readonly ListItem[], indent: string): string[] {
  return items.flatMap((entry) => [`${indent}- ${markdownInlines(entry.content)}`, ...listLines(entry.items, `${indent}  `)]);
}

/** A pipe table whose separator row has as many dashes as the column should get of the page. */
function tableLines(block: Extract<Block, { kind: 'table' }>): string[] {
  const needs = measureColumns(block.columns, block.rows, (text) => [...text].length);
  const widths = layoutColumns(needs, PAGE_CHARACTERS, CELL_PADDING) ?? needs.map((need) => need.min + CELL_PADDING);
  const rule = block.columns.map((column, index) => {
    const dashes = '-'.repeat(Math.max(3, Math.round(widths[index]!)));
    return column.align === 'right' ? `${dashes.slice(1)}:` : dashes;
  });
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(block.columns.map((column) => markdownText(column.header))),
    `|${rule.join('|')}|`,
    ...block.rows.map((row) => line(block.columns.map((_, index) => markdownInlines(row[index] ?? [])))),
  ];
}
