import { type Command, Option } from 'commander';
import { DEFAULT_CODEBOOK } from '../ingest/codebook-files.js';
import type { Io } from './io.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `rodedraad explain`: its flags, and the action that loads the command only when it runs. */
export function addExplainCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('explain')
    .description('how the codebooks read one text: words, forms, stems and verbs, every pattern that matched and why, negation')
    .argument('<text>', 'the text to explain, in quotes')
    .addOption(
      new Option('-c, --codebook <path|name>', 'codebook file, or name of a shipped codebook; repeat to combine')
        .argParser(collect)
        .default([], DEFAULT_CODEBOOK),
    )
    .option('--section <heading>', 'the heading the text stands under (for codes limited by section:)')
    .option('--question <text>', 'the interviewer turn before the text (for codes limited by question:)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-color', 'no colours in messages')
    .action(async (text: string, options) => {
      const { runExplain } = await import('./explain.js');
      setExitCode(await runExplain(text, options, io));
    });
}
