import type { MappedText } from '../model/transcript.js';

/** An element of mammoth's document model (paragraph, run, text, table, ...): only what is read here. */
export interface DocxElement {
  readonly type: string;
  readonly children?: readonly DocxElement[];
  readonly value?: string;
  readonly styleId?: string | null;
  readonly styleName?: string | null;
  readonly breakType?: string;
  readonly noteType?: string;
  readonly isHeader?: boolean;
  readonly isBold?: boolean;
}

/** A paragraph of a Word document: its text mapped into the document's plain text, and where it stands. */
export interface DocxParagraph extends MappedText {
  readonly element: DocxElement;
  /** 1-based paragraph number: the line in the plain text. */
  readonly line: number;
  /** Heading depth 1-6; 0 for other paragraphs. */
  readonly depth: number;
  /** The innermost table the paragraph stands in, or null. */
  readonly table: DocxElement | null;
  /** Where the bold text that starts the paragraph ends, when other text follows it; else 0. */
  readonly boldEnd: number;
}

/** The paragraphs collected, by their element in mammoth's model. */
export type ParagraphIndex = ReadonlyMap<DocxElement, DocxParagraph>;

/** The text of a table cell: its paragraphs joined by a space, trimmed. */
export function cellText(cell: DocxElement, byElement: ParagraphIndex): string {
  return cellParagraphs(cell, byElement)
    .map((paragraph) => paragraph.text.trim())
    .filter((text) => text !== '')
    .join(' ');
}

/** The paragraphs of a table cell, as collected, in order. */
export function cellParagraphs(cell: DocxElement, byElement: ParagraphIndex): DocxParagraph[] {
  const found: DocxParagraph[] = [];
  const walk = (element: DocxElement): void => {
    const paragraph = element.type === 'paragraph' ? byElement.get(element) : undefined;
    if (paragraph) found.push(paragraph);
    else for (const child of element.children ?? []) walk(child);
  };
  walk(cell);
  return found;
}
