import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_CODEBOOK } from '../ingest/codebook-files.js';
import { InterruptedError, UserError } from '../model/diagnostic.js';
import { DEFAULT_INTERVIEWERS, SEGMENT_UNITS } from '../model/segment.js';
import { REPORT_DEFAULTS } from './report-defaults.js';
import { addExchangeCommands } from './exchange-commands.js';
import { addSuggestCommand } from './suggest-command.js';
import { EXIT_OK, EXIT_USAGE, STOP_SIGNALS, type Io } from './io.js';
import { createChalk, printDiagnostics } from './terminal.js';
import { addScanCommand } from './scan-command.js';
import { addExplainCommand } from './explain-command.js';
import { addUtilityCommands } from './utility-commands.js';
import { readToolVersion } from './version.js';

/** Run the CLI with `argv` (without node and script) and return the exit code; never exits the process. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, argv);
  }
}

/** Whether the command of `argv` stops cleanly on a signal (it writes an output folder or file); others may end at once. */
export function stopsCleanly(argv: readonly string[]): boolean {
  return ['code', 'report', 'scan', 'export', 'import'].includes(argv[0] ?? '');
}

function createProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('rodedraad')
    .description('Code anonymised interview transcripts with a codebook and find the recurring themes (rode draden).')
    .version(readToolVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Errors are printed once, by reportError, as one line.
      outputError: () => undefined,
    });

  const code = program
    .command('code')
    .description('segment transcripts (files or folders), apply codebooks and write coded results')
    .argument('<paths...>', 'transcript files or folders (.md, .markdown, .txt, .docx, .vtt, .srt; folders are read recursively)')
    .addOption(
      new Option('-c, --codebook <path|name>', 'codebook file, or name of a shipped codebook; repeat to combine')
        .argParser(collect)
        .default([], DEFAULT_CODEBOOK),
    )
    .option('-o, --out <dir>', 'output folder; replaced as a whole, so new, empty or holding only rodedraad output', 'rodedraad-out')
    .option('--attributes <file>', 'case attributes from a spreadsheet (.csv or .xlsx): one row per document id or file name');
  addCodingFlags(code)
    .option('--excel', 'write CSV for Dutch Excel: semicolons and a byte-order mark')
    .addOption(new Option('--lang <lang>', "language of summary.md (default: the codebook's)").choices(['nl', 'en']))
    .option('--allow-personal-data', 'do not scan the coded segments for personal data (no warning)')
    .option('-q, --quiet', 'do not print the summary or a progress bar')
    .option('--no-color', 'no colours in messages')
    .option('-j, --jobs <n>', 'threads that read and code transcripts (default: one per 750 files, at most one per core)')
    .option('--cache-dir <dir>', 'cache folder (default: the platform cache folder, ~/.cache/rodedraad on Linux)')
    .option('--no-cache', 'neither read nor write the cache')
    .action(async (paths: string[], options) => {
      const { runCode } = await import('./code.js');
      setExitCode(await runCode(paths, options, io));
    });

  program
    .command('report')
    .description('red-thread report of coded results: prevalence, groups, co-occurrence, quotes, code saturation')
    .argument('<results-dir>', 'the folder that rodedraad code wrote (or its result.json)')
    .option('-o, --out <dir>', 'output folder, replaced as a whole; coding results in it stay (default: the results folder)')
    .option('--by <attributes>', 'comma-separated document attributes to group by, e.g. gemeente,rol')
    .option('--min-share <share>', 'share of interviews from which a code is a red thread (0.5 or 50%)', REPORT_DEFAULTS.minShare)
    .option('--quotes <n>', 'quotes per code, each from another interview', REPORT_DEFAULTS.quotes)
    .option('--base-size <b>', 'code saturation: interviews in the base', REPORT_DEFAULTS.baseSize)
    .option('--run-length <r>', 'code saturation: interviews in the run after the saturation point', REPORT_DEFAULTS.runLength)
    .option(
      '--threshold <t>',
      'code saturation: new codes in the run as a share of the codes in the base (0.05 or 5%)',
      REPORT_DEFAULTS.threshold,
    )
    .addOption(new Option('--lang <lang>', "language of the report (default: the codebook's)").choices(['nl', 'en']))
    .option('--format <formats>', 'the report as md, docx, html, or several comma-separated (md,docx,html)', REPORT_DEFAULTS.format)
    .option(
      '--quote-label <template>',
      'attribute quotes by document attributes, e.g. "{rol}, {gemeente}"; document and lines go into a note (default: document and lines)',
    )
    .option('--min-group-size <n>', 'groups of fewer interviews are marked as too small to compare', REPORT_DEFAULTS.minGroupSize)
    .option('--excel', 'CSV for Dutch Excel: semicolons, decimal commas and a byte-order mark')
    .option('--allow-personal-data', 'quote as written: do not mask personal data found in quotes')
    .option('-q, --quiet', 'do not print the summary')
    .option('--no-color', 'no colours in messages')
    .action(async (location: string, options) => {
      const { runReport } = await import('./report.js');
      setExitCode(await runReport(location, options, io));
    });

  program
    .command('check')
    .description('lint codebooks for CI: schema, ids, examples as tests, risky patterns; with --corpus also usage and coverage')
    .argument('<codebooks...>', 'codebook files, or names of shipped codebooks; checked together')
    .option('--corpus <paths...>', 'also code these transcripts: codes never found, uncoded share per document')
    .option('--max-file-size <size>', 'with --corpus: skip transcripts larger than this (50MB, 500kB, 1GB)', '50MB')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'exit 1 on warnings too')
    .option('--no-color', 'no colours')
    .action(async (values: string[], options) => {
      const { runCheck } = await import('./check.js');
      setExitCode(await runCheck(values, options, io));
    });

  const diff = program
    .command('diff')
    .description('code a corpus with two versions of a codebook and show which segments gain or lose which codes')
    .argument('<old>', 'the codebook before the change (file or shipped name)')
    .argument('<new>', 'the codebook after the change')
    .argument('<paths...>', 'transcript files or folders')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'));
  addCodingFlags(diff)
    .option('--fail-on-change', 'exit 1 when any segment gains or loses a code')
    .option('--no-color', 'no colours in messages')
    .action(async (before: string, after: string, paths: string[], options) => {
      const { runDiff } = await import('./diff.js');
      setExitCode(await runDiff(before, after, paths, options, io));
    });

  program
    .command('agree')
    .description(
      'agreement between two codings (result.json or its folder, a REFI-QDA .qdpx, a codings table .csv): per-code figures, disagreements with their text, candidate words',
    )
    .argument('<reference>', 'the coding taken as right (usually the human one)')
    .argument('<candidate>', "the coding measured against it (usually rodedraad's results folder)")
    .option(
      '-o, --out <dir>',
      'output folder for agreement.md, .csv and .json; replaced as a whole, coding results and a report in it stay',
      'rodedraad-agreement',
    )
    .option(
      '--map <file>',
      'pair reference codes with candidate codes: YAML (reference: candidate) or CSV (reference,candidate); several to one allowed',
    )
    .option(
      '--transcripts <paths...>',
      'the transcripts the codings refer to (default: those a result lists, the sources in a .qdpx, or those beside a codings table)',
    )
    .option(
      '--min-overlap <n|share>',
      'how much a human span must overlap a segment to code it: characters (10) or a share of the segment (50%)',
      '10',
    )
    .addOption(
      new Option('-u, --unit <unit>', 'unit of comparison: each respondent segment, or each document')
        .choices(['segment', 'document'])
        .default('segment'),
    )
    .option(
      '--documents <names>',
      'compare only these documents, comma-separated ids or file names, e.g. a development part (default: all both codings cover)',
    )
    .option('--coders <names>', 'coders of a .qdpx whose codings count, comma-separated names or ids (default: all)')
    .option('--reference-coders <names>', 'coders of the reference .qdpx (overrides --coders)')
    .option('--candidate-coders <names>', 'coders of the candidate .qdpx (overrides --coders)')
    .option('--interviewers <labels>', 'interviewer labels when agree segments the transcripts itself, as for code')
    .option('--fail-under <f1>', 'exit 1 when micro F1 is below this value (0 to 1), for CI')
    .addOption(
      new Option('--lang <lang>', "language of agreement.md (default: the candidate codebook's, else English)").choices(['nl', 'en']),
    )
    .option('--excel', 'agreement.csv for Dutch Excel: semicolons and a byte-order mark')
    .option('-q, --quiet', 'do not print the summary tables')
    .option('--no-color', 'no colours in messages')
    .action(async (reference: string, candidate: string, options) => {
      const { runAgree } = await import('./agree.js');
      setExitCode(await runAgree(reference, candidate, options, io));
    });

  addExchangeCommands(program, io, setExitCode);

  addSuggestCommand(program, io, setExitCode);
  addScanCommand(program, io, setExitCode);
  addExplainCommand(program, io, setExitCode);

  addUtilityCommands(program, io, setExitCode);

  return program;
}

