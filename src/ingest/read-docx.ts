import type { Diagnostic } from '../model/diagnostic.js';
import { checkOfficeArchive } from './office-archive.js';
import { docxToTranscript, type DocxTranscript } from './docx-blocks.js';
import type { DocxElement } from './docx-model.js';
import { parseSubtitlesInText } from './parse.js';

/**
 * Convert a Word document (.docx) into a transcript with mammoth. The archive is checked first
 * (encrypted, not a zip, no word/document.xml, a zip bomb: a warning naming the file). mammoth reads
 * the document into its model, which is taken through `transformDocument` (mammoth is pinned: that
 * API may change between versions); the HTML that mammoth would write from it is not needed, so it
 * gets an empty document and images are never read.
 */
export async function convertDocx(bytes: Buffer, file: string): Promise<DocxTranscript | Diagnostic> {
  const problem = await checkOfficeArchive(bytes, file);
  if (problem) return problem;
  let document: DocxElement | undefined;
  try {
    // Loaded on the first .docx: mammoth takes about 0.2 s to load, which a run without Word files should not pay.
    const { default: mammoth } = await import('mammoth');
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        transformDocument: (element: DocxElement) => {
          document = element;
          return { ...element, children: [] };
        },
      },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { file, severity: 'warning', reason: `not a readable Word document (${reason}); skipped`, ruleId: 'unreadable-docx' };
  }
  if (!document)
    return { file, severity: 'warning', reason: 'not a readable Word document (no document body); skipped', ruleId: 'unreadable-docx' };
  const converted = docxToTranscript(document, file);
  // A Teams transcript downloaded as Word holds cue timing lines; the table's attributes still count.
  const subtitles = parseSubtitlesInText(converted.text, file);
  if (!subtitles) return converted;
  return { text: converted.text, parsed: { ...subtitles, attributes: { ...converted.parsed.attributes, ...subtitles.attributes } } };
}
