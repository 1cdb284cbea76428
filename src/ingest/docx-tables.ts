import { MappedTextBuilder } from '../text/source-map.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Locator } from '../text/locate.js';
import { SPEAKER_LABEL } from './speaker-name.js';
import { cellParagraphs, cellText, type DocxElement, type DocxParagraph, type ParagraphIndex } from './docx-model.js';
import type { Attributes, TextBlock } from '../model/transcript.js';

const TIME = /\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?/;

/**
 * Read a table that holds the transcript, one turn per row, as transcription bureaus deliver it:
 * `speaker | text` or `time | speaker | text`. It is one when it has at least three rows of the
 * same shape, every speaker cell is a short label and some speaker has more than one row. Each row
 * becomes a paragraph `[time] speaker: text` whose time and colon have no place in the document.
 * Null when the table is something else; its cells are then read as paragraphs.
 */
export function readTranscriptTable(table: DocxElement, byElement: ParagraphIndex): TextBlock[] | null {
  const rows = (table.children ?? [])
    .filter((row) => row.type === 'tableRow' && !row.isHeader)
    .map((row) => (row.children ?? []).filter((cell) => cell.type === 'tableCell'));
  const width = rows[0]?.length ?? 0;
  if (rows.length < 3 || (width !== 2 && width !== 3) || rows.some((cells) => cells.length !== width)) return null;
  const speakerColumn = width - 2;
  const speakers = rows.map((cells) => cellText(cells[speakerColumn]!, byElement));
  // A first row of column names ("Spreker | Tekst") is not a turn.
  const body = /^(spreker|speaker|naam|name|wie|who)$/i.test(speakers[0]!) ? rows.slice(1) : rows;
  const names = body.map((cells) => cellText(cells[speakerColumn]!, byElement));
  if (names.some((name) => !SPEAKER_LABEL.test(name)) || new Set(names.map((name) => name.toLowerCase())).size === names.length)
    return null;
  if (width === 3 && body.some((cells) => !TIME.test(cellText(cells[0]!, byElement)))) return null;
  const blocks: TextBlock[] = [];
  for (const cells of body) {
    const builder = new MappedTextBuilder();
    const time = width === 3 ? TIME.exec(cellText(cells[0]!, byElement))?.[0] : undefined;
    if (time) builder.appendUnmapped(`[${time}] `);
    const speaker = cellParagraphs(cells[speakerColumn]!, byElement).find((paragraph) => paragraph.text.trim() !== '')!;
    const start = speaker.text.length - speaker.text.trimStart().length;
    builder.appendSlice(speaker, start, speaker.text.trimEnd().length);
    builder.appendUnmapped(': ');
    cellParagraphs(cells[width - 1]!, byElement).forEach((paragraph, index) => {
      if (index > 0) builder.appendUnmapped('\n');
      builder.appendSlice(paragraph, 0, paragraph.text.length);
    });
    blocks.push({ kind: 'paragraph', depth: 0, ...builder.build() });
  }
  return blocks;
}

/**
 * The attributes of a metadata table: the first table, when it stands at the top (before it only
 * headings and at most three short lines without a colon, such as a title typed in bold) and every
 * row is a key (at most 60 characters) and a value. Keys are read in lower case without a closing
 * colon (`Gemeente:` is `gemeente`); values are text.
 */
export function readMetadataTable(
  paragraphs: readonly DocxParagraph[],
  byElement: ParagraphIndex,
  file: string,
  diagnostics: Diagnostic[],
  locator: Locator,
): { attributes: Attributes; used: Set<DocxElement> } {
  const used = new Set<DocxElement>();
  const first = paragraphs.find((paragraph) => paragraph.table !== null);
  const table = first?.table;
  if (!first || !table) return { attributes: {}, used };
  const above = paragraphs.slice(0, paragraphs.indexOf(first)).filter((paragraph) => paragraph.depth === 0 && paragraph.text.trim() !== '');
  // A line with "word: " may be a turn ("R07: Dit waren de instanties:"); a title has none.
  if (above.length > 3 || above.some((paragraph) => paragraph.text.length > 100 || /:\s/.test(paragraph.text)))
    return { attributes: {}, used };
  const rows = (table.children ?? []).filter((row) => row.type === 'tableRow' && !row.isHeader);
  const pairs: [string, string][] = [];
  for (const row of rows) {
    const cells = (row.children ?? []).filter((cell) => cell.type === 'tableCell');
    if (cells.length !== 2) return { attributes: {}, used };
    const [key, value] = cells.map((cell) => cellText(cell, byElement)) as [string, string];
    const name = key.replace(/:\s*$/, '').trim().toLowerCase();
    if (name === '' || name.length > 60) return { attributes: {}, used };
    pairs.push([name, value]);
  }
  if (pairs.length === 0) return { attributes: {}, used };
  used.add(table);
  const attributes: Record<string, string> = {};
  for (const [key, value] of pairs) attributes[key] = value;
  const offset = locator.point(first.map[0]?.[1] ?? 0);
  diagnostics.push({
    file,
    place: offset,
    severity: 'info',
    reason: `the table at the top is read as attributes, not coded: ${pairs.map(([key]) => key).join(', ')}`,
    ruleId: 'docx-metadata-table',
  });
  return { attributes, used };
}