/** The flags that decide segmenting and coding, shared by code and diff. */
function addCodingFlags(command: Command): Command {
  return command
    .addOption(new Option('-u, --unit <unit>', 'segment unit').choices([...SEGMENT_UNITS]).default('turn'))
    .option('--include-interviewer', 'also code interviewer turns')
    .option(
      '--interviewers <labels>',
      `interviewer labels for transcripts that declare none, separated by commas (or semicolons) (default: ${DEFAULT_INTERVIEWERS.join(',')})`,
    )
    .option('--max-file-size <size>', 'skip transcripts larger than this (50MB, 500kB, 1GB)', '50MB')
    .option('--encoding <name>', 'encoding of text files without a byte-order mark: utf-8 or windows-1252 (default: utf-8)');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Print an error as the user should see it and return the exit code. */
function reportError(error: unknown, io: Io, argv: readonly string[]): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT_OK;
    const message = error.message.replace(/^error: /, '');
    io.stderr.write(`rodedraad: ${message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof InterruptedError) {
    io.stderr.write(`rodedraad: ${error.message}\n`);
    return 128 + STOP_SIGNALS[error.signal];
  }
  const chalk = createChalk(io.stderr, io.env, !argv.includes('--no-color'));
  if (error instanceof UserError) {
    if (error.diagnostics.length > 0) printDiagnostics(error.diagnostics, io.stderr, chalk, false);
    else io.stderr.write(`rodedraad: ${error.message}\n`);
    return EXIT_USAGE;
  }
  // Anything else is a bug: show everything we know.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`rodedraad: internal error (please report it): ${detail}\n`);
  return EXIT_USAGE;
}
