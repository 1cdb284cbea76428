import type { TranscriptFile } from '../model/transcript.js';
import { createMarkdownParser } from '../ingest/parse-markdown.js';
import { prepareFile, type PreparedFile } from './prepare.js';
import type { SegmentSettings } from '../model/settings.js';

/** Files read at once, ahead of the one being parsed. */
const BATCH = 32;

/**
 * Read, parse and segment files, yielding the results in file order. Reads of a batch run in
 * the thread pool while the main thread parses.
 */
export async function* prepareFiles(
  files: readonly TranscriptFile[],
  defaultIds: readonly string[],
  settings: SegmentSettings,
): AsyncGenerator<PreparedFile> {
  const markdown = createMarkdownParser();
  for (let first = 0; first < files.length; first += BATCH) {
    const batch = files
      .slice(first, first + BATCH)
      .map((file, offset) => prepareFile(file, defaultIds[first + offset]!, settings, markdown));
    for (const prepared of batch) yield await prepared;
  }
}
