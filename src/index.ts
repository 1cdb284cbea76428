/** rodedraad's public API: the same functions the CLI calls. */
export { run } from './cli/run.js';
export type { Io, OutputStream } from './cli/io.js';
export { UserError } from './model.js';
export type { Diagnostic, Point, Severity } from './model.js';

export { codeTranscript, createCodingRun } from './pipeline.js';
export type { CodedDocument, CodedSegment, CodingRun, CodingSettings, PipelineEvents } from './pipeline.js';
export { prepareFile } from './prepare.js';
export type { PreparedFile, SegmentedTranscript, SegmentSettings } from './prepare.js';
export { prepareFiles } from './prepare-files.js';

export { listTranscriptFiles } from './ingest/list-files.js';
export type { TranscriptFile, TranscriptFormat } from './ingest/list-files.js';
export { createMarkdownParser } from './ingest/parse-markdown.js';
export { parseTranscript } from './ingest/parse.js';
export type { Attributes, AttributeValue, ParsedTranscript, TextBlock } from './ingest/transcript.js';

export { segmentTranscript } from './segment/segment.js';
export { DEFAULT_INTERVIEWERS, SEGMENT_UNITS } from './segment/segment-model.js';
export type { Role, Segment, SegmentOptions, SegmentUnit } from './segment/segment-model.js';

export { loadCodebooks } from './codebook/load-all.js';
export { loadCodebook } from './codebook/load.js';
export { createCodebookValidator } from './codebook/schema.js';
export type { Code, CodeExample, Codebook, NegationMode, PatternSource, Theme } from './codebook/model.js';

export { compileMatcher } from './code/matcher.js';
export type { CodeRef, Matcher } from './code/matcher.js';
export { codeText } from './code/apply.js';
export type { Coding, Hit } from './code/apply.js';
export { parsePattern } from './code/pattern.js';
export type { Pattern, PatternError } from './code/pattern.js';

export { Tally } from './aggregate/tally.js';
export type { CodeTally, CorpusTally } from './aggregate/tally.js';

export { readCodingResult } from './ingest/read-result.js';
export type { CodingResult } from './results/result-model.js';
export { analyse } from './report/report-data.js';
export type { ReportData, ReportSettings } from './report/report-data.js';
export { buildReport } from './report/build-report.js';
export type { Report } from './report/build-report.js';
export { codePrevalence, themePrevalence } from './aggregate/prevalence.js';
export { cooccurrence } from './aggregate/cooccurrence.js';
export { buildCorpus } from './aggregate/corpus.js';
export { DEFAULT_SATURATION, findSaturation, interviewOrder, saturationSteps } from './aggregate/saturation.js';
export type { Saturation, SaturationParameters, SaturationStep } from './aggregate/saturation.js';
export { compareDates, parseDate } from './text/parse-date.js';
export type { CalendarDate, DateReading } from './text/parse-date.js';
export { compareNatural } from './text/natural-compare.js';

export { segmentedTranscripts } from './pipeline.js';
export { checkCodebooks } from './check/check.js';
export type { CheckResult } from './check/check.js';
export { diffCodebooks } from './diff/compare.js';
export type { CodebookDiff, CodeChange, SegmentChange } from './diff/compare.js';
export { formatDiffJson, formatDiffMarkdown } from './diff/format.js';
