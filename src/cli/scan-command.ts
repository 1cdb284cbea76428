import { type Command, Option } from 'commander';
import type { Io } from './io.js';
import { createPrivacyScanner } from './privacy-scanner.js';

/** Register `rodedraad scan` on the program; the command's code loads only when it runs. */
export function addScanCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('scan')
    .description('find likely personal data left in transcripts (exit 1 when found); --pseudonymise writes copies with placeholders')
    .argument('<paths...>', 'transcript files or folders (.md, .markdown, .txt, .docx, .vtt, .srt; folders are read recursively)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--min-confidence <c>', 'report findings at or above this confidence, from 0 to 1', '0.5')
    .option('--names <file>', "names known to occur, one per line (added to each transcript's names: and .rodedraad-privacy.yaml)")
    .option('--pseudonymise', 'write copies with each finding replaced by a placeholder ([NAAM-1]); needs -o')
    .option('-o, --out <dir>', 'with --pseudonymise: a new folder for the copies (same relative paths); replaced as a whole')
    .option('--key <file>', 'with --pseudonymise: key file (value to placeholder), read if it exists and written back; never inside -o')
    .option('--max-file-size <size>', 'skip transcripts larger than this (50MB, 500kB, 1GB)', '50MB')
    .option('--no-color', 'no colours')
    .action(async (paths: string[], options) => {
      // Started first: the word lists load on the scanner's thread while this one loads the command and reads the files.
      const scanner = createPrivacyScanner();
      try {
        const { runScan } = await import('./scan.js');
        setExitCode(await runScan(paths, options, io, scanner));
      } finally {
        await scanner.close();
      }
    });
}
