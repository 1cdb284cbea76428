// The styles of the Word report. Every paragraph, run and table carries a named style, never direct
// formatting, so that a writer can restyle the whole report by applying the municipality's
// template: Word's own Title, Heading 1-3, Quote and List Paragraph, and ours: Notice, Quote
// Attribution, Figure, Table Text, Table Heading, Report Table, and the character styles Strong and Code.
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

/** A4 in twips (twentieths of a point), with margins of 2.5 cm. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
/** The width of the text on a portrait and a landscape page, in twips. */
export const TEXT_WIDTH = { portrait: PAGE.width - 2 * PAGE.margin, landscape: PAGE.height - 2 * PAGE.margin } as const;
/** Font size of table text, in points. */
export const TABLE_FONT_SIZE = 9;
/** Room around the text of a table cell, in twips: the cell margins and a little slack. */
export const CELL_PADDING = 2 * 85 + 60;

/** The style ids the report uses, by what they are for. */
export const STYLE = {
  notice: 'Notice',
  quote: 'Quote',
  attribution: 'QuoteAttribution',
  strong: 'Strong',
  code: 'CodeChar',
  figure: 'Figure',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  table: 'ReportTable',
  listParagraph: 'ListParagraph',
} as const;

const FONT = 'Calibri';
const INK = '1F1F1F';
const ACCENT = '1F4E79';

/**
 * The table style, as XML for word/styles.xml: docx has no option for table styles (and imported
 * styles would replace its default ones). Thin rules between rows, a bold header row on a light
 * fill, and the cell margins the layout counts on.
 */
export const TABLE_STYLE = `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="${TABLE_FONT_SIZE * 2}"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="${ACCENT}"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="${ACCENT}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="${ACCENT}"/></w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/></w:tcPr></w:tblStylePr></w:style>`;

/** The document's styles. */
export function reportStyles(): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size: size * 2, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, color: INK },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: 48, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(16, 360),
      heading2: heading(13, 240),
      heading3: heading(11, 200),
    },
    paragraphStyles: [
      {
        id: STYLE.notice,
        name: 'Notice',
        basedOn: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: {
          indent: { left: 284 },
          border: { left: { style: 'single', size: 18, color: ACCENT, space: 8 } },
          spacing: { before: 120, after: 240 },
        },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: STYLE.attribution,
        quickFormat: true,
        run: { italics: true },
        paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 120, after: 0 }, keepNext: true },
      },
      {
        id: STYLE.attribution,
        name: 'Quote Attribution',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 20, color: '404040' },
        paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 40, after: 200 } },
      },
      {
        id: STYLE.figure,
        name: 'Figure',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 } },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: TABLE_FONT_SIZE * 2 },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, alignment: AlignmentType.LEFT },
      },
    ],
    characterStyles: [
      { id: STYLE.strong, name: 'Strong', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true } },
      { id: STYLE.code, name: 'Code', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { font: 'Consolas', size: 18 } },
    ],
  };
}
