// Report blocks as Word paragraphs and tables, each with its named style.
import {
  AlignmentType,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { textWidth } from '../../charts/svg.js';
import type { Block, Inlines, ListItem } from '../../document/model.js';
import { renderPng } from '../png.js';
import { layoutColumns, measureColumns, splitColumns } from '../table-layout.js';
import { CELL_PADDING, STYLE, TABLE_FONT_SIZE, TEXT_WIDTH } from './styles.js';

/** The numbering definition bullets refer to. */
export const BULLETS = 'bullets';
/** Pixels per SVG unit in the chart images: sharp in print at the width of a page. */
const CHART_SCALE = 2;
/** Pixels (at 96 to the inch, as docx counts them) across the text of a portrait page. */
const TEXT_PIXELS = (TEXT_WIDTH.portrait / 1440) * 96;
// Calibri is narrower than the DejaVu Sans that textWidth measures (about two thirds: "interviews"
// in Calibri Bold is 4.4 em, in DejaVu Sans Bold 6.5 em); 0.75 still errs on the wide side.
const CALIBRI = 0.75;

/** What a block becomes in Word: content, and whether it needs a landscape page of its own. */
export interface WordContent {
  readonly children: (Paragraph | Table)[];
  readonly landscape: boolean;
}

/** Runs of text as Word runs: bold and code by character style, a note as a footnote reference. */
export function wordRuns(content: Inlines): ParagraphChild[] {
  return content.map((run) => {
    switch (run.kind) {
      case 'text':
        return new TextRun({ text: run.text });
      case 'strong':
        return new TextRun({ text: run.text, style: STYLE.strong });
      case 'code':
        return new TextRun({ text: run.text, style: STYLE.code });
      default:
        return new FootnoteReferenceRun(run.note);
    }
  });
}

/** One block as Word content; `chartIndex` numbers the drawings so their ids are the same every run. */
export function wordBlock(block: Block, chartIndex: () => number): WordContent {
  const portrait = (children: (Paragraph | Table)[]): WordContent => ({ children, landscape: false });
  switch (block.kind) {
    case 'heading': {
      const level =
        block.level === 2
          ? HeadingLevel.HEADING_1
          : block.level === 3
            ? HeadingLevel.HEADING_2
            : block.level === 4
              ? HeadingLevel.HEADING_3
              : HeadingLevel.TITLE;
      return portrait([new Paragraph({ heading: level, children: wordRuns(block.content) })]);
    }
    case 'paragraph':
      return portrait([
        new Paragraph({
          children: wordRuns(
            block.strong === true
              ? block.content.map((run) => (run.kind === 'text' ? { kind: 'strong', text: run.text } : run))
              : block.content,
          ),
        }),
      ]);
    case 'notice':
      return portrait([new Paragraph({ style: STYLE.notice, children: wordRuns(block.content) })]);
    case 'list':
      return portrait(listParagraphs(block.items, 0));
    case 'quote': {
      const attribution = [
        new TextRun({ text: '— ' }),
        ...wordRuns(block.attribution),
        ...(block.note === null ? [] : [new FootnoteReferenceRun(block.note)]),
      ];
      return portrait([
        new Paragraph({ style: STYLE.quote, children: wordRuns(block.content) }),
        new Paragraph({ style: STYLE.attribution, children: attribution }),
      ]);
    }
    case 'chart':
      return portrait([chartParagraph(block.chart.svg, block.chart.title, chartIndex())]);
    case 'table':
      return wordTable(block);
  }
}

function listParagraphs(items: readonly ListItem[], level: number): Paragraph[] {
  return items.flatMap((entry) => [
    new Paragraph({ style: STYLE.listParagraph, numbering: { reference: BULLETS, level }, children: wordRuns(entry.content) }),
    ...listParagraphs(entry.items, level + 1),
  ]);
}

function chartParagraph(svg: string, title: string, index: number): Paragraph {
  const { png, width, height } = renderPng(svg, CHART_SCALE);
  const shown = Math.min(TEXT_PIXELS, width / CHART_SCALE);
  const description = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
  return new Paragraph({
    style: STYLE.figure,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.round(shown), height: Math.round((height / width) * shown) },
        altText: { id: String(index), name: title, title, description: unescapeXml(description) },
      }),
    ],
  });
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '');
}

/** A table at widths that fit the page: portrait if it fits, else on a landscape page, else split by columns. */
function wordTable(block: Extract<Block, { kind: 'table' }>): WordContent {
  const measure = (text: string, bold: boolean) => textWidth(text, TABLE_FONT_SIZE, bold) * CALIBRI * 20;
  const needs = measureColumns(block.columns, block.rows, measure);
  const fits = layoutColumns(needs, TEXT_WIDTH.portrait, CELL_PADDING);
  if (fits !== null)
    return {
      children: [
        tablePart(
          block,
          needs.map((_, index) => index),
          fits,
        ),
      ],
      landscape: false,
    };
  const wide = layoutColumns(needs, TEXT_WIDTH.landscape, CELL_PADDING);
  if (wide !== null)
    return {
      children: [
        tablePart(
          block,
          needs.map((_, index) => index),
          wide,
        ),
      ],
      landscape: true,
    };
  const parts = splitColumns(needs, block.key, TEXT_WIDTH.portrait, CELL_PADDING);
  const children = parts.flatMap((part, index) => {
    const widths =
      layoutColumns(
        part.map((at) => needs[at]!),
        TEXT_WIDTH.portrait,
        CELL_PADDING,
      ) ?? part.map((at) => needs[at]!.min + CELL_PADDING);
    // An empty paragraph between the parts, or Word joins two tables into one.
    return index === 0
      ? [tablePart(block, part, widths)]
      : [new Paragraph({ style: STYLE.tableText, children: [] }), tablePart(block, part, widths)];
  });
  return { children, landscape: false };
}

function tablePart(block: Extract<Block, { kind: 'table' }>, columns: readonly number[], widths: readonly number[]): Table {
  const twips = widths.map((width) => Math.floor(width));
  const cell = (content: Inlines, at: number, index: number, heading: boolean) =>
    new TableCell({
      width: { size: twips[index]!, type: WidthType.DXA },
      children: [
        new Paragraph({
          style: heading ? STYLE.tableHeading : STYLE.tableText,
          alignment: block.columns[at]!.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: wordRuns(content),
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((at, index) => cell([{ kind: 'text', text: block.columns[at]!.header }], at, index, true)),
  });
  const rows = block.rows.map(
    (row) => new TableRow({ cantSplit: true, children: columns.map((at, index) => cell(row[at] ?? [], at, index, false)) }),
  );
  return new Table({
    style: STYLE.table,
    layout: TableLayoutType.FIXED,
    width: { size: twips.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: twips,
    rows: [header, ...rows],
  });
}
