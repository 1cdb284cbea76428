import { type Command, Option } from 'commander';
import type { Io } from './io.js';

/** Add `export` and `import` (the REFI-QDA exchange) to the program; each loads its module when it runs. */
export function addExchangeCommands(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('export')
    .description(
      'a coding result as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA, QualCoder; or codebooks as a REFI-QDA codebook (.qdc)',
    )
    .argument(
      '[result]',
      'the folder that rodedraad code wrote (or its result.json); for --format qdc it may be left out when -c names the codebooks',
    )
    .addOption(
      new Option('-f, --format <format>', 'what to write: a project with sources and codings, or the codebook only')
        .choices(['qdpx', 'qdc'])
        .default('qdpx'),
    )
    .option(
      '-o, --out <file>',
      'the file to write, ending in .qdpx or .qdc (default: <result folder>.qdpx; a .qdc goes to standard output)',
    )
    .addOption(
      new Option(
        '-c, --codebook <path|name>',
        'codebook file or shipped name: what --format qdc exports without a result; with a result, the codebook its guidance comes from when the file that coded moved',
      ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    )
    .addOption(
      new Option('--span <span>', 'what a coding selects: the whole segment, or each stretch of words a pattern matched')
        .choices(['segment', 'hit'])
        .default('segment'),
    )
    .option('--negated', 'also export negated mentions, each as a coding of its code with a note')
    .option('--no-negated', 'leave negated mentions out (the default: they are not evidence for the code)')
    .option(
      '--stored-text',
      'for a transcript that is missing or changed since coding, build its source from the segment texts in result.json instead of stopping',
    )
    .option(
      '--transcripts <paths...>',
      'where the transcripts are when they moved since coding (matched by document id or file name, checked by sha256)',
    )
    .option('--name <name>', 'the project name QDA tools show (default: the file name without .qdpx)')
    .option('-q, --quiet', 'print only warnings and errors')
    .option('--no-color', 'no colours in messages')
    .action(async (location: string | undefined, options) => {
      const { runExport } = await import('./export.js');
      setExitCode(await runExport(location, options, io));
    });

  program
    .command('import')
    .description(
      'a REFI-QDA codebook (.qdc, or the codebook of a .qdpx project) as a rodedraad codebook skeleton (YAML): ids, labels, definitions, themes and codes, patterns left for you to write',
    )
    .argument('<file>', 'a .qdc codebook, or a .qdpx or .qde project')
    .option('-o, --out <file>', 'the codebook to write, ending in .yaml or .yml (default: standard output)')
    .addOption(
      new Option('--lang <lang>', 'language of the codebook: the stemmer and negation cues its patterns will use').choices(['nl', 'en']),
    )
    .option('--id <id>', 'the codebook id (default: from the codebook name, else the file name)')
    .option('--force', 'replace --out when it exists')
    .option('--no-color', 'no colours in messages')
    .action(async (file: string, options) => {
      const { runImport } = await import('./import.js');
      setExitCode(await runImport(file, options, io));
    });
}
