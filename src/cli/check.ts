import { checkCodebooks } from '../check/check.js';
import { allCodes } from '../check/context.js';
import { formatCheckGithub, formatCheckJson, formatWordForms } from '../check/format.js';
import { readCodebookSource } from '../ingest/codebook-files.js';
import { countDiagnostics, UserError } from '../model.js';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import { codingSettings, listTranscripts, maxFileSizeOption } from './options.js';
import { createChalk, describeCounts, printDiagnostics, sortDiagnostics } from './terminal.js';

/** Options of `rodedraad check` as commander parses them. */
export interface CheckOptions {
  readonly corpus?: readonly string[];
  readonly format: string;
  readonly strict?: boolean;
  readonly maxFileSize?: string;
  readonly color?: boolean;
}

/** `rodedraad check <codebook...>`: lint codebooks; exit 1 on errors (and on warnings with --strict). */
export async function runCheck(values: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  if (!['text', 'json', 'github'].includes(options.format))
    throw new UserError(`--format must be text, json or github; found "${options.format}"`);
  const sources = [];
  for (const value of new Set(values)) sources.push(await readCodebookSource(value, io.cwd));
  let corpus = null;
  if (options.corpus !== undefined) {
    const listing = await listTranscripts(
      options.corpus,
      io.cwd,
      [],
      `--corpus ${options.corpus.join(', ')}`,
      maxFileSizeOption(options.maxFileSize),
    );
    corpus = { files: listing.files, settings: codingSettings({ unit: 'turn' }) };
  }
  const result = await checkCodebooks(sources, corpus);
  const diagnostics = sortDiagnostics(result.diagnostics);
  const counts = countDiagnostics(diagnostics);
  if (options.format === 'json') {
    io.stdout.write(
      formatCheckJson(
        result.codebooks,
        sources.map((source) => source.file),
        diagnostics,
        result.wordForms,
      ),
    );
  } else if (options.format === 'github') {
    io.stdout.write(formatCheckGithub(diagnostics));
  } else {
    const chalk = createChalk(io.stdout, io.env, options.color !== false);
    printDiagnostics(diagnostics, io.stdout, chalk, false);
    if (result.wordForms !== null) io.stdout.write(formatWordForms(result.wordForms));
    const found = diagnostics.length === 0 ? chalk.green('✔ no problems') : describeCounts(counts);
    io.stdout.write(`${found} in ${plural(sources.length, 'codebook')} (${plural(allCodes(result.codebooks).length, 'code')})\n`);
  }
  const failed = counts.errors > 0 || (options.strict === true && counts.warnings > 0);
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
