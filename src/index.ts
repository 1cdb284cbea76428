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

export { agree } from './agree/agree.js';
export type { AgreeOutcome, AgreeSettings, LoadedCoding } from './agree/agree.js';
export { resultToProject } from './agree/result-project.js';
export { unitsOfResult, unitsOfTranscript } from './agree/units.js';
export type { UnitDocument, UnitSegment } from './agree/units.js';
export { mapSpansToSegments, DEFAULT_MINIMUM_OVERLAP } from './agree/map-spans.js';
export type { MinimumOverlap } from './agree/map-spans.js';
export { matchCodes } from './agree/match-codes.js';
export type { CodeGroup, CodeMapEntry } from './agree/match-codes.js';
export { formatAgreementCsv } from './agree/format-csv.js';
export { formatAgreementJson } from './agree/format-json.js';
export { formatAgreementMarkdown } from './agree/format-md.js';
export type { AgreementReport } from './agree/report-model.js';
export { agreementOfTable, codeAgreement, overallAgreement } from './agree/stats/code-agreement.js';
export { countBinary, f1, precision, recall, binaryKappa, percentAgreement } from './agree/stats/binary-table.js';
export type { BinaryTable } from './agree/stats/binary-table.js';
export { cohenKappa, contingencyTable } from './agree/stats/cohen-kappa.js';
export { krippendorffAlpha } from './agree/stats/krippendorff-alpha.js';
export { fleissKappa, countRatings } from './agree/stats/fleiss-kappa.js';
export { logLikelihood } from './agree/keyness.js';
export { readQdpx } from './exchange/refi-qda/read-qdpx.js';
export { readProjectXml } from './exchange/refi-qda/read-project.js';
export { readCodebookXml } from './exchange/refi-qda/read-codebook.js';
export { readCodingsTable } from './exchange/codings-table/read-table.js';
export type { ExchangeCode, ExchangeProject, ExchangeSource, ExchangeSpan } from './exchange/coding-model.js';
export { findStemCollisions } from './check/stem-collision.js';

export {
  DEFAULT_MIN_CONFIDENCE,
  FINDING_KINDS,
  loadDutchLexicon,
  maskFinding,
  normaliseValue,
  parsePseudonymKey,
  protectedRanges,
  pseudonymiseText,
  scanText,
  serializePseudonymKey,
  emptyPseudonymKey,
} from './privacy/index.js';
export type {
  DutchLexicon,
  Finding,
  FindingKind,
  PseudonymKey,
  Pseudonymised,
  Replacement,
  ScanOptions,
  TextRange,
} from './privacy/index.js';
export { scanTranscript } from './privacy/scan-transcript.js';
export type { LabelRange, TranscriptScanOptions } from './privacy/scan-transcript.js';
export { pseudonymiseTranscript } from './privacy/pseudonymise-transcript.js';
export { redactText } from './privacy/redact.js';
export { createAllowList, readPrivacySettings } from './privacy/allow-list.js';
export type { AllowList, PrivacySettings } from './privacy/allow-list.js';
export type { LabelPlace } from './segment/segment-model.js';
