import { segmentContexts } from '../code/contexts.js';
import path from 'node:path';
import { codeText } from '../code/apply.js';
import { compileMatcher, type Matcher } from '../code/matcher.js';
import { countWords } from '../text/tokenize.js';
import type { Codebook } from '../model/codebook.js';
import type { TranscriptFile } from '../model/transcript.js';
import { createSheetMerger } from '../ingest/merge-attributes.js';
import type { AttributeSheet } from '../ingest/sheet-rows.js';
import { prepareFiles } from './prepare-files.js';
import type { SegmentedTranscript } from '../model/segment.js';
import type { SegmentSettings } from '../model/settings.js';
import type { CodedDocument, CodedSegment, CodingRun, PipelineEvents } from '../model/coding.js';
import type { CodingSettings } from '../model/settings.js';

/** What a coding run adds to the transcripts besides the settings. */
export interface CodingRunOptions {
  /** Case attributes from a spreadsheet (`--attributes`), merged into each document's own. */
  readonly attributes?: AttributeSheet;
}

/**
 * The pipeline, in one place: read -> parse -> segment (prepareFiles) -> attributes of a sheet ->
 * code (here). Documents stream through in file order, so memory does not grow with the corpus.
 */
export function createCodingRun(codebooks: readonly Codebook[], settings: CodingSettings, options: CodingRunOptions = {}): CodingRun {
  const matcher = compileMatcher(codebooks);
  return {
    codes: matcher.codes,
    async *documents(files, events) {
      const sheet = options.attributes ? createSheetMerger(options.attributes) : null;
      for await (const transcript of segmentedTranscripts(files, settings, events)) {
        if (!sheet) {
          yield codeTranscript(transcript, matcher, settings);
          continue;
        }
        const merged = sheet.merge(transcript);
        for (const diagnostic of merged.diagnostics) events.diagnostic(diagnostic);
        yield codeTranscript({ ...transcript, attributes: merged.attributes }, matcher, settings);
      }
      for (const diagnostic of sheet?.finish() ?? []) events.diagnostic(diagnostic);
    },
  };
}

/**
 * Read, parse and segment transcripts in file order, without coding them: what several codings
 * of the same corpus (such as `diff`) share. Unusable files and repeated document ids are
 * reported and skipped.
 */
export async function* segmentedTranscripts(
  files: readonly TranscriptFile[],
  settings: SegmentSettings,
  events: PipelineEvents,
): AsyncGenerator<SegmentedTranscript> {
  const defaultIds = assignDefaultIds(files);
  const usedIds = new Map<string, string>();
  let done = 0;
  for await (const prepared of prepareFiles(files, defaultIds, settings)) {
    const file = files[done++]!;
    for (const diagnostic of prepared.diagnostics) events.diagnostic(diagnostic);
    const transcript = prepared.transcript;
    if (transcript && admitDocument(transcript.id, file.display, defaultIds[done - 1]!, usedIds, events)) yield transcript;
    events.progress(done, files.length);
  }
}

/**
 * Whether a document with this id is coded: not when an earlier document has the id (a warning
 * says so). A default id that needed the extension is a warning too. Records the id in `usedIds`.
 */
export function admitDocument(
  id: string,
  file: string,
  defaultId: string,
  usedIds: Map<string, string>,
  events: Pick<PipelineEvents, 'diagnostic'>,
): boolean {
  if (id === file && defaultId === file) {
    events.diagnostic({
      file,
      severity: 'warning',
      reason: `another transcript has the same name with another extension, so this one is named "${file}", extension included (set a unique id: in the front matter)`,
      ruleId: 'default-id',
    });
  }
  const other = usedIds.get(id);
  if (other !== undefined) {
    events.diagnostic({
      file,
      severity: 'warning',
      reason: `document id "${id}" is also used by ${other}; skipped (set a unique id: in the front matter)`,
      ruleId: 'duplicate-document',
    });
    return false;
  }
  usedIds.set(id, file);
  return true;
}

/**
 * Code the segments of a transcript (respondents; interviewers too when the settings say so). Each
 * segment is coded in its context: its section, and the last interviewer turn before it in that
 * section (the question it answers), for codes limited by `section:` or `question:`.
 */
export function codeTranscript(transcript: SegmentedTranscript, matcher: Matcher, settings: CodingSettings): CodedDocument {
  const contexts = segmentContexts(transcript.segments);
  const segments = transcript.segments.map((segment, index): CodedSegment => {
    const coded = segment.role === 'respondent' || (settings.includeInterviewer && segment.role === 'interviewer');
    const { codings, words } = coded ? codeText(matcher, segment.text, contexts[index]) : { codings: [], words: countWords(segment.text) };
    return { ...segment, coded, words, codings };
  });
  return { ...transcript, segments };
}

/**
 * Default document ids: the file name without extension, or the path without extension where
 * names repeat, or the whole path where only the extension tells files apart (`x.md`, `x.txt`).
 */
export function assignDefaultIds(files: readonly TranscriptFile[]): string[] {
  const withoutExtension = (name: string) => name.replace(/\.[^./]+$/, '');
  const count = (ids: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return (id: string) => counts.get(id)!;
  };
  const stems = files.map((file) => withoutExtension(path.posix.basename(file.display)));
  const stemCount = count(stems);
  const paths = files.map((file, index) => (stemCount(stems[index]!) > 1 ? withoutExtension(file.display) : stems[index]!));
  const pathCount = count(paths);
  return files.map((file, index) => (pathCount(paths[index]!) > 1 ? file.display : paths[index]!));
}
