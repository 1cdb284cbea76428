import { Tally, type CorpusTally } from '../aggregate/tally.js';
import type { CodingRun, PipelineEvents } from '../model/coding.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import type { TranscriptFile } from '../model/transcript.js';
import { sortDiagnostics } from '../text/diagnostics.js';
import type { CodeRef } from '../model/coding.js';
import { CODINGS_COLUMNS } from './codings-csv.js';
import { csvDialect, formatCsvRows } from './csv.js';
import { formatDocument, type FormattedDocument } from './document-outputs.js';
import { documentRows, type DocumentSummary } from './documents-csv.js';
import { matrixHeader } from './matrix-csv.js';
import { resultJsonHead, resultJsonTail, type ResultHead } from './result-json.js';
import { formatSummary, type ReportLanguage } from './summary-md.js';

/** The files `code` writes, in the order they are listed. */
export const CODE_OUTPUTS = ['codings.csv', 'documents.csv', 'matrix.csv', 'result.json', 'summary.md'] as const;

/** Where the outputs go: a file is opened once and written in pieces (a staging folder, memory, a zip). */
export interface OutputSink {
  file(name: string): Promise<{ write(text: string): Promise<void> }>;
}

/** How the outputs of `code` are written. */
export interface CodeOutputOptions {
  /** CSV for Dutch Excel: semicolons and a byte-order mark. */
  readonly excel: boolean;
  /** What result.json says about the run. */
  readonly head: ResultHead;
  /** Language of summary.md. */
  readonly language: ReportLanguage;
  /** Problems found before coding (codebooks, listing the files), recorded in result.json with the rest. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** What writing the outputs found: the totals, the summary, and every problem (the earlier ones too). */
export interface CodeOutputs {
  readonly tally: CorpusTally;
  readonly summary: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Code transcripts and write the outputs of `code` (CODE_OUTPUTS) into `sink`, document by
 * document, so that memory does not grow with the corpus. `events.afterDocument` runs after each
 * document is coded (the CLI yields to signals and scans the coded segments there). A corpus of which nothing could be coded is a user
 * error that lists each problem as an error.
 */
export async function writeCodeOutputs(
  run: CodingRun,
  files: readonly TranscriptFile[],
  options: CodeOutputOptions,
  sink: OutputSink,
  events: Partial<PipelineEvents> & { readonly afterDocument?: (document: FormattedDocument) => Promise<void> } = {},
): Promise<CodeOutputs> {
  const dialect = csvDialect(options.excel);
  const diagnostics: Diagnostic[] = [];
  const pipelineEvents: PipelineEvents = {
    diagnostic: (diagnostic) => {
      diagnostics.push(diagnostic);
      events.diagnostic?.(diagnostic);
    },
    progress: (done, total) => events.progress?.(done, total),
  };
  async function* formatted(): AsyncGenerator<FormattedDocument> {
    for await (const document of run.documents(files, pipelineEvents)) yield formatDocument(document, run.codes, dialect);
  }
  return writeFormattedOutputs(formatted(), run.codes, options, sink, { ...events, diagnostics });
}

/**
 * Write the outputs of `code` from documents formatted one at a time (here or on worker
 * threads), in the order they come. `events.diagnostics` collects the run's problems as they are
 * found (the pipeline's); they are recorded in result.json after the ones of `options`.
 */
export async function writeFormattedOutputs(
  documents: AsyncIterable<FormattedDocument>,
  codes: readonly CodeRef[],
  options: CodeOutputOptions,
  sink: OutputSink,
  events: { readonly afterDocument?: (document: FormattedDocument) => Promise<void>; readonly diagnostics: readonly Diagnostic[] },
): Promise<CodeOutputs> {
  const dialect = csvDialect(options.excel);
  const bom = dialect.bom ? '\uFEFF' : '';
  const codings = await sink.file('codings.csv');
  const matrix = await sink.file('matrix.csv');
  const result = await sink.file('result.json');
  await codings.write(bom + formatCsvRows([[...CODINGS_COLUMNS]], dialect));
  await matrix.write(bom + formatCsvRows([matrixHeader(codes)], dialect));
  await result.write(resultJsonHead(options.head));
  const counter = new Tally(codes);
  const summaries: DocumentSummary[] = [];
  for await (const document of documents) {
    await events.afterDocument?.(document);
    await codings.write(document.codings);
    await matrix.write(document.matrix);
    await result.write(summaries.length === 0 ? document.result : `,${document.result}`);
    counter.addCounts(document.counts);
    summaries.push(document.summary);
  }
  const diagnostics = [...(options.diagnostics ?? []), ...events.diagnostics];
  if (summaries.length === 0) {
    // Nothing usable: each problem becomes an error line of its own.
    throw new UserError(
      'no transcript could be coded',
      diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'error' as const })),
    );
  }
  const tally = counter.result();
  await result.write(resultJsonTail(tally, sortDiagnostics(diagnostics)));
  await (await sink.file('documents.csv')).write(bom + formatCsvRows(documentRows(summaries), dialect));
  const summary = formatSummary(tally, options.head.codebooks, options.head.settings, options.language);
  await (await sink.file('summary.md')).write(summary);
  return { tally, summary, diagnostics };
}
