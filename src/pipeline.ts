import path from 'node:path';
import type { Coding } from './code/apply.js';
import { codeText } from './code/apply.js';
import { compileMatcher, type CodeRef, type Matcher } from './code/matcher.js';
import { countWords } from './code/tokenize.js';
import type { Codebook } from './codebook/model.js';
import type { TranscriptFile, TranscriptFormat } from './ingest/list-files.js';
import { createMarkdownParser, type MarkdownParser } from './ingest/parse-markdown.js';
import { parseTranscript } from './ingest/parse.js';
import { readSourceText, type SourceText } from './ingest/read-file.js';
import type { Attributes } from './ingest/transcript.js';
import type { Diagnostic } from './model.js';
import { segmentTranscript } from './segment/segment.js';
import type { Segment, SegmentUnit } from './segment/segment-model.js';

/** Validated settings of a coding run. */
export interface CodingSettings {
  readonly unit: SegmentUnit;
  readonly includeInterviewer: boolean;
  /** Interviewer labels for documents whose front matter names none. */
  readonly interviewers: readonly string[];
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
 * A transcript read, parsed and segmented: plain serialisable data that depends only on the
 * file's bytes (`sha256`) and the segmentation settings, not on any codebook.
 */
export interface SegmentedTranscript {
  readonly id: string;
  readonly file: string;
  readonly format: TranscriptFormat;
  readonly sha256: string;
  readonly attributes: Attributes;
  readonly segments: readonly Segment[];
}

/**
 * Transcripts go through the stages a batch at a time: the next batch is read from disk while
 * this one is parsed, and each stage keeps its data in the processor's cache.
 */
const BATCH = 32;

/**
 * The pipeline, in one place: read -> parse -> segment -> code, a few documents at a time, so
 * that memory does not grow with the corpus.
 */
export function createCodingRun(codebooks: readonly Codebook[], settings: CodingSettings): CodingRun {
  const matcher = compileMatcher(codebooks);
  const markdown = createMarkdownParser();
  return {
    codes: matcher.codes,
    async *documents(files, events) {
      const defaultIds = assignDefaultIds(files);
      const usedIds = new Map<string, string>();
      const read = (first: number) => Promise.all(files.slice(first, first + BATCH).map(readSourceText));
      let reading = read(0);
      for (let first = 0; first < files.length; first += BATCH) {
        const sources = await reading;
        if (first + BATCH < files.length) reading = read(first + BATCH);
        const batch = sources.map((source, offset) => segmentFile(source, files[first + offset]!, defaultIds[first + offset]!, markdown, settings, events));
        for (const [offset, transcript] of batch.entries()) {
          const file = files[first + offset]!;
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
            yield codeTranscript(transcript, matcher, settings);
          }
          events.progress(first + offset + 1, files.length);
        }
      }
    },
  };
}

/** Parse and segment one file as read; problems are reported and give null. */
export function segmentFile(
  source: SourceText | Diagnostic,
  file: TranscriptFile,
  defaultId: string,
  markdown: MarkdownParser,
  settings: CodingSettings,
  events: PipelineEvents,
): SegmentedTranscript | null {
  if ('reason' in source) {
    events.diagnostic(source);
    return null;
  }
  const parsed = parseTranscript(source.text, file.format, file.display, markdown);
  if (parsed.diagnostics.length > 0) {
    for (const diagnostic of parsed.diagnostics) events.diagnostic(diagnostic);
    events.diagnostic({ file: file.display, severity: 'warning', reason: 'front matter could not be read; transcript skipped', ruleId: 'front-matter' });
    return null;
  }
  const idValue = parsed.attributes['id'];
  const id = typeof idValue === 'string' || typeof idValue === 'number' ? String(idValue).trim() || defaultId : defaultId;
  const segmented = segmentTranscript(parsed, source.text, file.display, {
    unit: settings.unit,
    documentId: id,
    interviewers: settings.interviewers,
  });
  for (const diagnostic of segmented.diagnostics) events.diagnostic(diagnostic);
  if (segmented.segments.length === 0) {
    events.diagnostic({ file: file.display, severity: 'warning', reason: 'transcript has no text to code; skipped', ruleId: 'empty-transcript' });
    return null;
  }
  const { id: _id, ...attributes } = parsed.attributes;
  return { id, file: file.display, format: file.format, sha256: source.sha256, attributes, segments: segmented.segments };
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

/** Default document ids: the file name without extension, or the path where names repeat. */
function assignDefaultIds(files: readonly TranscriptFile[]): string[] {
  const stems = files.map((file) => path.posix.basename(file.display).replace(/\.[^.]+$/, ''));
  const counts = new Map<string, number>();
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return files.map((file, index) => (counts.get(stems[index]!)! > 1 ? file.display.replace(/\.[^.]+$/, '') : stems[index]!));
}
