import { type Command, Option } from 'commander';
import { DEFAULT_CODEBOOK } from '../ingest/codebook-files.js';
import { SEGMENT_UNITS } from '../model/segment.js';
import type { Io } from './io.js';

/** `rodedraad suggest`: its flags, and the action that loads the command only when it runs. */
export function addSuggestCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('suggest')
    .description(
      'what recurs in respondent turns that the codebooks do not reach: candidate themes with quotes and ready-to-paste code stubs',
    )
    .argument('<paths...>', 'transcript files or folders, or a results folder of rodedraad code (its segmentation is reused)')
    .addOption(
      new Option(
        '-c, --codebook <path|name>',
        `codebook file or shipped name; repeat to combine (default: a result's own codebooks, else ${DEFAULT_CODEBOOK})`,
      )
        .argParser((value: string, previous: string[]) => [...previous, value])
        .default([]),
    )
    .option(
      '-o, --out <dir>',
      'output folder for suggestions.md and suggestions.yaml; replaced as a whole, coding results, a report and an agreement in it stay',
      'rodedraad-suggestions',
    )
    .option('--min-interviews <n>', 'a term must recur in at least this many interviews', '3')
    .option('--top <n>', 'how many candidate themes to report', '10')
    .option('--by <attributes>', "comma-separated attributes to count each candidate's interviews by, e.g. gemeente,rol")
    .addOption(new Option('-u, --unit <unit>', 'segment unit (transcripts only)').choices([...SEGMENT_UNITS]).default('turn'))
    .option('--interviewers <labels>', 'interviewer labels for transcripts that declare none, as for code')
    .option('--max-file-size <size>', 'skip transcripts larger than this (50MB, 500kB, 1GB)', '50MB')
    .addOption(new Option('--lang <lang>', "language of suggestions.md (default: the codebook's)").choices(['nl', 'en']))
    .option('-q, --quiet', 'do not print the candidates')
    .option('--no-color', 'no colours in messages')
    .action(async (paths: string[], options) => {
      const { runSuggest } = await import('./suggest.js');
      setExitCode(await runSuggest(paths, options, io));
    });
}
