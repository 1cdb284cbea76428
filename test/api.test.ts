import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The public API, pinned: a change to what the package exports is a decision, made here on
 * purpose (and in the README's "As a library"), never a side effect of moving code.
 */
const VALUES = [
  'CODE_OUTPUTS',
  'DEFAULT_INTERVIEWERS',
  'SEGMENT_UNITS',
  'UserError',
  'agree',
  'buildReport',
  'checkCodebooks',
  'codeText',
  'codeTranscript',
  'cohenKappa',
  'compileMatcher',
  'createCodebookValidator',
  'createCodingRun',
  'diffCodebooks',
  'explainText',
  'fleissKappa',
  'formatAgreementCsv',
  'formatAgreementJson',
  'formatAgreementMarkdown',
  'formatCheckResult',
  'formatDiffJson',
  'formatDiffMarkdown',
  'importCodebook',
  'krippendorffAlpha',
  'listShippedCodebooks',
  'listTranscriptFiles',
  'loadCodebook',
  'loadCodebooks',
  'packQdpx',
  'prepareFile',
  'projectFromResult',
  'readCodebookSource',
  'readCodingResult',
  'readCodingsTable',
  'readQdpx',
  'resultCodebookTree',
  'run',
  'writeCodeOutputs',
  'writeQdc',
  // suggest
  'formatSuggestionsMarkdown',
  'formatSuggestionsYaml',
  'loadDutchWords',
  'resultCodebooks',
  'resultDocuments',
  'suggestCodes',
  'suggestDocument',
  // The privacy scan.
  'DEFAULT_MIN_CONFIDENCE',
  'FINDING_KINDS',
  'createAllowList',
  'emptyPseudonymKey',
  'loadDutchLexicon',
  'maskFinding',
  'parsePseudonymKey',
  'prepareScan',
  'pseudonymiseTranscript',
  'redactText',
  'scanTranscript',
  'serializePseudonymKey',
];
const TYPES = [
  'AgreeOutcome',
  'AgreeSettings',
  'AgreementReport',
  'AttributeValue',
  'Attributes',
  'CheckFormat',
  'CheckResult',
  'Code',
  'CodeChange',
  'CodeExample',
  'CodeOutputOptions',
  'CodeOutputs',
  'CodeRef',
  'CodeTally',
  'Codebook',
  'CodebookDiff',
  'CodebookGuidance',
  'CodebookSource',
  'CodedDocument',
  'CodedSegment',
  'Coding',
  'CodingContext',
  'CodingResult',
  'CodingRun',
  'CodingSettings',
  'CorpusTally',
  'Diagnostic',
  'DocumentText',
  'ExchangeCode',
  'ExchangeProject',
  'ExchangeSource',
  'ExchangeSpan',
  'Explanation',
  'ExportSettings',
  'Hit',
  'ImportSettings',
  'Io',
  'LoadedCoding',
  'Matcher',
  'NegationMode',
  'OutputSink',
  'OutputStream',
  'Pattern',
  'PatternEntry',
  'PatternSource',
  'PipelineEvents',
  'Point',
  'PreparedFile',
  'Reach',
  'ProjectHead',
  'QdpxArchive',
  'QdpxProject',
  'Report',
  'ReportSettings',
  'Role',
  'Segment',
  'SegmentChange',
  'SegmentSettings',
  'SegmentUnit',
  'SegmentedTranscript',
  'Severity',
  'Theme',
  'TranscriptFile',
  'TranscriptFormat',
  // suggest
  'Candidate',
  'CodeStub',
  'DutchWords',
  'RankedTerm',
  'SuggestDocument',
  'SuggestReport',
  'SuggestSegment',
  'SuggestSettings',
  'TreeCodebook',
  // The privacy scan.
  'AllowList',
  'DutchLexicon',
  'Finding',
  'FindingKind',
  'LabelPlace',
  'PseudonymKey',
  'Pseudonymised',
  'ScanInput',
  'TranscriptScanOptions',
];

describe('the public API (src/index.ts)', () => {
  it('exports exactly these values', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual([...VALUES].sort());
  });

  it('exports exactly these types', () => {
    const source = readFileSync(path.join(import.meta.dirname, '../src/index.ts'), 'utf8');
    const types = [...source.matchAll(/^export type \{([^}]*)\}/gm)].flatMap((match) =>
      match[1]!
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    );
    expect(types.sort()).toEqual([...TYPES].sort());
  });

  it('is what the package entry point (dist/index.js) exports after a build', async () => {
    const built = await import(path.join(import.meta.dirname, '../dist/index.js'));
    expect(Object.keys(built).sort()).toEqual([...VALUES].sort());
  });
});
