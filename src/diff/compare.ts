import type { Coding } from '../model/coding.js';
import { compileMatcher } from '../code/matcher.js';
import type { Codebook } from '../model/codebook.js';
import type { TranscriptFile } from '../model/transcript.js';
import { codeTranscript, segmentedTranscripts } from '../pipeline/pipeline.js';
import type { CodedSegment, PipelineEvents } from '../model/coding.js';
import type { CodingSettings } from '../model/settings.js';

/** A segment that gained or lost a code between two versions of a codebook. */
export interface SegmentChange {
  readonly document: string;
  readonly file: string;
  readonly segment: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly speaker: string | null;
  readonly code: string;
  readonly change: 'gained' | 'lost';
  /** Patterns that match now (gained) or matched before (lost). */
  readonly patterns: readonly string[];
  /** The words those patterns matched. */
  readonly evidence: readonly string[];
  readonly text: string;
}

/** Per code: segments coded before and after, and how many were gained and lost. */
export interface CodeChange {
  readonly code: string;
  readonly label: string;
  readonly before: number;
  readonly after: number;
  readonly gained: number;
  readonly lost: number;
}

/** What a codebook change does to the coding of a corpus. */
export interface CodebookDiff {
  readonly documents: number;
  readonly segments: number;
  readonly codes: readonly CodeChange[];
  readonly changes: readonly SegmentChange[];
}

/**
 * Segment the corpus once and code it with both versions. A segment gains a code that codes it
 * only with the new version and loses one that codes it only with the old (negated mentions
 * count as codings, as in codings.csv). Codes are listed in new-codebook order, then removed codes.
 */
export async function diffCodebooks(
  before: readonly Codebook[],
  after: readonly Codebook[],
  files: readonly TranscriptFile[],
  settings: CodingSettings,
  events: PipelineEvents,
): Promise<CodebookDiff> {
  const oldMatcher = compileMatcher(before);
  const newMatcher = compileMatcher(after);
  const labels = new Map<string, string>();
  for (const entry of [...oldMatcher.codes, ...newMatcher.codes].reverse()) labels.set(entry.code.id, entry.code.label);
  const order = [...new Set([...newMatcher.codes, ...oldMatcher.codes].map((entry) => entry.code.id))];
  const counts = new Map(order.map((code) => [code, { before: 0, after: 0, gained: 0, lost: 0 }]));
  const changes: SegmentChange[] = [];
  let documents = 0;
  let segments = 0;
  for await (const transcript of segmentedTranscripts(files, settings, events)) {
    documents += 1;
    const old = codeTranscript(transcript, oldMatcher, settings);
    const now = codeTranscript(transcript, newMatcher, settings);
    old.segments.forEach((segment, index) => {
      if (!segment.coded) return;
      segments += 1;
      const next = now.segments[index]!;
      const was = byCode(segment.codings);
      const is = byCode(next.codings);
      for (const code of order) {
        const count = counts.get(code)!;
        const oldCoding = was.get(code);
        const newCoding = is.get(code);
        if (oldCoding) count.before += 1;
        if (newCoding) count.after += 1;
        if (oldCoding && !newCoding) {
          count.lost += 1;
          changes.push(describe(old.id, old.file, segment, code, 'lost', oldCoding));
        } else if (newCoding && !oldCoding) {
          count.gained += 1;
          changes.push(describe(old.id, old.file, next, code, 'gained', newCoding));
        }
      }
    });
  }
  const codes = order.map((code) => ({ code, label: labels.get(code) ?? code, ...counts.get(code)! }));
  return { documents, segments, codes, changes: changes.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code)) };
}

function byCode(codings: readonly Coding[]): Map<string, Coding> {
  return new Map(codings.map((coding) => [coding.code.code.id, coding]));
}

function describe(
  document: string,
  file: string,
  segment: CodedSegment,
  code: string,
  change: SegmentChange['change'],
  coding: Coding,
): SegmentChange {
  return {
    document,
    file,
    segment: segment.index,
    lineStart: segment.start.line,
    lineEnd: segment.end.line,
    speaker: segment.speaker,
    code,
    change,
    patterns: [...new Set(coding.hits.map((hit) => hit.pattern))],
    evidence: [...new Set(coding.hits.map((hit) => segment.text.slice(hit.start, hit.end)))],
    text: segment.text,
  };
}
