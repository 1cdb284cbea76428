import path from 'node:path';
import { readAttributesSheet } from '../ingest/attributes-sheet.js';
import type { AttributeSheet } from '../ingest/sheet-rows.js';
import type { CodingSettings } from '../model/settings.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { displayPath } from '../text/paths.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import type { ReportLanguage } from '../results/summary-md.js';
import { loadCodebooks } from '../pipeline/load-codebooks.js';
import { findInputInside } from './clash.js';
import { EXIT_OK, throwIfInterrupted, type Io } from './io.js';
import { CODE_OUTPUTS, writeFormattedOutputs, type CodeOutputs } from '../results/code-outputs.js';
import { codeCorpus, defaultJobs } from '../batch/code-corpus.js';
import { compileMatcher } from '../code/matcher.js';
import { cacheDirOption, jobsOption, type CacheOptions } from './cache-options.js';
import { outputOwner } from './known-outputs.js';
import { codingSettings, languageOption, listTranscripts, maxFileSizeOption, type CodingOptions } from './options.js';
import { nameList } from './output-check.js';
import { OutputFolder, resolveOut } from './output-dir.js';
import { createGateVerdicts } from './gate-verdicts.js';
import { createPrivacyResolver } from './privacy-settings.js';
import { createProgress } from './progress.js';
import { createSegmentGate } from './segment-gate.js';
import { createChalk, printDiagnostics } from './terminal.js';
import { readBuildIdentity, readToolVersion } from './version.js';

/** Options of `rodedraad code` as commander parses them. */
export interface CodeOptions extends CodingOptions, CacheOptions {
  readonly codebook: readonly string[];
  readonly out: string;
  readonly excel?: boolean;
  readonly lang?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
  readonly attributes?: string;
  /** No privacy gate: the coded segments are not scanned. */
  readonly allowPersonalData?: boolean;
}

/** The sheet of `--attributes`, read before any coding: a problem with it is a user error. */
async function readSheet(value: string, settings: CodingSettings, cwd: string): Promise<{ sheet: AttributeSheet; absolute: string }> {
  const absolute = path.resolve(cwd, value);
  const { sheet, diagnostics } = await readAttributesSheet(absolute, displayPath(absolute, cwd), settings.encoding);
  if (!sheet) throw new UserError(`--attributes ${value}: cannot be used`, diagnostics);
  return { sheet, absolute };
}

/** `rodedraad code <paths...>`: code transcripts and write the results into --out. */
export async function runCode(paths: readonly string[], options: CodeOptions, io: Io): Promise<number> {
  const settings = codingSettings(options);
  const jobs = jobsOption(options.jobs);
  const cacheDir = cacheDirOption(options, io);
  const chalk = createChalk(io.stderr, io.env, options.color !== false);
  const diagnostics: Diagnostic[] = [];
  const codebooks = await loadCodebooks(options.codebook, io.cwd, (diagnostic) => diagnostics.push(diagnostic));
  const language: ReportLanguage = languageOption(options.lang) ?? codebooks[0]!.language;
  const out = resolveOut(options.out, io.cwd);
  const shownOut = displayPath(out, io.cwd);

  const sheet = options.attributes === undefined ? null : await readSheet(options.attributes, settings, io.cwd);
  const listing = await listTranscripts(
    paths,
    io.cwd,
    [out, ...(sheet ? [sheet.absolute] : [])],
    paths.join(', '),
    maxFileSizeOption(options.maxFileSize),
  );
  diagnostics.push(...listing.diagnostics);
  // The output folder is replaced as a whole: an input anywhere in it would be lost.
  const clash = await findInputInside(out, listing.files);
  if (clash) throw new UserError(`${clash.display}: is an input and would be overwritten by the output; choose another --out`);

  const codes = compileMatcher(codebooks).codes;
  const folder = await OutputFolder.create(out, { shown: shownOut, cwd: io.cwd, keep: [], signal: io.signal });
  for (const note of folder.notes) io.stderr.write(`rodedraad: ${note}\n`);
  const progress = await createProgress(io.stderr, options.quiet !== true, 'coding');
  // The version and build the cache keys its entries by.
  const build = readBuildIdentity();
  // The privacy gate: the coded segments are scanned on another thread while coding goes on.
  const gate =
    options.allowPersonalData === true
      ? null
      : createSegmentGate(
          listing.files,
          await createPrivacyResolver(paths, io.cwd),
          cacheDir === null ? null : createGateVerdicts(cacheDir, build, out),
        );
  let written: CodeOutputs;
  let removed: readonly string[];
  try {
    const head = { toolVersion: readToolVersion(), inputs: paths, settings, codebooks };
    const pipelineDiagnostics: Diagnostic[] = [];
    const batch = {
      codebooks,
      settings,
      excel: options.excel === true,
      cacheDir,
      toolVersion: build,
      sheet: sheet?.sheet ?? null,
    };
    const documents = codeCorpus(listing.files, batch, jobs ?? defaultJobs(listing.files.length), {
      diagnostic: (diagnostic) => pipelineDiagnostics.push(diagnostic),
      progress: (done, total) => progress.update(done, total),
    });
    written = await writeFormattedOutputs(documents, codes, { excel: options.excel === true, head, language, diagnostics }, folder, {
      diagnostics: pipelineDiagnostics,
      // Documents of a batch arrive without I/O in between: give a signal its turn after each one.
      afterDocument: async (document) => {
        await gate?.add(document);
        await nextTurn();
        throwIfInterrupted(io.signal);
      },
    });
    progress.stop();
    ({ removed } = await folder.commit());
  } catch (error) {
    progress.stop();
    await gate?.close();
    await folder.discard();
    throw error;
  }
  // After the commit: the outputs are complete whatever the scan says.
  const gateDiagnostics = (await gate?.finish(`${shownOut}/codings.csv`)) ?? [];
  printDiagnostics([...written.diagnostics, ...gateDiagnostics], io.stderr, chalk, true);
  // What report and agree wrote described the old results.
  for (const [command, what] of [
    ['report', 'the report'],
    ['agree', 'the agreement'],
    ['suggest', 'the suggestions'],
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
    `${chalk.green('✔')} coded ${tally.documents} document${plural} (${tally.segments} segment${tally.segments === 1 ? '' : 's'}) into ${shownOut}/: ${CODE_OUTPUTS.join(', ')}\n`,
  );
  return EXIT_OK;
}
