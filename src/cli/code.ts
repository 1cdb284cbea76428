import { setImmediate as nextTurn } from 'node:timers/promises';
import { createCodingRun } from '../pipeline/pipeline.js';
import { displayPath } from '../text/paths.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import type { ReportLanguage } from '../results/summary-md.js';
import { loadCodebooks } from '../pipeline/load-codebooks.js';
import { findInputInside } from './clash.js';
import { EXIT_OK, throwIfInterrupted, type Io } from './io.js';
import { CODE_OUTPUTS, writeCodeOutputs, type CodeOutputs } from '../results/code-outputs.js';
import { outputOwner } from './known-outputs.js';
import { codingSettings, languageOption, listTranscripts, maxFileSizeOption, type CodingOptions } from './options.js';
import { nameList } from './output-check.js';
import { OutputFolder, resolveOut } from './output-dir.js';
import { createProgress } from './progress.js';
import { createPrivacyResolver } from './privacy-settings.js';
import { createSegmentGate } from './segment-gate.js';
import { createChalk, printDiagnostics } from './terminal.js';
import { readToolVersion } from './version.js';

/** Options of `rodedraad code` as commander parses them. */
export interface CodeOptions extends CodingOptions {
  readonly codebook: readonly string[];
  readonly out: string;
  readonly excel?: boolean;
  readonly lang?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
  /** No privacy gate: the coded segments are not scanned. */
  readonly allowPersonalData?: boolean;
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
  // The privacy gate: coded segments are scanned on another thread while coding goes on.
  const gate = options.allowPersonalData === true ? null : createSegmentGate(listing.files, await createPrivacyResolver(paths, io.cwd));
  let written: CodeOutputs;
  let removed: readonly string[];
  let gateDiagnostics: readonly Diagnostic[] = [];
  try {
    try {
      const head = { toolVersion: readToolVersion(), inputs: paths, settings, codebooks };
      written = await writeCodeOutputs(run, listing.files, { excel: options.excel === true, head, language, diagnostics }, folder, {
        progress: (done, total) => progress.update(done, total),
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
      await folder.discard();
      throw error;
    }
    // After the commit: the outputs are complete whatever the scan says.
    gateDiagnostics = (await gate?.finish(`${shownOut}/codings.csv`)) ?? [];
  } finally {
    await gate?.close();
  }
  printDiagnostics([...written.diagnostics, ...gateDiagnostics], io.stderr, chalk, true);
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
