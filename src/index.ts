/**
 * rodedraad's public API: what the CLI calls, for library users. Everything else is internal and
 * may change; test/api.test.ts pins this list.
 */

// The command line, run in-process.
export { run } from './cli/run.js';
export type { Io, OutputStream } from './cli/io.js';

// The data model.
export { UserError } from './model/diagnostic.js';
export type { Diagnostic, Severity } from './model/diagnostic.js';
export type { Point } from './model/position.js';
export type { Attributes, AttributeValue, TranscriptFile, TranscriptFormat } from './model/transcript.js';
export { DEFAULT_INTERVIEWERS, SEGMENT_UNITS } from './model/segment.js';
export type { Role, Segment, SegmentedTranscript, SegmentUnit } from './model/segment.js';
export type { CodingSettings, SegmentSettings } from './model/settings.js';
export type {
  Code,
  CodeExample,
  Codebook,
  CodebookSource,
  NegationMode,
  PatternEntry,
  PatternSource,
  Reach,
  Theme,
} from './model/codebook.js';
export type { Pattern } from './model/pattern.js';
export type { CodedDocument, CodedSegment, CodeRef, Coding, CodingContext, CodingRun, Hit, PipelineEvents } from './model/coding.js';
export type { CodingResult } from './model/result.js';

// Load codebooks.
export { loadCodebooks } from './pipeline/load-codebooks.js';
export { loadCodebook } from './codebook/load.js';
export { createCodebookValidator } from './codebook/schema.js';
export { listShippedCodebooks, readCodebookSource } from './ingest/codebook-files.js';

// Prepare transcripts and code them.
export { listTranscriptFiles } from './ingest/list-files.js';
export { prepareFile } from './pipeline/prepare.js';
export type { PreparedFile } from './pipeline/prepare.js';
export { codeTranscript, createCodingRun } from './pipeline/pipeline.js';
export { compileMatcher } from './code/matcher.js';
export type { Matcher } from './code/matcher.js';
export { codeText } from './code/apply.js';
export { explainText } from './code/explain.js';
export type { Explanation } from './code/explain.js';

// The outputs of `code`.
export { CODE_OUTPUTS, writeCodeOutputs } from './results/code-outputs.js';
export type { CodeOutputOptions, CodeOutputs, OutputSink } from './results/code-outputs.js';
export type { CodeTally, CorpusTally } from './aggregate/tally.js';

// The report.
export { readCodingResult } from './ingest/read-result.js';
export { buildReport } from './report/build-report.js';
export type { Report } from './report/build-report.js';
export type { ReportSettings } from './report/report-data.js';

// Check and diff codebooks.
export { checkCodebooks } from './check/check.js';
export type { CheckResult } from './check/check.js';
export { formatCheckResult } from './check/format.js';
export type { CheckFormat } from './check/format.js';
export { diffCodebooks } from './diff/compare.js';
export type { CodebookDiff, CodeChange, SegmentChange } from './diff/compare.js';
export { formatDiffJson, formatDiffMarkdown } from './diff/format.js';

// Agreement with human coding.
export { agree } from './agree/agree.js';
export type { AgreeOutcome, AgreeSettings, LoadedCoding } from './agree/agree.js';
export { formatAgreementCsv } from './agree/format-csv.js';
export { formatAgreementJson } from './agree/format-json.js';
export { formatAgreementMarkdown } from './agree/format-md.js';
export type { AgreementReport } from './agree/report-model.js';
export { cohenKappa } from './agree/stats/cohen-kappa.js';
export { krippendorffAlpha } from './agree/stats/krippendorff-alpha.js';
export { fleissKappa } from './agree/stats/fleiss-kappa.js';
export { readQdpx } from './exchange/refi-qda/read-qdpx.js';
export { readCodingsTable } from './exchange/codings-table/read-table.js';
export type { ExchangeCode, ExchangeProject, ExchangeSource, ExchangeSpan } from './exchange/coding-model.js';

// REFI-QDA exchange: a result as a project (.qdpx), codebooks as .qdc, a .qdc as a codebook skeleton.
export { projectFromResult } from './export/from-result.js';
export type { DocumentText, ExportSettings, ProjectHead } from './export/from-result.js';
export { packQdpx } from './export/write-qdpx.js';
export type { QdpxArchive } from './export/write-qdpx.js';
export type { QdpxProject } from './export/project-model.js';
export { writeQdc } from './export/write-qdc.js';
export { resultCodebookTree } from './export/codebook-tree.js';
export type { CodebookGuidance, TreeCodebook } from './export/codebook-tree.js';
export { importCodebook } from './import/import-codebook.js';
export type { ImportSettings } from './import/import-codebook.js';

// Suggestions: what recurs that the codebooks do not reach.
export { suggestCodes } from './suggest/suggest.js';
export { resultCodebooks, resultDocuments, suggestDocument } from './suggest/documents.js';
export { loadDutchWords } from './suggest/load-words.js';
export type { DutchWords } from './suggest/compounds.js';
export { formatSuggestionsMarkdown } from './suggest/format-md.js';
export { formatSuggestionsYaml } from './suggest/format-yaml.js';
export type { SuggestDocument, SuggestSegment, SuggestSettings } from './suggest/model.js';
export type { Candidate, SuggestReport } from './suggest/report-model.js';
export type { CodeStub } from './suggest/stubs.js';
export type { RankedTerm } from './suggest/rank-terms.js';
// The privacy scan: personal data left in transcripts, and pseudonymised copies.
export { prepareScan } from './pipeline/prepare-scan.js';
export type { ScanInput } from './pipeline/prepare-scan.js';
export type { LabelPlace } from './model/segment.js';
export { loadDutchLexicon } from './privacy/load-lexicon.js';
export type { DutchLexicon } from './privacy/word-lexicon.js';
export { DEFAULT_MIN_CONFIDENCE, FINDING_KINDS } from './privacy/finding.js';
export type { Finding, FindingKind } from './privacy/finding.js';
export { scanTranscript } from './privacy/scan-transcript.js';
export type { TranscriptScanOptions } from './privacy/scan-transcript.js';
export { createAllowList } from './privacy/allow-list.js';
export type { AllowList } from './privacy/allow-list.js';
export { maskFinding } from './privacy/mask.js';
export { redactText } from './privacy/redact.js';
export { pseudonymiseTranscript } from './privacy/pseudonymise-transcript.js';
export type { Pseudonymised } from './privacy/pseudonymise.js';
export { emptyPseudonymKey, parsePseudonymKey, serializePseudonymKey } from './privacy/pseudonym-key.js';
export type { PseudonymKey } from './privacy/pseudonym-key.js';
