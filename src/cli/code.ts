import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Tally } from '../aggregate/tally.js';
import { createCodingRun, type CodingRun, type CodingSettings } from '../pipeline.js';
import type { CorpusTally } from '../aggregate/tally.js';
import type { TranscriptFile } from '../ingest/list-files.js';
import { displayPath } from '../ingest/list-files.js';
import { UserError, type Diagnostic } from '../model.js';
import { CODINGS_COLUMNS, codingRows } from '../results/codings-csv.js';
import { csvDialect, formatCsvRows } from '../results/csv.js';
import { documentRows, summariseDocument, type DocumentSummary } from '../results/documents-csv.js';
import { matrixHeader, matrixRow } from '../results/matrix-csv.js';
import { resultJsonDocument, resultJsonHead, resultJsonTail, type ResultHead } from '../results/result-json.js';
import { formatSummary, type ReportLanguage } from '../results/summary-md.js';
import { loadCodebooks } from '../codebook/load-all.js';
import { findInputInside } from './clash.js';
import { EXIT_OK, throwIfInterrupted, type Io } from './io.js';
import { CODE_OUTPUTS, outputOwner } from './known-outputs.js';
import { codingSettings, languageOption, listTranscripts, maxFileSizeOption, type CodingOptions } from './options.js';
import { nameList } from './output-check.js';
import { OutputFolder, resolveOut } from './output-dir.js';
import { createProgress, type Progress } from './progress.js';
import { createChalk, printDiagnostics, sortDiagnostics } from './terminal.js';
import { readToolVersion } from './version.js';

/** Options of `rodedraad code` as commander parses them. */
export interface CodeOptions extends CodingOptions {
  readonly codebook: readonly string[];
  readonly out: string;
  readonly excel?: boolean;
  readonly lang?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
}

/** `rodedraad code <paths...>`: code transcripts and write the results into --out. */
export async function runCode(paths: readonly string[], options: CodeOptions, io: Io): Promise<number> {
  const settings = codingSettings(options);
  const chalk = createChalk(io.stderr, io.env, options.color !== false);
  const diagnostics: Diagnostic[] = [];
  const codebooks = await loadCodebooks(options.codebook, io.cwd, (diagnostic) => diagnostics.push(diagnostic));
  const language: ReportLanguage = languageOption(options.lang) ?? codebooks[0]!.language;
  const out = resolveOut(options.out, io.cwd);
  const shownOut = displayPath(out, io.cwd);

  const listing = await listTranscripts(paths, io.cwd, [out], paths.join(', '), maxFileSizeOption(options.maxFileSize));
  diagnostics.push(...listing.diagnostics);
  // The output folder is replaced as a whole: an input anywhere in it would be lost.
  const clash = await findInputInside(out, listing.files);
  if (clash) throw new UserError(`${clash.display}: is an input and would be overwritten by the output; choose another --out`);

  const run = createCodingRun(codebooks, settings);
  const folder = await OutputFolder.create(out, { shown: shownOut, cwd: io.cwd, keep: [], signal: io.signal });
  for (const note of folder.notes) io.stderr.write(`rodedraad: ${note}\n`);
  const progress = await createProgress(io.stderr, options.quiet !== true, 'coding');
  let written: { tally: CorpusTally; summary: string };
  let removed: readonly string[];
  try {
    written = await writeOutputs({
      run,
      files: listing.files,
      folder,
      diagnostics,
      progress,
      excel: options.excel === true,
      head: { toolVersion: readToolVersion(), inputs: paths, settings, codebooks },
      language,
      signal: io.signal,
    });
    ({ removed } = await folder.commit());
  } catch (error) {
    progress.stop();
    await folder.discard();
    throw error;
  }
  printDiagnostics(diagnostics, io.stderr, chalk, true);
  // What report and agree wrote described the old results.
  for (const [command, what] of [
    ['report', 'the report'],
    ['agree', 'the agreement'],
  ] as const) {
    const files = removed.filter((name) => outputOwner(name, true) === command);
    if (files.length > 0)
      io.stderr.write(
        `rodedraad: removed ${what} of an earlier run from ${shownOut}/ (${nameList(files)}): it described other results; run rodedraad ${command} again\n`,
      );
  }
  const { tally, summary } = written;
  if (options.quiet !== true) io.stdout.write(summary);
  const plural = tally.documents === 1 ? '' : 's';
  io.stderr.write(
    `${chalk.green('✔')} coded ${tally.documents} document${plural} (${tally.segments} segments) into ${shownOut}/: ${CODE_OUTPUTS.join(', ')}\n`,
  );
  return EXIT_OK;
}

interface WriteJob {
  readonly run: CodingRun;
  readonly files: readonly TranscriptFile[];
  readonly folder: OutputFolder;
  readonly diagnostics: Diagnostic[];
  readonly progress: Progress;
  readonly excel: boolean;
  readonly head: ResultHead;
  readonly language: ReportLanguage;
  readonly signal: AbortSignal | undefined;
}

/** Code document by document, streaming rows into the staged files; returns the totals and the summary. */
async function writeOutputs(job: WriteJob): Promise<{ tally: CorpusTally; summary: string }> {
  const { run, folder, diagnostics } = job;
  const dialect = csvDialect(job.excel);
  const bom = dialect.bom ? '\uFEFF' : '';
  const codings = await folder.file('codings.csv');
  const matrix = await folder.file('matrix.csv');
  const result = await folder.file('result.json');
  await codings.write(bom + formatCsvRows([[...CODINGS_COLUMNS]], dialect));
  await matrix.write(bom + formatCsvRows([matrixHeader(run.codes)], dialect));
  await result.write(resultJsonHead(job.head));
  const counter = new Tally(run.codes);
  const summaries: DocumentSummary[] = [];
  const events = {
    diagnostic: (diagnostic: Diagnostic) => diagnostics.push(diagnostic),
    progress: (done: number, total: number) => job.progress.update(done, total),
  };
  for await (const document of run.documents(job.files, events)) {
    // Documents of a batch arrive without I/O in between: give a signal its turn after each one.
    await nextTurn();
    throwIfInterrupted(job.signal);
    await codings.write(formatCsvRows(codingRows(document), dialect));
    await matrix.write(formatCsvRows([matrixRow(document, run.codes)], dialect));
    await result.write(resultJsonDocument(document, summaries.length === 0));
    counter.add(document);
    summaries.push(summariseDocument(document));
  }
  job.progress.stop();
  if (summaries.length === 0) {
    // Nothing usable: each problem becomes an error line of its own.
    throw new UserError(
      'no transcript could be coded',
      diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'error' as const })),
    );
  }
  const tally = counter.result();
  await result.write(resultJsonTail(tally, sortDiagnostics(diagnostics)));
  await folder.writeFile('documents.csv', bom + formatCsvRows(documentRows(summaries), dialect));
  const summary = formatSummary(tally, job.head.codebooks, job.head.settings, job.language);
  await folder.writeFile('summary.md', summary);
  return { tally, summary };
}
