import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { TranscriptFile } from '../model/transcript.js';
import { createMarkdownParser } from '../ingest/parse-markdown.js';
import { readNamesFile } from '../ingest/privacy-files.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { DEFAULT_MIN_CONFIDENCE } from '../privacy/finding.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type Io, throwIfInterrupted } from './io.js';
import { listTranscripts, maxFileSizeOption } from './options.js';
import { resolveOut } from './output-dir.js';
import type { PrivacyScanner } from './privacy-scanner.js';
import { createPrivacyResolver } from './privacy-settings.js';
import { type ScanJob, scanFiles } from './scan-file.js';
import { pseudonymiseFiles } from './scan-pseudonymise.js';
import { checkCopiesFolder } from './scan-output.js';
import { formatScanGithub, formatScanJson, formatScanText, reportFindings, type ReportedFinding, type ScanSummary } from './scan-format.js';
import { createChalk, printDiagnostics } from './terminal.js';

/** Options of `rodedraad scan` as commander parses them. */
export interface ScanOptions {
  readonly format: string;
  readonly minConfidence: string;
  readonly names?: string;
  readonly pseudonymise?: boolean;
  readonly key?: string;
  readonly out?: string;
  readonly maxFileSize?: string;
  readonly color?: boolean;
}

/**
 * `rodedraad scan <paths...>`: list likely personal data in transcripts (exit 1 when any is found,
 * 2 when a transcript could not be scanned), or with --pseudonymise write pseudonymised copies. The
 * caller gives the scanner (started before this module loads) and closes it.
 */
export async function runScan(paths: readonly string[], options: ScanOptions, io: Io, scanner: PrivacyScanner): Promise<number> {
  if (!['text', 'json', 'github'].includes(options.format))
    throw new UserError(`--format must be text, json or github; found "${options.format}"`);
  const minConfidence = confidenceOption(options.minConfidence);
  if (options.pseudonymise !== true && (options.key !== undefined || options.out !== undefined)) {
    throw new UserError(
      `${options.key !== undefined ? '--key' : '-o'} is for --pseudonymise: rodedraad scan --pseudonymise --key key.json -o clean/ <paths>`,
    );
  }
  if (options.pseudonymise === true && options.out === undefined)
    throw new UserError(
      '--pseudonymise writes copies: name a new folder for them with -o (rodedraad scan --pseudonymise --key key.json -o clean/ <paths>)',
    );
  const out = options.out === undefined ? null : resolveOut(options.out, io.cwd);
  if (out !== null) await checkCopiesFolder(out, io.cwd);
  const names = options.names === undefined ? [] : await readNamesFile(path.resolve(io.cwd, options.names), options.names);
  const listing = await listTranscripts(paths, io.cwd, out === null ? [] : [out], paths.join(', '), maxFileSizeOption(options.maxFileSize));
  const job: ScanJob = {
    markdown: createMarkdownParser(),
    scanner,
    privacy: await createPrivacyResolver(paths, io.cwd, { allow: [], names }),
    minConfidence,
  };
  return scanListed(paths, listing, job, out, options, io);
}

async function scanListed(
  paths: readonly string[],
  listing: { files: TranscriptFile[]; diagnostics: Diagnostic[] },
  job: ScanJob,
  out: string | null,
  options: ScanOptions,
  io: Io,
): Promise<number> {
  const { minConfidence } = job;
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const chalk = createChalk(io.stderr, io.env, options.color !== false);
  if (out !== null) {
    const key = options.key === undefined ? null : path.resolve(io.cwd, options.key);
    const outcome = await pseudonymiseFiles(listing.files, { inputs: paths, out, key }, job, io);
    printDiagnostics([...diagnostics, ...outcome.diagnostics], io.stderr, chalk, false);
    writeSummary({ files: listing.files.map((file) => file.display), findings: outcome.findings, minConfidence }, options, io);
    for (const note of outcome.notes) io.stderr.write(`rodedraad: ${note}\n`);
    return EXIT_OK;
  }
  const findings: ReportedFinding[] = [];
  const scannedFiles: string[] = [];
  for await (const scanned of scanFiles(listing.files, job)) {
    if ('reason' in scanned) {
      diagnostics.push({ ...scanned, reason: `${scanned.reason.replace(/; skipped$/, '')}; not scanned` });
      continue;
    }
    await nextTurn();
    throwIfInterrupted(io.signal);
    scannedFiles.push(scanned.file.display);
    diagnostics.push(...scanned.diagnostics);
    findings.push(...reportFindings(scanned.file.display, scanned.text, scanned.findings));
  }
  printDiagnostics(diagnostics, io.stderr, chalk, false);
  writeSummary({ files: scannedFiles, findings, minConfidence }, options, io);
  const unreadable = listing.files.length - scannedFiles.length;
  if (unreadable > 0) {
    io.stderr.write(`rodedraad: ${unreadable} transcript${unreadable === 1 ? '' : 's'} could not be scanned (see above)\n`);
    return EXIT_USAGE;
  }
  return findings.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function writeSummary(summary: ScanSummary, options: ScanOptions, io: Io): void {
  if (options.format === 'json') io.stdout.write(formatScanJson(summary));
  else if (options.format === 'github') io.stdout.write(formatScanGithub(summary));
  else io.stdout.write(formatScanText(summary, createChalk(io.stdout, io.env, options.color !== false)));
}

/** --min-confidence: a number from 0 to 1. */
function confidenceOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MIN_CONFIDENCE;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1)
    throw new UserError(`--min-confidence must be a number from 0 to 1 (0.5); found "${value}"`);
  return number;
}
