import path from 'node:path';
import type { DocumentText } from '../export/from-result.js';
import { documentKey } from '../exchange/codings-table/table-documents.js';
import type { TextEncoding, TranscriptFile } from '../model/transcript.js';
import { decodeSource, readTranscriptBytes } from '../ingest/read-file.js';
import type { CodingResult, ResultDocument } from '../model/result.js';
import type { InputFile } from './clash.js';
import { sha256 } from '../text/sha256.js';

/** Why a document's transcript could not be used. */
export interface MissingText {
  readonly document: ResultDocument;
  readonly reason: string;
}

/** The texts found (by document id), the transcripts read, and the documents whose transcript is missing or changed. */
export interface FoundTexts {
  readonly texts: Map<string, DocumentText>;
  readonly read: InputFile[];
  readonly missing: MissingText[];
}

/**
 * Find the transcript each document of a result was coded from and read its text exactly as
 * rodedraad segmented it (a Word file's extracted text). A file counts only when its sha256 is the
 * one the result recorded. Looked for: among `given` (--transcripts) by document id or file name;
 * at the recorded path from the working folder; and from the folder above the result folder
 * (where `code` ran when its output went to the default rodedraad-out).
 */
export async function findDocumentTexts(
  result: CodingResult,
  resultFile: string,
  cwd: string,
  given: readonly TranscriptFile[],
): Promise<FoundTexts> {
  const byKey = new Map(given.map((file) => [documentKey(file.display), file]));
  const codeFolder = path.dirname(path.dirname(resultFile));
  const found: FoundTexts = { texts: new Map(), read: [], missing: [] };
  // Text files are decoded as `code` decoded them: result.json records --encoding when it was not UTF-8.
  const encoding = (result.settings as { readonly encoding?: TextEncoding }).encoding ?? 'utf-8';
  for (const document of result.documents) {
    const candidates = [byKey.get(documentKey(document.id)), byKey.get(documentKey(document.file))].filter((file) => file !== undefined);
    for (const base of [cwd, codeFolder]) {
      const absolute = path.resolve(base, document.file);
      if (!candidates.some((file) => file.absolute === absolute))
        candidates.push({ absolute, display: document.file, format: document.format });
    }
    const problems: { problem: string; absent: boolean }[] = [];
    let text: string | null = null;
    for (const file of candidates) {
      const attempt = await readCoded(file, document, encoding);
      if ('problem' in attempt) {
        problems.push(attempt);
        continue;
      }
      text = attempt.text;
      found.read.push({ absolute: file.absolute, display: file.display });
      break;
    }
    // The most useful reason: a file that is there but changed or unreadable, over one that is not there.
    const reason = problems.find((entry) => !entry.absent)?.problem ?? `${document.file} was not found`;
    if (text === null) found.missing.push({ document, reason });
    else found.texts.set(document.id, { text });
  }
  return found;
}

/** The text of a transcript when its bytes are those that were coded, else why not. */
async function readCoded(
  file: TranscriptFile,
  document: ResultDocument,
  encoding: TextEncoding,
): Promise<{ text: string } | { problem: string; absent: boolean }> {
  const bytes = await readTranscriptBytes(file);
  if (!Buffer.isBuffer(bytes)) return { problem: `${file.display}: ${bytes.reason}`, absent: /no such file/i.test(bytes.reason) };
  const hash = sha256(bytes);
  if (hash !== document.sha256) return { problem: `${file.display} changed since it was coded (its sha256 differs)`, absent: false };
  // Loaded for a Word file only: the converter brings the Markdown parser and mammoth, which an export of text files should not wait for.
  const decoded =
    document.format === 'docx'
      ? await (await import('../ingest/read-docx.js')).convertDocx(bytes, file.display)
      : decodeSource(file, bytes, encoding);
  return 'reason' in decoded ? { problem: `${file.display}: ${decoded.reason}`, absent: false } : { text: decoded.text };
}
