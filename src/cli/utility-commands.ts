import { type Command, Option } from 'commander';
import type { Io } from './io.js';

/** `rodedraad cache` and `rodedraad codebooks`: their flags, and actions that load each command only when it runs. */
export function addUtilityCommands(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('cache')
    .description('the cache of segments and codings (it holds no transcript text): clear it')
    .argument('<action>', 'clear: remove everything rodedraad keeps in the cache folder')
    .option('--cache-dir <dir>', 'cache folder (default: the platform cache folder)')
    .action(async (action: string, options) => {
      const { runCache } = await import('./cache.js');
      setExitCode(await runCache(action, options, io));
    });

  program
    .command('codebooks')
    .description('list the shipped codebooks: id, title, version, language, number of themes and codes')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options) => {
      const { runCodebooks } = await import('./codebooks.js');
      setExitCode(await runCodebooks(options, io));
    });
}
