import { MappedTextBuilder } from '../text/source-map.js';
import type { DocxParagraph } from './docx-model.js';
import { SPEAKER_LABEL } from './speaker-name.js';

/**
 * Word transcripts often mark the speaker in bold without a colon (**Interviewer** Hoe gaat het?).
 * Where the same bold words start at least two paragraphs and have the shape of a speaker label, a
 * colon is added after them (it has no place in the document), so that segmentation reads them as
 * it reads `Interviewer:`. Bold words used once are emphasis, and stay text.
 */
export function addLabelColons(paragraphs: DocxParagraph[]): void {
  const counts = new Map<string, number>();
  const labelOf = (paragraph: DocxParagraph): string | null => {
    if (paragraph.boldEnd === 0 || paragraph.depth > 0 || /^[ \t]*:/.test(paragraph.text.slice(paragraph.boldEnd))) return null;
    const label = paragraph.text.slice(0, paragraph.boldEnd).trim();
    return label.includes(':') || !SPEAKER_LABEL.test(label) ? null : label;
  };
  for (const paragraph of paragraphs) {
    const label = labelOf(paragraph);
    if (label !== null) counts.set(label.toLowerCase(), (counts.get(label.toLowerCase()) ?? 0) + 1);
  }
  paragraphs.forEach((paragraph, index) => {
    const label = labelOf(paragraph);
    if (label === null || (counts.get(label.toLowerCase()) ?? 0) < 2) return;
    const builder = new MappedTextBuilder();
    const source = { text: paragraph.text, map: paragraph.map };
    builder.appendSlice(source, 0, paragraph.boldEnd);
    builder.appendUnmapped(':');
    builder.appendSlice(source, paragraph.boldEnd, paragraph.text.length);
    paragraphs[index] = { ...paragraph, ...builder.build() };
  });
}
