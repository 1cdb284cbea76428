import path from 'node:path';
import type { Coding } from './code/apply.js';
import { codeText } from './code/apply.js';
import { compileMatcher, type CodeRef, type Matcher } from './code/matcher.js';
import { countWords } from './code/tokenize.js';
import type { Codebook } from './codebook/model.js';
import type { TranscriptFile, TranscriptFormat } from './ingest/list-files.js';
import type { Attributes } from './ingest/transcript.js';
import type { Diagnostic } from './model.js';
import { prepareFiles } from './prepare-files.js';
import type { SegmentedTranscript, SegmentSettings } from './prepare.js';
import type { Segment } from './segment/segment-model.js';

/** Validated settings of a coding run: everything that decides the results. */
export interface CodingSettings extends SegmentSettings {
  readonly includeInterviewer: boolean;
}

/** A segment with its codes. */
export interface CodedSegment extends Segment {
  /** Whether the segment was coded (respondents; interviewers with includeInterviewer). */
  readonly coded: boolean;
  /** Number of words (tokens). */
  readonly words: number;
  readonly codings: readonly Coding[];
}

/** A transcript, segmented and coded. */
export interface CodedDocument {
  readonly id: string;
  readonly file: string;
  readonly format: TranscriptFormat;
  readonly sha256: string;
  readonly attributes: Attributes;
  readonly segments: readonly CodedSegment[];
}

/** What the pipeline reports as it goes. */
export interface PipelineEvents {
  diagnostic(diagnostic: Diagnostic): void;
  /** Called after each file, coded or skipped. */
  progress(done: number, total: number): void;
}

/** A prepared coding run: codebooks compiled once, then documents coded one at a time. */
export interface CodingRun {
  /** Every code of every codebook, in order. */
  readonly codes: readonly CodeRef[];
  /** Code transcripts; transcripts that cannot be used are reported and skipped. */
  documents(files: readonly TranscriptFile[], events: PipelineEvents): AsyncGenerator<CodedDocument>;
}

/**
 * The pipeline, in one place: read -> parse -> segment (prepareFiles) -> code (here). Documents
 * stream through in file order, so memory does not grow with the corpus.
 */
export function createCodingRun(codebooks: readonly Codebook[], settings: CodingSettings): CodingRun {
  const matcher = compileMatcher(codebooks);
  return {
    codes: matcher.codes,
    async *documents(files, events) {
      for await (const transcript of segmentedTranscripts(files, settings, events)) yield codeTranscript(transcript, matcher, settings);
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
    if (transcript && transcript.id === file.display && defaultIds[done - 1] === file.display) {
      events.diagnostic({
        file: file.display,
        severity: 'warning',
        reason: `another transcript has the same name with another extension, so this one is named "${file.display}", extension included (set a unique id: in the front matter)`,
        ruleId: 'default-id',
      });
    }
    const other = transcript ? usedIds.get(transcript.id) : undefined;
    if (transcript && other !== undefined) {
      events.diagnostic({
        file: file.display,
        severity: 'warning',
        reason: `document id "${transcript.id}" is also used by ${other}; skipped (set a unique id: in the front matter)`,
        ruleId: 'duplicate-document',
      });
    } else if (transcript) {
      usedIds.set(transcript.id, file.display);
      yield transcript;
    }
    events.progress(done, files.length);
  }
}

/** Code the segments of a transcript (respondents; interviewers too when the settings say so). */
export function codeTranscript(transcript: SegmentedTranscript, matcher: Matcher, settings: CodingSettings): CodedDocument {
  const segments = transcript.segments.map((segment): CodedSegment => {
    const coded = segment.role === 'respondent' || (settings.includeInterviewer && segment.role === 'interviewer');
    const { codings, words } = coded ? codeText(matcher, segment.text) : { codings: [], words: countWords(segment.text) };
    return {
      index: segment.index,
      speaker: segment.speaker,
      role: segment.role,
      section: segment.section,
      time: segment.time,
      text: segment.text,
      map: segment.map,
      start: segment.start,
      end: segment.end,
      codePointStart: segment.codePointStart,
      codePointEnd: segment.codePointEnd,
      coded,
      words,
      codings,
    };
  });
  return { ...transcript, segments };
}

/**
 * Default document ids: the file name without extension, or the path without extension where
 * names repeat, or the whole path where only the extension tells files apart (`x.md`, `x.txt`).
 */
function assignDefaultIds(files: readonly TranscriptFile[]): string[] {
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
